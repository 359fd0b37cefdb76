/** Document blocks -> Word paragraphs and tables, one handler per block type. */
import { Bookmark, HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Block, BlockHandlers, CellBlock, List, ParagraphStyle } from '../../document/types.js';
import type { DocxContext } from './docxContext.js';
import type { LiteralBlock } from './ooxml.js';
import { listIndent, numberingRefs, styleIds } from './docxStyles.js';
import { renderFigure } from './renderFigure.js';
import { renderInlines } from './renderInlines.js';
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

const blockHandlers: BlockHandlers<WordBlock[], DocxContext> = {
  paragraph: (p, ctx) => {
    const style = ctx.inCell && (p.style ?? 'body') === 'body' ? styleIds.tableText : paragraphStyles[p.style ?? 'body'];
    return [new Paragraph({ style, children: renderInlines(p.inlines, ctx), ...breakBefore(ctx) })];
  },
  list: (list, ctx) => renderList(list, ctx, 0),
  heading: (h, ctx) => {
    // A bookmark at each heading, so links and cross-references can point at it.
    const name = bookmarkName(h.anchor);
    const text = new TextRun(h.text);
    const fresh = !ctx.bookmarks.has(name);
    ctx.bookmarks.add(name);
    return [
      new Paragraph({
        heading: h.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        children: [fresh ? new Bookmark({ id: name, children: [text] }) : text],
        ...breakBefore(ctx),
      }),
    ];
  },
  table: (table, ctx) => [...pageBreakParagraph(ctx), renderTable(table, ctx)],
  signatures: (s, ctx) => [...pageBreakParagraph(ctx), renderSignatures(s, ctx)],
  figure: renderFigure,
};

export function renderBlocks(blocks: readonly Block[], ctx: DocxContext): WordBlock[] {
  return blocks.flatMap((block, i) => {
    const blockCtx = i === 0 ? ctx : { ...ctx, pageBreakBefore: false };
    return (blockHandlers[block.type] as (b: Block, c: DocxContext) => WordBlock[])(block, blockCtx);
  });
}

/** Bullet items: the first paragraph carries the bullet, the rest of the item is indented under it. */
function renderList(list: List, ctx: DocxContext, level: number): WordBlock[] {
  const reference = ctx.inCell ? numberingRefs.cell : numberingRefs.body;
  const style = ctx.inCell ? styleIds.tableText : styleIds.listParagraph;
  return list.items.flatMap((item: readonly CellBlock[], itemIndex) =>
    item.flatMap((block, i): WordBlock[] => {
      if (block.type === 'list') return renderList(block, ctx, Math.min(level + 1, 2));
      return [
        new Paragraph({
          style: block.style === 'note' ? styleIds.note : style,
          children: renderInlines(block.inlines, ctx),
          ...(i === 0 ? { numbering: { reference, level } } : { indent: { left: (ctx.inCell ? listIndent.cell : listIndent.body) * (level + 1) } }),
          ...(itemIndex === 0 && i === 0 ? breakBefore(ctx) : {}),
        }),
      ];
    }),
  );
}

function breakBefore(ctx: DocxContext): { pageBreakBefore?: true } {
  return ctx.pageBreakBefore ? { pageBreakBefore: true } : {};
}

/** A table can't break the page itself: an empty paragraph before it does. */
function pageBreakParagraph(ctx: DocxContext): Paragraph[] {
  return ctx.pageBreakBefore ? [new Paragraph({ pageBreakBefore: true, spacing: { after: 0 } })] : [];
}

/** Word bookmark names: letters, digits and underscores, starting with a letter, at most 40 characters. */
export function bookmarkName(anchor: string): string {
  const name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  return (/^[A-Za-z]/.test(name) ? name : `b_${name}`).slice(0, 40);
}
