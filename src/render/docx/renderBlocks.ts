/** Document blocks -> Word paragraphs and tables, one handler per block type. */
import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Block, BlockHandlers, CellBlock, List, Paragraph as ParagraphBlock, ParagraphStyle } from '../../document/types.js';
import { pendingAnchors, withBookmarks } from './bookmarks.js';
import type { DocxContext } from './docxContext.js';
import type { LiteralBlock } from './ooxml.js';
import { listIndent, numberedIndent, numberedListDefinition, numberingRefs, styleIds, unlistedHeadingStyleId } from './docxStyles.js';
import { renderContents } from './renderContents.js';
import { renderFigure } from './renderFigure.js';
import { renderInlines } from './renderInlines.js';
import { renderLogos } from './renderLogos.js';
import { renderSignatures } from './renderSignatures.js';
import { renderTable } from './renderTable.js';

export type WordBlock = Paragraph | Table | LiteralBlock;

const paragraphStyles: Record<ParagraphStyle, string> = {
  body: styleIds.bodyText,
  title: styleIds.title,
  subtitle: styleIds.subtitle,
  note: styleIds.note,
  signing: styleIds.signing,
};

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

const blockHandlers: BlockHandlers<WordBlock[], DocxContext> = {
  paragraph: (p, ctx) => {
    const style = ctx.inCell && (p.style ?? 'body') === 'body' ? styleIds.tableText : paragraphStyles[p.style ?? 'body'];
    return [
      new Paragraph({
        style,
        children: withBookmarks(pendingAnchors(ctx), renderInlines(p.inlines, ctx), ctx),
        ...breakBefore(ctx),
        ...(!ctx.inCell && leadsIn(p) ? { keepNext: true } : {}),
      }),
    ];
  },
  list: (list, ctx) => renderList(list, ctx, 0),
  heading: (h, ctx) => {
    // A heading the contents leave out, at a level they list, has a style without an outline level.
    const unlisted = h.toc === false && h.level <= 3;
    return [
      new Paragraph({
        ...(unlisted ? { style: unlistedHeadingStyleId(h.level) } : { heading: headingLevels[h.level] }),
        // A bookmark at each heading, so links, cross-references and the contents can point at it.
        children: withBookmarks(pendingAnchors(ctx, h.anchor), [new TextRun(h.text)], ctx),
        ...breakBefore(ctx),
      }),
    ];
  },
  table: (table, ctx) => {
    const anchors = pendingAnchors(ctx, ...(ctx.linked.has(table.anchor) ? [table.anchor] : []));
    return [...pageBreakParagraph(ctx), renderTable(table, ctx, anchors)];
  },
  signatures: (s, ctx) => [...leadParagraph(ctx), renderSignatures(s, ctx)],
  contents: (contents, ctx) => [renderContents(contents, ctx)],
  logos: (logos, ctx) => renderLogos(logos, ctx),
  figure: renderFigure,
};

export function renderBlocks(blocks: readonly Block[], ctx: DocxContext): WordBlock[] {
  return blocks.flatMap((block, i) => {
    const blockCtx = i === 0 ? ctx : { ...ctx, pageBreakBefore: false, anchorBefore: undefined };
    return (blockHandlers[block.type] as (b: Block, c: DocxContext) => WordBlock[])(block, blockCtx);
  });
}

/**
 * List items: the first paragraph carries the bullet or number, the rest of
 * the item is indented under it. A numbered list is a new instance of its
 * numbering, so it counts from its own start; a list inside an item is one
 * level deeper ("a.", "i." when numbered).
 */
function renderList(list: List, ctx: DocxContext, level: number, keepLast = false): WordBlock[] {
  const numbering = list.ordered
    ? { reference: numberedListDefinition(ctx.inCell, list.start ?? 1), instance: ctx.nextListInstance() }
    : { reference: ctx.inCell ? numberingRefs.cell : numberingRefs.body };
  const step = list.ordered ? numberedIndent : listIndent;
  const style = ctx.inCell ? styleIds.tableText : styleIds.listParagraph;
  return list.items.flatMap((item: readonly CellBlock[], itemIndex) =>
    item.flatMap((block, i): WordBlock[] => {
      const next = item[i + 1];
      // The item's note after a list inside it stays with that list's end; so does the end of the outer list's.
      const last = keepLast && itemIndex === list.items.length - 1 && !next;
      if (block.type === 'list') return renderList(block, ctx, Math.min(level + 1, 2), last || (next?.type === 'paragraph' && next.style === 'note'));
      const first = itemIndex === 0 && i === 0;
      return [
        new Paragraph({
          style: block.style === 'note' ? styleIds.note : style,
          children: first ? withBookmarks(pendingAnchors(ctx), renderInlines(block.inlines, ctx), ctx) : renderInlines(block.inlines, ctx),
          ...(i === 0 ? { numbering: { ...numbering, level } } : { indent: { left: (ctx.inCell ? step.cell : step.body) * (level + 1) } }),
          ...(first ? breakBefore(ctx) : {}),
          ...(!ctx.inCell && (last || keepsWithRest(block, next)) ? { keepNext: true } : {}),
        }),
      ];
    }),
  );
}

export function breakBefore(ctx: DocxContext): { pageBreakBefore?: true } {
  return ctx.pageBreakBefore ? { pageBreakBefore: true } : {};
}

/** A table can't break the page itself: an empty paragraph before it does. */
function pageBreakParagraph(ctx: DocxContext): Paragraph[] {
  return ctx.pageBreakBefore ? [new Paragraph({ pageBreakBefore: true, spacing: { after: 0 } })] : [];
}

/** Before a block that has no paragraph of its own first: the page break, and the section's bookmark if a link points to it. */
function leadParagraph(ctx: DocxContext): Paragraph[] {
  const anchors = pendingAnchors(ctx);
  if (!anchors.length) return pageBreakParagraph(ctx);
  return [new Paragraph({ ...breakBefore(ctx), spacing: { after: 0 }, children: withBookmarks(anchors, [], ctx) })];
}

/** Up to about three lines of running text. */
const SHORT_LEAD_IN = 300;

/** A short lead-in ("..., vindt u per thema:") stays on the page of what it introduces, as in the PDF. */
function leadsIn(p: ParagraphBlock): boolean {
  const last = p.inlines.at(-1);
  const length = p.inlines.reduce((sum, i) => sum + (i.type === 'text' ? i.text.length : 1), 0);
  return last?.type === 'text' && last.text.trimEnd().endsWith(':') && length <= SHORT_LEAD_IN;
}

/** In a list item: a paragraph stays with its note (trekker, gereed) and a lead-in with the list under it. */
function keepsWithRest(block: CellBlock, next: CellBlock | undefined): boolean {
  if (!next || block.type !== 'paragraph') return false;
  return (next.type === 'paragraph' && next.style === 'note') || (next.type === 'list' && leadsIn(block));
}
