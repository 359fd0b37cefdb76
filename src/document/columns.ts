/**
 * Tables described by their columns: each column is one entry (its header,
 * width, and what a row shows in it), so adding a column to a layout is one
 * entry in one place. Consecutive rows with the same `merge` key share one
 * merged cell, as the doelstelling and kaderafspraak columns do.
 */
import type { Cell, CellBlock, Column, Row, Table } from './types.js';

export interface ColumnSpec<R> {
  /** A name for the column, for the reader of the code and for tests. */
  key: string;
  header: string;
  /** Fraction of the table width; a table's widths add up to 1. */
  width: number;
  /** 'number' columns hold the row number and are set narrow and right-aligned. */
  kind?: Column['kind'];
  /** Consecutive rows with the same key share one cell, spanning them. */
  merge?: (row: R) => string;
  cell: (row: R) => readonly CellBlock[];
  /** The cell's background (hex), e.g. a status's tint; its text says the same in words. */
  fill?: (row: R) => string | undefined;
}

export interface TableSpec<R> {
  anchor: string;
  /** What the table holds, for screen readers. */
  summary: string;
  continuedLabel: string;
  columns: readonly ColumnSpec<R>[];
  rows: readonly R[];
  /** A row's anchor, tags and tracked change. */
  rowProps?: (row: R, index: number) => Omit<Row, 'cells'>;
}

export function tableFromColumns<R>(spec: TableSpec<R>): Table {
  const { columns, rows } = spec;
  const spans = columns.map((c) => (c.merge ? runLengths(rows, c.merge) : undefined));
  return {
    type: 'table',
    anchor: spec.anchor,
    summary: spec.summary,
    columns: columns.map((c) => ({ width: c.width, kind: c.kind ?? 'text' })),
    header: columns.map((c) => c.header),
    rows: rows.map((row, i): Row => {
      const cells: Cell[] = [];
      columns.forEach((c, column) => {
        const span = spans[column] ? spans[column]!.get(i) : 1;
        const fill = c.fill?.(row);
        if (span) cells.push({ column, rowSpan: span, blocks: c.cell(row), ...(fill ? { fill } : {}) });
      });
      return { ...(spec.rowProps?.(row, i) ?? {}), cells };
    }),
    continuedLabel: spec.continuedLabel,
  };
}

/** Lengths of runs of equal keys: [a, a, b] -> spans starting at 0 (2) and 2 (1). */
function runLengths<T>(rows: readonly T[], key: (row: T) => string): Map<number, number> {
  const out = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || key(rows[i]!) !== key(rows[start]!)) {
      out.set(start, i - start);
      start = i;
    }
  }
  return out;
}
