/**
 * An agreements table: fixed layout over the body width, a header row that
 * repeats on every page, merged Doelstelling/Kaderafspraak cells (docx writes
 * vMerge restart/continue for a cell's rowSpan), rows kept whole where they fit.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import type { Cell, Column, Table as TableBlock } from '../../document/types.js';
import { typography as t } from '../../document/typography.js';
import type { DocxContext } from './docxContext.js';
import { styleIds } from './docxStyles.js';
import { renderBlocks } from './renderBlocks.js';
import { renderInlines } from './renderInlines.js';
import { splitWidth, twips } from './units.js';

const rule = { style: BorderStyle.SINGLE, size: 4, color: t.colors.rule };
const borders: ITableBordersOptions = { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule };
const padding = twips(t.table.padding);
// The last paragraph's space after adds to the bottom margin.
const margins = { top: padding, bottom: padding - twips(3), left: padding, right: padding };

export function renderTable(table: TableBlock, ctx: DocxContext): Table {
  ctx.tableDescriptions.push(table.summary);
  const widths = splitWidth(ctx.bodyWidth, table.columns.map((c) => c.width));
  const cellCtx: DocxContext = { ...ctx, inCell: true, pageBreakBefore: false };
  return new Table({
    style: styleIds.table,
    width: { size: ctx.bodyWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins,
    rows: [headerRow(table, widths), ...bodyRows(table, widths, cellCtx)],
  });
}

function headerRow(table: TableBlock, widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.header.map(
      (text, column) =>
        new TableCell({
          width: { size: widths[column]!, type: WidthType.DXA },
          shading: { fill: t.colors.headerFill, type: ShadingType.CLEAR, color: 'auto' },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: [new Paragraph({ style: styleIds.tableHeading, ...align(table.columns[column]), children: text ? [new TextRun(text)] : [] })],
        }),
    ),
  });
}

/**
 * Each row gets the cells that start in it and an empty cell for any other
 * column no merged cell covers; docx adds the continuation cells of merges.
 */
function bodyRows(table: TableBlock, widths: readonly number[], ctx: DocxContext): TableRow[] {
  const covered = table.columns.map(() => 0);
  return table.rows.map((row, r) => {
    const rowCtx = row.change ? { ...ctx, change: row.change } : ctx;
    const starting = new Map(row.cells.map((cell) => [cell.column, cell]));
    const children: TableCell[] = [];
    table.columns.forEach((column, c) => {
      if (covered[c]! > 0) {
        covered[c]!--;
        return;
      }
      const cell = starting.get(c) ?? { column: c, rowSpan: 1, blocks: [] };
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, table.rows.length - r));
      covered[c] = rowSpan - 1;
      children.push(renderCell(cell, rowSpan, column, widths[c]!, rowCtx));
    });
    const revision = row.change ? { ...ctx.revision, id: ctx.nextChangeId() } : undefined;
    return new TableRow({
      cantSplit: true,
      children,
      ...(row.change === 'insert' ? { insertion: revision } : row.change === 'delete' ? { deletion: revision } : {}),
    });
  });
}

function renderCell(cell: Cell, rowSpan: number, column: Column, width: number, ctx: DocxContext): TableCell {
  const paragraphs = column.kind === 'number' ? numberParagraphs(cell, ctx) : renderBlocks(cell.blocks, ctx);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(rowSpan > 1 ? { rowSpan } : {}),
    // A cell must hold a paragraph, even when empty.
    children: paragraphs.length ? paragraphs : [new Paragraph({ style: styleIds.tableText })],
  });
}

/** The row number, right-aligned. */
function numberParagraphs(cell: Cell, ctx: DocxContext): Paragraph[] {
  return cell.blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [new Paragraph({ style: styleIds.tableText, alignment: AlignmentType.RIGHT, children: renderInlines(block.inlines, ctx) })]
      : [],
  );
}

function align(column: Column | undefined) {
  return column?.kind === 'number' ? { alignment: AlignmentType.RIGHT } : {};
}
