/**
 * Draws a measured table through the flow, slice by slice (one slice per
 * page): rules and header fill as artifacts, the header row tagged on the
 * first page and an artifact where it is repeated, then the cells.
 */
import { typography } from '../../document/typography.js';
import { drawLines } from './drawLines.js';
import { linesHeight } from './Line.js';
import { LABEL_GAP, type MeasuredTable } from './measureTable.js';
import { paginateTable, type CellPiece, type TableSlice } from './paginateTable.js';
import { artifact, type PdfContext } from './PdfContext.js';
import { structData, type StructElement } from './pdfkitInternals.js';

const colors = typography.colors;

/** `atStart` runs where the table's first slice begins (for its named destination). */
export function drawTable(ctx: PdfContext, m: MeasuredTable, atStart?: () => void): void {
  const { flow } = ctx;
  const pagination = paginateTable(m.cells, {
    rows: m.table.rows.length,
    headerHeight: m.headerHeight,
    paddingY: 2 * m.padding,
    minRowHeight: m.minRowHeight,
    firstSpace: flow.space,
    pageSpace: flow.pageSpace,
  });
  const tags = new TableTags(ctx, m);
  pagination.slices.forEach((slice, k) => {
    if (k > 0 || pagination.newPageFirst) flow.newPage();
    const top = flow.start();
    if (k === 0) atStart?.();
    drawSlice(ctx, m, slice, top, k === 0, tags);
    flow.y = top + slice.height;
  });
  tags.table.end();
}

function drawSlice(ctx: PdfContext, m: MeasuredTable, slice: TableSlice, top: number, first: boolean, tags: TableTags): void {
  const { doc, fonts, flow } = ctx;
  const left = flow.left;
  const bodyTop = top + m.headerHeight;
  const bottom = top + slice.height;

  artifact(doc, 'Layout', () => {
    doc.rect(left, top, m.width, m.headerHeight).fill(`#${colors.headerFill}`);
    if (bottom <= bodyTop) return;
    // Cell backgrounds (a status's tint) under the rules.
    for (const piece of slice.pieces) {
      const cell = m.cells[piece.cell]!;
      if (!cell.cell.fill) continue;
      const column = m.columns[cell.column]!;
      doc.rect(left + column.x, top + piece.y, column.width, piece.height).fill(`#${cell.cell.fill}`);
    }
    // Light rules between the columns, a firmer one under every cell.
    doc.save().lineWidth(0.35).strokeColor(`#${colors.rule}`);
    if (m.columns.length > 1) {
      for (const column of m.columns.slice(1)) doc.moveTo(left + column.x, bodyTop).lineTo(left + column.x, bottom);
      doc.stroke();
    }
    doc.lineWidth(0.5);
    for (const piece of slice.pieces) {
      const column = m.columns[m.cells[piece.cell]!.column]!;
      const y = top + piece.y + piece.height;
      doc.moveTo(left + column.x, y).lineTo(left + column.x + column.width, y);
    }
    doc.stroke().restore();
  });

  const drawHeader = (tagged: boolean) =>
    m.columns.forEach((column, i) => drawLines(doc, fonts, m.header[i]!, 0, m.header[i]!.length, left + column.x + m.padding, top + m.padding, tagged ? tags.th() : undefined));
  if (first) drawHeader(true);
  else artifact(doc, 'Pagination', () => drawHeader(false));

  // Cells in reading order: by row, then column (the measured cells are in that order).
  const pieces = [...slice.pieces].sort((a, b) => a.cell - b.cell);
  for (const piece of pieces) drawPiece(ctx, m, piece, left, top, tags);
}

function drawPiece(ctx: PdfContext, m: MeasuredTable, piece: CellPiece, left: number, top: number, tags: TableTags): void {
  const { doc, fonts } = ctx;
  const cell = m.cells[piece.cell]!;
  const column = m.columns[cell.column]!;
  const x = left + column.x + m.padding;
  const y = top + piece.y + m.padding;
  if (!piece.repeat) {
    drawLines(doc, fonts, cell.lines, piece.from, piece.to, x, y, tags.td(piece.cell), ctx.anchors);
    return;
  }
  // A spanning cell continued from an earlier page: its text again, then the continued label.
  artifact(doc, 'Pagination', () => {
    drawLines(doc, fonts, cell.lines, 0, piece.to, x, y);
    const label = m.label(cell.column, piece.truncated);
    drawLines(doc, fonts, label, 0, label.length, x, y + (piece.to ? linesHeight(cell.lines, 0, piece.to) + LABEL_GAP : 0));
  });
}

/** The table's structure: Table (with its summary) > THead/TBody > TR > TH/TD, created in reading order. */
class TableTags {
  readonly table: StructElement;
  private readonly head: StructElement;
  private readonly body: StructElement;
  private headerRow: StructElement | undefined;
  private readonly rows: StructElement[] = [];
  private readonly cells = new Map<number, StructElement>();

  constructor(
    private readonly ctx: PdfContext,
    private readonly m: MeasuredTable,
  ) {
    const { doc } = ctx;
    this.table = doc.struct('Table');
    structData(this.table).A = { O: 'Table', Summary: new String(m.table.summary) };
    ctx.section.add(this.table);
    this.head = doc.struct('THead');
    this.body = doc.struct('TBody');
    this.table.add(this.head);
    this.table.add(this.body);
  }

  th(): StructElement {
    const { doc } = this.ctx;
    if (!this.headerRow) {
      this.headerRow = doc.struct('TR');
      this.head.add(this.headerRow);
    }
    const th = doc.struct('TH');
    structData(th).A = { O: 'Table', Scope: 'Column' };
    this.headerRow.add(th);
    return th;
  }

  td(index: number): StructElement {
    let td = this.cells.get(index);
    if (td) return td;
    const { doc } = this.ctx;
    const cell = this.m.cells[index]!;
    while (this.rows.length <= cell.row) {
      const tr = doc.struct('TR');
      this.body.add(tr);
      this.rows.push(tr);
    }
    td = doc.struct('TD');
    if (cell.span > 1) structData(td).A = { O: 'Table', RowSpan: cell.span };
    this.rows[cell.row]!.add(td);
    this.cells.set(index, td);
    return td;
  }
}
