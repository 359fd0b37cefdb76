/**
 * A table read by its header: which row holds the column headers, what each
 * column is, and every later row as its cells per column. Cells are placed
 * by their grid position (w:gridBefore, w:gridSpan), so a row whose cells
 * are split or merged differently from the header (as after LibreOffice
 * saved the file) still lands in the right columns; a vertically merged cell
 * that continues the one above is marked as such.
 */
import { classifyHeader, tableLayout, type Column, type TableLayout } from './columns.js';
import { blocksText, oneLine, type DocBlock, type DocTable } from './docxTypes.js';

export interface HeaderColumn extends Column {
  /** Grid columns the header cell covers: [start, end). */
  start: number;
  end: number;
}

export interface ColumnCell {
  blocks: DocBlock[];
  /** Continues the vertically merged cell above. */
  continued: boolean;
  /** Starts a vertical merge (w:vMerge restart). */
  mergeStart: boolean;
}

export interface TableRow {
  /** 1-based row number in the Word table, the header row counted. */
  number: number;
  cells: (ColumnCell | undefined)[];
  /** One cell spanning every text column: a heading row inside the table. */
  spanning?: DocBlock[];
  /** Cells with text outside every header column (1-based, as Word counts them), taken into the nearest column. */
  outside?: { cell: number; column: number; text: string }[];
}

export interface ReadTable {
  table: DocTable;
  layout: TableLayout;
  columns: HeaderColumn[];
  /** Rows above the header (captions): their 1-based numbers. */
  before: number[];
  headerRow: number;
  rows: TableRow[];
}

/** The table's header and rows, or undefined when no row in the first three reads as an agreements header. */
export function readTable(table: DocTable): ReadTable | undefined {
  for (let h = 0; h < Math.min(3, table.rows.length); h++) {
    const top = headerColumns(table, h);
    const layout = tableLayout(top);
    if (!layout) continue;
    const sub = subHeader(table, h, top);
    const columns = sub ?? top;
    const rows: TableRow[] = [];
    for (let r = h + (sub ? 2 : 1); r < table.rows.length; r++) {
      const row = table.rows[r]!;
      // A header row repeated further down (a table pasted together) is not data.
      if (sameHeader(row.cells.map((c) => oneLine(blocksText(c.blocks))), columns)) continue;
      rows.push(placeRow(table, r, columns, rows.at(-1)));
    }
    return { table, layout, columns, before: Array.from({ length: h }, (_, i) => i + 1), headerRow: h + 1, rows };
  }
  return undefined;
}

function headerColumns(table: DocTable, index: number): HeaderColumn[] {
  return (table.rows[index]?.cells ?? []).map((cell) => ({
    ...classifyHeader(oneLine(blocksText(cell.blocks))),
    start: cell.gridColumn,
    end: cell.gridColumn + cell.gridSpan,
  }));
}

/**
 * A second header row under a header cell that spans columns ("Jaarafspraken"
 * over "2023 | 2024"): the spanning column is split into the cells under it.
 */
function subHeader(table: DocTable, h: number, columns: readonly HeaderColumn[]): HeaderColumn[] | undefined {
  const next = table.rows[h + 1];
  if (!next || !columns.some((c) => c.end - c.start > 1)) return undefined;
  const texts = next.cells.map((c) => oneLine(blocksText(c.blocks)));
  const headerLike = (t: string) => !t || (t.length <= 40 && (/^\d{4}$/.test(t) || classifyHeader(t).kind !== undefined));
  if (!texts.some(Boolean) || !texts.every(headerLike)) return undefined;
  let split = false;
  const out = columns.flatMap((column): HeaderColumn[] => {
    const under = next.cells.filter((c) => c.gridColumn >= column.start && c.gridColumn + c.gridSpan <= column.end);
    if (column.end - column.start < 2 || under.length < 2) return [column];
    split = true;
    return under.map((cell) => {
      const text = oneLine(blocksText(cell.blocks));
      const own = classifyHeader(text);
      return {
        kind: own.kind && own.kind !== 'number' ? own.kind : column.kind,
        header: `${column.header} ${text}`.trim(),
        years: own.years.length ? own.years : column.years,
        start: cell.gridColumn,
        end: cell.gridColumn + cell.gridSpan,
      };
    });
  });
  return split ? out : undefined;
}

function sameHeader(texts: readonly string[], header: readonly HeaderColumn[]): boolean {
  return texts.length === header.length && texts.some(Boolean) && texts.every((t, i) => t === header[i]!.header);
}

function placeRow(table: DocTable, index: number, columns: readonly HeaderColumn[], above: TableRow | undefined): TableRow {
  const row = table.rows[index]!;
  const cells: (ColumnCell | undefined)[] = columns.map(() => undefined);
  const textColumns = columns.map((c, i) => (c.kind !== 'number' ? i : -1)).filter((i) => i >= 0);
  const outside: NonNullable<TableRow['outside']> = [];
  for (const [n, cell] of row.cells.entries()) {
    const end = cell.gridColumn + cell.gridSpan;
    const covered = columns.map((c, i) => (c.start < end && cell.gridColumn < c.end ? i : -1)).filter((i) => i >= 0);
    if (textColumns.length > 1 && textColumns.every((i) => covered.includes(i)) && row.cells.filter((c) => blocksText(c.blocks).trim()).length <= 1) {
      return { number: index + 1, cells, spanning: [...cell.blocks] };
    }
    // A cell starting between header cells belongs to the header cell it starts under.
    const at = columns.findIndex((c) => c.start <= cell.gridColumn && cell.gridColumn < c.end);
    const column = at >= 0 ? at : covered[0] ?? (cell.gridColumn >= (columns.at(-1)?.end ?? 0) ? columns.length - 1 : 0);
    const text = oneLine(blocksText(cell.blocks));
    if (at < 0 && !covered.length && text) outside.push({ cell: n + 1, column, text });
    const existing = cells[column];
    const continued = cell.vMerge === 'continue' && above?.cells[column] !== undefined;
    if (existing) existing.blocks.push(...cell.blocks);
    else cells[column] = { blocks: [...cell.blocks], continued, mergeStart: cell.vMerge === 'restart' };
  }
  return { number: index + 1, cells, ...(outside.length ? { outside } : {}) };
}
