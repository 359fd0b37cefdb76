/**
 * Table pagination on measured line heights only (no drawing, no pdfkit), so
 * it can be tested on its own. Rows stay whole where they fit on a page; a
 * row taller than a page is split between lines; a row-spanning cell flows
 * through its rows and continues on the next page, or, when its text is
 * already complete, is repeated there (as an aid, cut short if it is long)
 * with the continued label.
 */
import { linesFitting, linesHeight, type Line } from './Line.js';

export interface PaginationCell {
  /** Row the cell starts in, and how many rows it spans. */
  row: number;
  span: number;
  lines: readonly Line[];
  /** Height of the continued label line shown under a repeated cell. */
  labelHeight: number;
}

export interface TableGeometry {
  rows: number;
  headerHeight: number;
  /** Cell padding above plus below. */
  paddingY: number;
  /** The smallest row (padding and one line). */
  minRowHeight: number;
  /** Space left on the current page, and on a fresh page. */
  firstSpace: number;
  pageSpace: number;
}

export interface CellPiece {
  cell: number;
  /** Top of the cell's area in the slice and its height (the cell's box, padding included). */
  y: number;
  height: number;
  /** Lines [from, to) of the cell drawn in this piece. */
  from: number;
  to: number;
  /** The lines are a repeat of a spanning cell's text from an earlier page: draw them as an artifact, followed by the label. */
  repeat: boolean;
  /** The repeat was cut short (the label should say so). */
  truncated: boolean;
}

export interface TableSlice {
  /** Rows (or parts of rows) on this page: their top and height in the slice, the header at 0. */
  rows: { row: number; y: number; height: number }[];
  pieces: CellPiece[];
  /** Height of the slice, header included. */
  height: number;
}

export interface TablePagination {
  /** The table could not start on the current page (not even its first row's beginning). */
  newPageFirst: boolean;
  slices: TableSlice[];
}

const EPS = 0.01;

interface CellState {
  /** First line not yet drawn. */
  next: number;
  started: boolean;
  /** The piece in the current slice, if the cell has one open. */
  open: boolean;
  pieceY: number;
  pieceFrom: number;
  repeat: boolean;
}

export function paginateTable(cells: readonly PaginationCell[], g: TableGeometry): TablePagination {
  const states: CellState[] = cells.map(() => ({ next: 0, started: false, open: false, pieceY: 0, pieceFrom: 0, repeat: false }));
  const startingAt: number[][] = Array.from({ length: g.rows }, () => []);
  cells.forEach((c, i) => startingAt[Math.min(c.row, g.rows - 1)]?.push(i));
  const lastRow = (c: PaginationCell) => Math.min(c.row + Math.max(1, c.span) - 1, g.rows - 1);
  /** A repeated span takes at most a third of a page, so it can never keep its rows from fitting. */
  const maxRepeat = (g.pageSpace - g.headerHeight) / 3;
  const repeatHeight = (c: PaginationCell) => Math.min(linesHeight(c.lines) + c.labelHeight, maxRepeat);
  /** Only a spanning cell with text is repeated: it tells which goal the rows on the new page belong to. */
  const repeats = (c: PaginationCell) => c.span > 1 && c.lines.length > 0;

  const result: TablePagination = { newPageFirst: false, slices: [] };
  let slice: TableSlice = { rows: [], pieces: [], height: 0 };
  let space = g.firstSpace;
  let fresh = g.firstSpace >= g.pageSpace - EPS;
  let y = g.headerHeight;
  /** Cells that started and are not finished: spans over several rows, and the cells of a row being split. */
  const active = new Set<number>();

  /** Height still to show for the cell in this slice, and how much of its area the slice already gave it. */
  const pending = (i: number, onFreshPage: boolean): number => {
    const c = cells[i]!;
    const s = states[i]!;
    if (s.open && !onFreshPage) {
      const content = s.repeat ? repeatHeight(c) : linesHeight(c.lines, s.pieceFrom);
      return content - (y - s.pieceY);
    }
    let next = s.next;
    let repeat = repeats(c) && s.started && next >= c.lines.length;
    if (s.open && onFreshPage) {
      // Where the open piece would be cut if the page broke now.
      if (s.repeat) repeat = true;
      else {
        next = s.pieceFrom + linesFitting(c.lines, s.pieceFrom, y - s.pieceY - g.paddingY);
        repeat = repeats(c) && next >= c.lines.length;
      }
    }
    return repeat ? repeatHeight(c) : linesHeight(c.lines, next);
  };

  const rowNeed = (row: number, onFreshPage: boolean): number => {
    let need = g.minRowHeight;
    const consider = (i: number) => {
      if (lastRow(cells[i]!) === row) need = Math.max(need, g.paddingY + pending(i, onFreshPage));
    };
    for (const i of startingAt[row]!) consider(i);
    for (const i of active) if (cells[i]!.row !== row) consider(i);
    return need;
  };

  const openCells = (row: number) => {
    const open = (i: number) => {
      const s = states[i]!;
      if (s.open) return;
      const c = cells[i]!;
      s.repeat = repeats(c) && s.started && s.next >= c.lines.length;
      s.started = true;
      s.open = true;
      s.pieceY = y;
      s.pieceFrom = s.next;
      active.add(i);
    };
    for (const i of startingAt[row]!) open(i);
    for (const i of active) open(i);
  };

  const closeCell = (i: number, cut: boolean) => {
    const c = cells[i]!;
    const s = states[i]!;
    const height = y - s.pieceY;
    let piece: CellPiece;
    if (s.repeat) {
      const fit = linesFitting(c.lines, 0, height - g.paddingY - c.labelHeight);
      piece = { cell: i, y: s.pieceY, height, from: 0, to: fit, repeat: true, truncated: fit < c.lines.length };
    } else {
      const to = cut ? s.pieceFrom + linesFitting(c.lines, s.pieceFrom, height - g.paddingY) : c.lines.length;
      piece = { cell: i, y: s.pieceY, height, from: s.pieceFrom, to, repeat: false, truncated: false };
      s.next = to;
    }
    slice.pieces.push(piece);
    s.open = false;
    if (!cut) active.delete(i);
  };

  /**
   * When a row moves to the next page, a spanning cell above it may not have
   * shown all its text in its rows here. If the rest fits on this page, grow
   * the last row to finish it: then the next page repeats it whole.
   */
  const finishSpans = () => {
    let extra = 0;
    for (const i of active) {
      const s = states[i]!;
      if (s.open && !s.repeat) extra = Math.max(extra, linesHeight(cells[i]!.lines, s.pieceFrom) - (y - s.pieceY - g.paddingY));
    }
    const last = slice.rows[slice.rows.length - 1];
    if (!last || extra <= EPS || y + extra > space + EPS) return;
    for (const piece of slice.pieces) if (Math.abs(piece.y + piece.height - y) < EPS) piece.height += extra;
    last.height += extra;
    y += extra;
  };

  const pageBreak = () => {
    for (const i of active) if (states[i]!.open) closeCell(i, true);
    if (slice.rows.length) {
      slice.height = y;
      result.slices.push(slice);
    } else {
      result.newPageFirst = true;
    }
    slice = { rows: [], pieces: [], height: 0 };
    space = g.pageSpace;
    fresh = true;
    y = g.headerHeight;
  };

  for (let row = 0; row < g.rows; row++) {
    let split = false;
    for (;;) {
      const need = rowNeed(row, false);
      const available = space - y;
      if (need <= available + EPS) {
        openCells(row);
        slice.rows.push({ row, y, height: need });
        y += need;
        for (const i of [...active]) if (lastRow(cells[i]!) === row) closeCell(i, false);
        break;
      }
      const movable = slice.rows.length > 0 || !fresh;
      if (movable && !split && rowNeed(row, true) <= g.pageSpace - g.headerHeight + EPS) {
        finishSpans();
        pageBreak();
        continue;
      }
      if (movable && available < g.minRowHeight + g.paddingY) {
        pageBreak();
        continue;
      }
      // Taller than a page: fill this page with the row's first lines and go on with the rest.
      openCells(row);
      slice.rows.push({ row, y, height: available });
      y = space;
      split = true;
      pageBreak();
    }
  }
  slice.height = y;
  if (slice.rows.length) result.slices.push(slice);
  // A table without rows still shows its header.
  if (!result.slices.length) {
    result.newPageFirst = g.headerHeight > g.firstSpace + EPS;
    result.slices.push({ rows: [], pieces: [], height: g.headerHeight });
  }
  return result;
}
