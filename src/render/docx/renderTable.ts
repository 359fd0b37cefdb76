/**
 * An agreements table: fixed layout over the body width, a header row that
 * repeats on every page, merged Doelstelling/Kaderafspraak cells (vMerge
 * restart, then continue in each row below), rows kept whole where they fit,
 * and the table's description for assistive technology (Word's Alt Text).
 *
 * Written here (ooxml.ts): a table is most of the document. Cell paragraphs
 * of plain text are written here too; a paragraph with a link or a tracked
 * change, and a bullet list, is made by the block renderer with docx, as
 * everywhere else in the document.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { Cell, CellBlock, Column, Inline, Table as TableBlock } from '../../document/types.js';
import { typography as t } from '../../document/typography.js';
import { withBookmarks } from './bookmarks.js';
import type { DocxContext } from './docxContext.js';
import { styleIds, tableCellMargins, tableRule } from './docxStyles.js';
import { el, LiteralBlock, shared, type Xml, type XmlOrComponent } from './ooxml.js';
import { renderBlocks } from './renderBlocks.js';
import { renderInlines } from './renderInlines.js';
import { splitWidth } from './units.js';

const rule = { 'w:val': 'single', 'w:color': t.colors.rule, 'w:sz': tableRule.size };

interface RowXml {
  properties: Xml;
  cells: { properties: Xml; content: XmlOrComponent[] }[];
}

/** `anchors`: bookmarks for the table (when a link points to it), at the start of its header row. */
export function renderTable(table: TableBlock, ctx: DocxContext, anchors: readonly string[] = []): LiteralBlock {
  const widths = splitWidth(ctx.bodyWidth, table.columns.map((c) => c.width));
  const cellCtx: DocxContext = { ...ctx, inCell: true, pageBreakBefore: false, anchorBefore: undefined };
  const rows = [headerRow(table, widths, anchors, ctx), ...bodyRows(table, widths, cellCtx)];
  const properties = el('w:tblPr', undefined, [
    el('w:tblStyle', { 'w:val': styleIds.table }),
    el('w:tblW', { 'w:type': 'dxa', 'w:w': ctx.bodyWidth }),
    el('w:tblBorders', undefined, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => el(`w:${side}`, rule))),
    el('w:tblLayout', { 'w:type': 'fixed' }),
    el('w:tblCellMar', undefined, Object.entries(tableCellMargins).map(([side, w]) => el(`w:${side}`, { 'w:type': 'dxa', 'w:w': w }))),
    ...(table.summary ? [el('w:tblDescription', { 'w:val': table.summary })] : []),
  ]);
  const grid = el('w:tblGrid', undefined, widths.map((w) => el('w:gridCol', { 'w:w': w })));
  return new LiteralBlock((resolve) =>
    el('w:tbl', undefined, [
      properties,
      grid,
      ...rows.map((row) => el('w:tr', undefined, [row.properties, ...row.cells.map((cell) => el('w:tc', undefined, [cell.properties, ...resolve(cell.content)]))])),
    ]),
    ctx.spliced,
  );
}

function headerRow(table: TableBlock, widths: readonly number[], anchors: readonly string[], ctx: DocxContext): RowXml {
  return {
    properties: el('w:trPr', undefined, [el('w:cantSplit'), el('w:tblHeader')]),
    cells: table.header.map((text, column) => {
      const number = table.columns[column]?.kind === 'number';
      // A bookmark needs docx's numbering of bookmark ids: that cell's paragraph is a docx paragraph.
      const bookmarked =
        column === 0 && anchors.length
          ? new Paragraph({
              style: styleIds.tableHeading,
              ...(number ? { alignment: AlignmentType.RIGHT } : {}),
              children: withBookmarks(anchors, text ? [new TextRun(text)] : [], ctx),
            })
          : undefined;
      return {
        properties: el('w:tcPr', undefined, [
          cellWidth(widths[column]!),
          el('w:shd', { 'w:fill': t.colors.headerFill, 'w:color': 'auto', 'w:val': 'clear' }),
          el('w:vAlign', { 'w:val': 'bottom' }),
        ]),
        content: [bookmarked ?? paragraph(styleIds.tableHeading, number, text ? [{ type: 'text', text, marks: [] }] : [])!],
      };
    }),
  };
}

/**
 * Each row gets the cells that start in it, a continuation cell for a merged
 * cell from above, and an empty cell for any other column.
 */
function bodyRows(table: TableBlock, widths: readonly number[], ctx: DocxContext): RowXml[] {
  const covered = table.columns.map(() => 0);
  return table.rows.map((row, r) => {
    const rowCtx = row.change ? { ...ctx, change: row.change } : ctx;
    const starting = new Map(row.cells.map((cell) => [cell.column, cell]));
    const cells = table.columns.map((column, c) => {
      if (covered[c]! > 0) {
        covered[c]!--;
        return { properties: cellProperties(widths[c]!, 'continue'), content: [emptyParagraph] };
      }
      const cell = starting.get(c) ?? { column: c, rowSpan: 1, blocks: [] };
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, table.rows.length - r));
      covered[c] = rowSpan - 1;
      return { properties: cellProperties(widths[c]!, rowSpan > 1 ? 'restart' : undefined, cell.fill), content: cellContent(cell, column, rowCtx) };
    });
    // After the cells, as their tracked changes take the ids before the row's.
    if (!row.change) return { properties: shared('w:trPr', () => el('w:trPr', undefined, [el('w:cantSplit')])), cells };
    const revision = el(row.change === 'insert' ? 'w:ins' : 'w:del', { 'w:id': ctx.nextChangeId(), 'w:author': ctx.revision.author, 'w:date': ctx.revision.date });
    return { properties: el('w:trPr', undefined, [el('w:cantSplit'), revision]), cells };
  });
}

function cellWidth(width: number): Xml {
  return el('w:tcW', { 'w:type': 'dxa', 'w:w': width });
}

function cellProperties(width: number, merge: 'restart' | 'continue' | undefined, fill?: string): Xml {
  // CT_TcPr's order: width, merge, then shading.
  return shared(`w:tcPr ${width} ${merge} ${fill}`, () =>
    el('w:tcPr', undefined, [
      cellWidth(width),
      ...(merge ? [el('w:vMerge', { 'w:val': merge })] : []),
      ...(fill ? [el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': fill })] : []),
    ]),
  );
}

const emptyParagraph = el('w:p');

/** A cell holds at least one paragraph, even when empty; the number column holds the right-aligned row number. */
function cellContent(cell: Cell, column: Column, ctx: DocxContext): XmlOrComponent[] {
  const content = cell.blocks.flatMap((block) => blockContent(block, column.kind === 'number', ctx));
  return content.length ? content : [paragraph(styleIds.tableText, false, [])!];
}

const cellStyles: Partial<Record<string, string>> = { body: styleIds.tableText, note: styleIds.note };

function blockContent(block: CellBlock, number: boolean, ctx: DocxContext): XmlOrComponent[] {
  if (block.type === 'list') return number ? [] : renderBlocks([block], ctx);
  const style = number ? styleIds.tableText : cellStyles[block.style ?? 'body'];
  const plain = style && !ctx.change ? paragraph(style, number, block.inlines) : undefined;
  if (plain) return [plain];
  return number
    ? [new Paragraph({ style: styleIds.tableText, alignment: AlignmentType.RIGHT, children: renderInlines(block.inlines, ctx) })]
    : renderBlocks([block], ctx);
}

/** A paragraph of plain runs, or undefined when a run has a link or a tracked change (docx makes those). */
function paragraph(style: string, alignRight: boolean, inlines: readonly Inline[]): Xml | undefined {
  const runs: Xml[] = [];
  for (const inline of inlines) {
    if (inline.change || (inline.type === 'text' && inline.href)) return undefined;
    runs.push(inline.type === 'break' ? el('w:r', undefined, [el('w:br')]) : textRun(inline.text, inline.marks));
  }
  const properties = shared(`w:pPr ${style} ${alignRight}`, () =>
    el('w:pPr', undefined, [el('w:pStyle', { 'w:val': style }), ...(alignRight ? [el('w:jc', { 'w:val': 'right' })] : [])]),
  );
  return el('w:p', undefined, [properties, ...runs]);
}

function textRun(text: string, marks: readonly string[]): Xml {
  const format = [
    ...(marks.includes('bold') ? [el('w:b'), el('w:bCs')] : []),
    ...(marks.includes('italic') ? [el('w:i'), el('w:iCs')] : []),
    ...(marks.includes('underline') ? [el('w:u', { 'w:val': 'single' })] : []),
  ];
  return el('w:r', undefined, [...(format.length ? [el('w:rPr', undefined, format)] : []), el('w:t', { 'xml:space': 'preserve' }, [text])]);
}
