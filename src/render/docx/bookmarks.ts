/**
 * Word bookmarks for the document's anchors: headings always have one (links,
 * cross-references, the table of contents); a section or a table has one when
 * an internal link (`#anchor`) points to it.
 */
import { Bookmark, type ParagraphChild } from 'docx';
import type { Block, CellBlock, Inline, Section } from '../../document/types.js';
import type { DocxContext } from './docxContext.js';

/** Word bookmark names: letters, digits and underscores, starting with a letter, at most 40 characters. */
export function bookmarkName(anchor: string): string {
  const name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  return (/^[A-Za-z]/.test(name) ? name : `b_${name}`).slice(0, 40);
}

/**
 * The bookmark name of each anchor in one document, made unique where two
 * anchors would give the same name (long anchors cut at 40 characters): a
 * link and the place it points to always get the same name.
 */
export function bookmarkNames(): (anchor: string) => string {
  const byAnchor = new Map<string, string>();
  const used = new Set<string>();
  return (anchor) => {
    let name = byAnchor.get(anchor);
    if (name === undefined) {
      const base = bookmarkName(anchor);
      name = base;
      for (let n = 2; used.has(name); n++) name = `${base.slice(0, 39 - String(n).length)}_${n}`;
      used.add(name);
      byAnchor.set(anchor, name);
    }
    return name;
  };
}

/** The anchors the internal links (`#anchor`) of the sections point to. */
export function linkedAnchors(sections: readonly Section[]): Set<string> {
  const anchors = new Set<string>();
  const inlines = (list: readonly Inline[]) => {
    for (const inline of list) if (inline.type === 'text' && inline.href?.startsWith('#')) anchors.add(inline.href.slice(1));
  };
  const blocks = (list: readonly (Block | CellBlock)[]): void => {
    for (const block of list) {
      if (block.type === 'paragraph') inlines(block.inlines);
      else if (block.type === 'list') for (const item of block.items) blocks(item);
      else if (block.type === 'table') for (const row of block.rows) for (const cell of row.cells) blocks(cell.blocks);
    }
  };
  for (const section of sections) blocks(section.blocks);
  return anchors;
}

/**
 * Children wrapped in a bookmark for each anchor not bookmarked yet in the
 * document (Word wants each name once), the first anchor outermost.
 */
export function withBookmarks(anchors: readonly string[], children: readonly ParagraphChild[], ctx: DocxContext): ParagraphChild[] {
  let wrapped = [...children];
  const names = anchors.map(ctx.bookmarkName).filter((name, i, all) => all.indexOf(name) === i && !ctx.bookmarks.has(name));
  for (const name of names.reverse()) {
    ctx.bookmarks.add(name);
    wrapped = [new Bookmark({ id: name, children: wrapped })];
  }
  return wrapped;
}

/** Anchors that still want a bookmark: the section's (at its first block) and the block's own. */
export function pendingAnchors(ctx: DocxContext, ...own: readonly string[]): string[] {
  return [...(ctx.anchorBefore ? [ctx.anchorBefore] : []), ...own].filter((anchor) => !ctx.bookmarks.has(ctx.bookmarkName(anchor)));
}
