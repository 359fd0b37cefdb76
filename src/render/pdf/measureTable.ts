/**
 * Table -> measured cells: column positions, and every cell's lines laid out
 * once at its column's width. Pagination and drawing work from this.
 */
import type { Cell, Table } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import { textRun } from '../../model/richtext.js';
import type { FontSet } from './FontSet.js';
import { layoutBlocks, layoutInlines } from './layoutBlocks.js';
import { linesHeight, type Line } from './Line.js';
import type { PaginationCell } from './paginateTable.js';
import { cellStyles, continuedStyle, headerCellStyles } from './pdfStyles.js';

export interface MeasuredColumn {
  x: number;
  width: number;
  align: 'left' | 'right';
}

export interface MeasuredCell extends PaginationCell {
  column: number;
  cell: Cell;
}

export interface MeasuredTable {
  table: Table;
  width: number;
  padding: number;
  columns: MeasuredColumn[];
  header: Line[][];
  headerHeight: number;
  cells: MeasuredCell[];
  minRowHeight: number;
  /** The continued label per column: plain, and after a repeat that was cut short. */
  label(column: number, truncated: boolean): Line[];
}

/** Space between a repeated cell's text and the continued label. */
export const LABEL_GAP = 1.5;

export function measureTable(fonts: FontSet, table: Table, width: number): MeasuredTable {
  const padding = typography.table.padding;
  let x = 0;
  const columns = table.columns.map((c, i): MeasuredColumn => {
    // The last column ends exactly at the table's edge, whatever the rounding of the fractions.
    const w = i === table.columns.length - 1 ? width - x : c.width * width;
    const column = { x, width: w, align: c.kind === 'number' ? ('right' as const) : ('left' as const) };
    x += w;
    return column;
  });
  const inner = (column: number) => Math.max(1, columns[column]!.width - 2 * padding);

  const header = columns.map((column, i) =>
    layoutBlocks(fonts, [{ type: 'paragraph', inlines: table.header[i] ? [textRun(table.header[i]!)] : [] }], {
      width: inner(i),
      styles: headerCellStyles,
      align: column.align,
    }),
  );
  const headerHeight = Math.max(...header.map((lines) => linesHeight(lines))) + 2 * padding;

  const labels = new Map<string, Line[]>();
  const label = (column: number, truncated: boolean) => {
    const key = `${column}|${truncated}`;
    let lines = labels.get(key);
    if (!lines) {
      const text = truncated ? `\u2026 ${table.continuedLabel}` : table.continuedLabel;
      lines = layoutInlines(fonts, [textRun(text)], continuedStyle, { width: inner(column), spaceBefore: LABEL_GAP });
      labels.set(key, lines);
    }
    return lines;
  };

  const cells: MeasuredCell[] = [];
  table.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      const column = Math.min(cell.column, columns.length - 1);
      const lines = layoutBlocks(fonts, cell.blocks, {
        width: inner(column),
        styles: cellStyles,
        align: columns[column]!.align,
        ...(row.change ? { change: row.change } : {}),
      });
      const span = Math.max(1, Math.min(cell.rowSpan, table.rows.length - r));
      cells.push({ row: r, span, column, cell, lines, labelHeight: span > 1 ? linesHeight(label(column, true)) + LABEL_GAP : 0 });
    }
  });

  const minRowHeight = typography.table.size * typography.table.leading + 2 * padding;
  return { table, width, padding, columns, header, headerHeight, cells, minRowHeight, label };
}
