/**
 * Document blocks -> Word paragraphs and tables, one handler per block type.
 *
 * The space between blocks is the PDF's (typography's blockSpacing: the
 * larger of the one's space after and the next's space before). Word adds a
 * paragraph's space after to the next one's space before and puts no space
 * around a table, so a block whose gap differs from its style's space before
 * gets it written on its first paragraph, and the paragraph before a table
 * carries the table's space before as its space after. The PDF's other
 * decisions are made here too: a heading keeps with what follows, a short
 * lead-in ("..., vindt u per thema:") and a short list stay on one page with
 * what follows.
 */
import { Paragraph, TextRun, type IParagraphOptions, type Table } from 'docx';
import type { Block, CellBlock, List, Paragraph as ParagraphBlock, ParagraphStyle } from '../../document/types.js';
import { blockSpacing, endsWithColon, spaceBetween, typography as t } from '../../document/typography.js';
import { plainText } from '../../model/richtext.js';
import { pendingAnchors, withBookmarks } from './bookmarks.js';
import type { DocxContext } from './docxContext.js';
import type { LiteralBlock } from './ooxml.js';
import { headingStyleIds, listIndent, numberedIndent, numberedListDefinition, numberingRefs, styleIds, unlistedHeadingStyleId } from './docxStyles.js';
import { renderContents } from './renderContents.js';
import { renderFigure } from './renderFigure.js';
import { renderInlines } from './renderInlines.js';
import { renderLogos } from './renderLogos.js';
import { renderSignatures } from './renderSignatures.js';
import { renderTable } from './renderTable.js';
import { twips } from './units.js';

export type WordBlock = Paragraph | Table | LiteralBlock;

/** Where a block stands in the flow of running text (not in a table cell). */
interface Flow {
  /** The space above the block's first paragraph, when it differs from its style's. */
  before?: number;
  /** The space below its last paragraph: a table follows. */
  after?: number;
}

type Handler<B extends Block> = (block: B, ctx: DocxContext, flow: Flow) => WordBlock[];

const paragraphStyles: Record<ParagraphStyle, string> = {
  body: styleIds.bodyText,
  title: styleIds.title,
  subtitle: styleIds.subtitle,
  note: styleIds.note,
  signing: styleIds.signing,
};

const blockHandlers: { [K in Block['type']]: Handler<Extract<Block, { type: K }>> } = {
  paragraph: (p, ctx, flow) => {
    const style = ctx.inCell && (p.style ?? 'body') === 'body' ? styleIds.tableText : paragraphStyles[p.style ?? 'body'];
    const keep = !ctx.inCell && isLeadIn(p, ctx) ? { keepNext: true, keepLines: true } : {};
    return [
      new Paragraph({
        style,
        children: withBookmarks(pendingAnchors(ctx), renderInlines(p.inlines, ctx), ctx),
        ...spacing(flow.before, flow.after),
        ...keep,
        ...breakBefore(ctx),
      }),
    ];
  },
  list: (list, ctx, flow) => renderList(list, ctx, flow),
  heading: (h, ctx, flow) => {
    // A heading the contents leave out, at a level they list, has a style without an outline level.
    const unlisted = h.toc === false && h.level <= 3;
    return [
      new Paragraph({
        ...(unlisted ? { style: unlistedHeadingStyleId(h.level) } : { heading: headingStyleIds[h.level] }),
        // A bookmark at each heading, so links, cross-references and the contents can point at it.
        children: withBookmarks(pendingAnchors(ctx, h.anchor), [new TextRun(h.text)], ctx),
        ...spacing(flow.before, flow.after),
        ...breakBefore(ctx),
      }),
    ];
  },
  table: (table, ctx) => {
    const anchors = pendingAnchors(ctx, ...(ctx.linked.has(table.anchor) ? [table.anchor] : []));
    return [...pageBreakParagraph(ctx), renderTable(table, ctx, anchors)];
  },
  signatures: (s, ctx) => [...leadParagraph(ctx), renderSignatures(s, ctx)],
  contents: (contents, ctx, flow) => [renderContents(contents, ctx, spacing(flow.before, undefined))],
  // The rows carry their space themselves (no style gives it): the gap before them, and after them only before a table.
  logos: (logos, ctx, flow) => renderLogos(logos, ctx, { before: flow.before ?? blockSpacing(logos).before, after: flow.after ?? 0 }),
  figure: renderFigure,
};

/**
 * `around`: the blocks just before and after these in the running text (the
 * neighbouring sections'), for the spaces between them; none at a page break.
 */
export function renderBlocks(blocks: readonly Block[], ctx: DocxContext, around: { previous?: Block; next?: Block } = {}): WordBlock[] {
  return blocks.flatMap((block, i) => {
    const blockCtx = i === 0 ? ctx : { ...ctx, pageBreakBefore: false, anchorBefore: undefined };
    const flow: Flow = {};
    if (!ctx.inCell) {
      const previous = i === 0 ? (ctx.pageBreakBefore ? undefined : around.previous) : blocks[i - 1];
      const next = i === blocks.length - 1 ? around.next : blocks[i + 1];
      // At the top of a page the PDF drops the gap; the first block of the document has none.
      const gap = previous ? spaceBetween(previous, block) : 0;
      if (gap !== styleSpaceBefore(block)) flow.before = gap;
      if (next && (next.type === 'table' || next.type === 'signatures')) flow.after = spaceBetween(block, next);
    }
    return (blockHandlers[block.type] as Handler<Block>)(block, blockCtx, flow);
  });
}

/** The space before a block's first paragraph that its Word style gives (docxStyles). */
function styleSpaceBefore(block: Block): number {
  return block.type === 'list' ? t.list.itemSpacing : blockSpacing(block).before;
}

export function spacing(before: number | undefined, after: number | undefined): Pick<IParagraphOptions, 'spacing'> {
  if (before === undefined && after === undefined) return {};
  return { spacing: { ...(before !== undefined ? { before: twips(before) } : {}), ...(after !== undefined ? { after: twips(after) } : {}) } };
}

/**
 * List items: the first paragraph carries the bullet or number, the rest of
 * the item is indented under it. Spaces as in the PDF: between items the item
 * spacing, between paragraphs of an item the paragraph spacing. In running
 * text they are written as space before (the first item's is the list's
 * gap); in a cell, where paragraphs carry their space after, as space after.
 * A short list stays on one page; in a longer one an item's text keeps with
 * its note (trekker, gereed) and a lead-in with the list under it.
 */
function renderList(list: List, ctx: DocxContext, flow: Flow): WordBlock[] {
  const items = listParagraphs(list, ctx, 0, false);
  const keepTogether = !ctx.inCell && estimatedLines(items.map((item) => item.text), ctx) <= t.keep.shortListLines;
  const cell = ctx.inCell ? t.table : undefined;
  return items.map((item, i) => {
    const last = i === items.length - 1;
    let before: number | undefined;
    let after: number | undefined;
    if (cell) {
      // Each paragraph's space after is the space before the next; the list's last keeps the style's.
      const next = items[i + 1];
      if (next && next.before !== cell.paragraphSpacing) after = next.before;
    } else {
      before = i === 0 ? flow.before : item.before === t.list.itemSpacing ? undefined : item.before;
      if (last) after = flow.after;
    }
    const keep = keepTogether && !last ? { keepNext: true, keepLines: true } : !ctx.inCell && item.keepNext ? { keepNext: true } : {};
    return new Paragraph({ ...item.options, ...spacing(before, after), ...keep, ...(i === 0 ? breakBefore(ctx) : {}) });
  });
}

interface ListParagraph {
  options: IParagraphOptions;
  /** The space before it, as the PDF sets it (the list's first: its own item spacing, replaced by the list's gap). */
  before: number;
  text: string;
  /** Kept with the next paragraph: a text with its note, a lead-in with its list. */
  keepNext: boolean;
}

/**
 * The paragraphs of a list and the lists inside its items. A numbered list is
 * a new instance of its numbering, so it counts from its own start; a list
 * inside an item is one level deeper ("a.", "i." when numbered).
 */
function listParagraphs(list: List, ctx: DocxContext, level: number, keepLast: boolean): ListParagraph[] {
  const numbering = list.ordered
    ? { reference: numberedListDefinition(ctx.inCell, list.start ?? 1), instance: ctx.nextListInstance() }
    : { reference: ctx.inCell ? numberingRefs.cell : numberingRefs.body };
  const step = list.ordered ? numberedIndent : listIndent;
  const style = ctx.inCell ? styleIds.tableText : styleIds.listParagraph;
  const s = ctx.inCell ? t.table : { paragraphSpacing: t.paragraphSpacing, itemSpacing: t.list.itemSpacing };
  return list.items.flatMap((item: readonly CellBlock[], itemIndex) =>
    item.flatMap((block, i): ListParagraph[] => {
      const before = i === 0 ? s.itemSpacing : s.paragraphSpacing;
      const next = item[i + 1];
      // The item's note after a list inside it stays with that list's end; so does the end of the outer list's.
      const last = keepLast && itemIndex === list.items.length - 1 && !next;
      if (block.type === 'list') {
        const nested = listParagraphs(block, ctx, Math.min(level + 1, 2), last || (next?.type === 'paragraph' && next.style === 'note'));
        return nested.map((p, k) => (k === 0 ? { ...p, before } : p));
      }
      const first = itemIndex === 0 && i === 0;
      const children = renderInlines(block.inlines, ctx);
      return [
        {
          options: {
            style: block.style === 'note' ? styleIds.note : style,
            children: first ? withBookmarks(pendingAnchors(ctx), children, ctx) : children,
            ...(i === 0 ? { numbering: { ...numbering, level } } : { indent: { left: (ctx.inCell ? step.cell : step.body) * (level + 1) } }),
          },
          before,
          text: plainText([block]),
          keepNext: last || keepsWithRest(block, next, ctx),
        },
      ];
    }),
  );
}

/** A short paragraph ending in a colon introduces what follows: the PDF keeps it with that, so does Word. */
function isLeadIn(p: ParagraphBlock, ctx: DocxContext): boolean {
  return endsWithColon(p) && estimatedLines([plainText([p])], ctx) <= t.keep.leadInLines;
}

/** In a list item: a paragraph stays with its note (trekker, gereed) and a lead-in with the list under it. */
function keepsWithRest(block: CellBlock, next: CellBlock | undefined, ctx: DocxContext): boolean {
  if (!next || block.type !== 'paragraph') return false;
  return (next.type === 'paragraph' && next.style === 'note') || (next.type === 'list' && isLeadIn(block, ctx));
}

/**
 * About how many lines these paragraphs take at the prose width: Word breaks
 * the lines itself, so the PDF's count is estimated from the text's length
 * (Source Sans 3 averages about half an em a character).
 */
function estimatedLines(texts: readonly string[], ctx: DocxContext): number {
  const perLine = Math.max(1, Math.floor(ctx.proseWidth / 20 / (0.5 * t.body.size)));
  return texts.reduce((lines, text) => lines + Math.max(1, Math.ceil(text.length / perLine)), 0);
}

export function breakBefore(ctx: DocxContext): { pageBreakBefore?: true } {
  return ctx.pageBreakBefore ? { pageBreakBefore: true } : {};
}

/** A table can't break the page itself: an empty paragraph before it does. */
function pageBreakParagraph(ctx: DocxContext): Paragraph[] {
  return ctx.pageBreakBefore ? [new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 } })] : [];
}

/** Before a block that has no paragraph of its own first: the page break, and the section's bookmark if a link points to it. */
function leadParagraph(ctx: DocxContext): Paragraph[] {
  const anchors = pendingAnchors(ctx);
  if (!anchors.length) return pageBreakParagraph(ctx);
  return [new Paragraph({ ...breakBefore(ctx), spacing: { before: 0, after: 0 }, children: withBookmarks(anchors, [], ctx) })];
}
