/**
 * A long text (an introduction, a chapter, a bijlage) as document blocks: its
 * headings become real headings one level under the text's own (numbered when
 * the document numbers its sections), its tables real tables, and its links
 * to places in the document (`[bijlage](#afkortingen)`) point at them and
 * read "bijlage 2".
 */
import type { Inline, LongTextBlock, TextTable } from '../model/richtext.js';
import { heading } from './builders.js';
import type { Block, Heading, Table } from './types.js';
import type { Wording } from './wording.js';

/** Where an id of a chapter or bijlage leads, and how a link to it reads. */
export interface Place {
  anchor: string;
  /** "bijlage 2", "paragraaf 2.1". */
  label: string;
}

export interface LongTextContext {
  w: Wording;
  places: ReadonlyMap<string, Place>;
  /** The next number of a heading at `level` under the current one ("2.3"), or undefined where headings are not numbered. */
  number(level: number): string | undefined;
  /** A unique anchor for a heading of the text. */
  anchor(text: string): string;
}

/**
 * @param level the text's own level (its chapter's heading level); its `##` is one below
 */
export function longTextBlocks(blocks: readonly LongTextBlock[], level: number, ctx: LongTextContext): Block[] {
  return blocks.map((b): Block => {
    if (b.type === 'heading') {
      const l = Math.min(4, level + b.depth - 1) as Heading['level'];
      const text = plain(b.inlines);
      const number = l <= 3 ? ctx.number(l) : undefined;
      const shown = number ? ctx.w.text('sectionHeading', { number, title: text }) : text;
      return { ...heading(l, shown, ctx.anchor(shown)), ...(l > 3 ? { toc: false } : {}) };
    }
    if (b.type === 'table') return textTable(b, ctx);
    return withPlaces(b, ctx.places) as Block;
  });
}

function textTable(t: TextTable, ctx: LongTextContext): Table {
  const width = t.header.length || 1;
  const cell = (inlines: readonly Inline[]) => [{ type: 'paragraph' as const, inlines: resolveInlines(inlines, ctx.places) }];
  const title = t.header.map(plain).join(', ');
  return {
    type: 'table',
    anchor: ctx.anchor(`tabel ${title}`),
    summary: ctx.w.text('textTableSummary', { title }),
    columns: t.header.map(() => ({ width: 1 / width, kind: 'text' as const })),
    header: t.header.map(plain),
    rows: t.rows.map((row) => ({ cells: row.map((c, column) => ({ column, rowSpan: 1, blocks: cell(c) })) })),
    continuedLabel: ctx.w.text('continued'),
  };
}

/** Links to `#id` of a chapter or bijlage: to its anchor, and read as "bijlage 2" when the link says no more than that. */
export function withPlaces<T extends LongTextBlock>(block: T, places: ReadonlyMap<string, Place>): T {
  if (block.type === 'paragraph') return { ...block, inlines: resolveInlines(block.inlines, places) };
  if (block.type === 'list') return { ...block, items: block.items.map((item) => item.map((b) => withPlaces(b, places))) };
  return block;
}

function resolveInlines(inlines: readonly Inline[], places: ReadonlyMap<string, Place>): Inline[] {
  return inlines.map((i) => {
    if (i.type !== 'text' || !i.href?.startsWith('#')) return i;
    const place = places.get(i.href.slice(1));
    if (!place) return i;
    const bare = !i.text.trim() || /^(bijlage|hoofdstuk|paragraaf)$/i.test(i.text.trim());
    return { ...i, href: `#${place.anchor}`, ...(bare ? { text: place.label } : {}) };
  });
}

function plain(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : ' ')).join('').replace(/\s+/g, ' ').trim();
}
