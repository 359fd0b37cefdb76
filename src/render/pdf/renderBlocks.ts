/**
 * Document model blocks -> the PDF, one handler per block type. Each handler
 * lays its block out first and returns how to place it, so a heading can
 * check that the start of what follows fits under it on the same page.
 */
import { inContents } from '../../document/contentsEntries.js';
import type { Block, BlockHandlers, CellBlock, Section, Table } from '../../document/types.js';
import { blockSpacing, endsWithColon, typography } from '../../document/typography.js';
import { textRun } from '../../model/richtext.js';
import { measureContents, placeContents } from './contentsBlock.js';
import { placeCover } from './coverPage.js';
import { drawFigure } from './drawFigure.js';
import { drawLines } from './drawLines.js';
import { drawSignatures, measureSignatures } from './drawSignatures.js';
import { drawTable } from './drawTable.js';
import { breakAllowed } from './Flow.js';
import { layoutBlocks, layoutInlines } from './layoutBlocks.js';
import { linesHeight, type Line } from './Line.js';
import { drawLogoRows, measureLogos } from './logoRows.js';
import { measureTable } from './measureTable.js';
import type { PdfContext } from './PdfContext.js';
import { pageInternals } from './pdfkitInternals.js';
import { captionStyle, coverStyles, headingStyles, proseStyles } from './pdfStyles.js';

export interface Placement {
  gapBefore: number;
  gapAfter: number;
  /** Height of the block's start that must stay with a block kept with it (a heading, a lead-in). */
  startHeight: number;
  /** The start is the whole block (a short paragraph cannot break). */
  whole?: boolean;
  /** Keep the block's end (this high) on the page where the next block starts: headings, lead-ins to a list. */
  keepWithNext?: number;
  /** A heading: a short text right after it keeps with what follows too (a theme's one-line intro with its table). */
  heading?: boolean;
  place(): void;
}

/** Between a figure's caption and its chart. */
const CAPTION_GAP = 4;

const handlers: BlockHandlers<Placement, PdfContext> = {
  paragraph(p, ctx) {
    const placement = prose(ctx, p, p.style === 'title' ? 'H1' : 'P');
    // A short lead-in ("..., vindt u per thema:") stays with what it introduces.
    if (endsWithColon(p) && placement.lines.length <= typography.keep.leadInLines) placement.keepWithNext = linesHeight(placement.lines);
    return placement;
  },
  list(list, ctx) {
    const placement = prose(ctx, list, 'P');
    const height = linesHeight(placement.lines);
    // A short list is never split over two pages.
    if (placement.lines.length > typography.keep.shortListLines) return placement;
    return {
      ...placement,
      startHeight: height,
      whole: true,
      place: () => {
        ctx.flow.ensure(height);
        placement.place();
      },
    };
  },
  heading(h, ctx) {
    const style = headingStyles[h.level];
    // The document title is the H1; headings of level n are H(n+1), so the levels never skip.
    const lines = layoutInlines(ctx.fonts, [textRun(h.text)], style, { width: ctx.model.page.proseWidth, paragraphTag: `H${h.level + 1}` });
    return {
      ...gapsOf(h),
      startHeight: linesHeight(lines),
      whole: true,
      keepWithNext: linesHeight(lines),
      heading: true,
      place() {
        if (inContents(h)) ctx.flow.bookmarkNext(h.text, h.level);
        placeLines(ctx, lines, () => {
          addDestination(ctx, h.anchor);
          if (!ctx.headings.has(h.anchor)) ctx.headings.set(h.anchor, { page: ctx.flow.pages - 1, pageRef: pageInternals(ctx.doc).dictionary, y: ctx.flow.y });
        });
      },
    };
  },
  table: (table, ctx) => tablePlacement(table, ctx),
  figure(figure, ctx) {
    const { flow } = ctx;
    const captionLines = (text: string) => layoutInlines(ctx.fonts, [textRun(text)], captionStyle, { width: ctx.model.page.proseWidth, paragraphTag: 'Caption' });
    const caption = captionLines(figure.caption);
    const captionHeight = linesHeight(caption) + CAPTION_GAP;
    // Never larger than drawn; smaller when the page is narrower or shorter than the chart.
    const scale = Math.min(1, flow.width / figure.width, (flow.pageSpace - captionHeight) / figure.height);
    const head = captionHeight + figure.height * scale;
    const table = tablePlacement(figure.table, ctx);
    const rows = typography.table.spaceBefore + table.height();
    return {
      ...gapsOf(figure),
      // The caption and the chart stay together, and with their table when it fits under them.
      startHeight: head,
      place() {
        // A short table is never split from its chart: the three go to the next page together.
        const short = rows <= flow.pageSpace / 4;
        flow.ensure(short && head + rows <= flow.pageSpace ? head + rows : head);
        placeLines(ctx, caption, () => addDestination(ctx, figure.anchor));
        flow.addGap(CAPTION_GAP);
        const top = flow.start();
        drawFigure(ctx, figure, flow.left, top, scale);
        flow.y = top + figure.height * scale;
        flow.addGap(table.gapBefore);
        // A table that fits on a page starts on the next one rather than leave most of itself for it,
        // as does one whose header has no room here; away from its chart, a label says whose data it is.
        const moved = (rows > flow.space && rows <= flow.pageSpace && flow.space < rows / 2) || table.startHeight > flow.space;
        if (moved) {
          flow.newPage();
          placeLines(ctx, captionLines(figure.dataLabel));
          flow.addGap(CAPTION_GAP);
        }
        table.place();
      },
    };
  },
  signatures(block, ctx) {
    const measured = measureSignatures(ctx, block);
    return {
      ...gapsOf(block),
      startHeight: measured.rowHeights[0] ?? 0,
      place: () => drawSignatures(ctx, measured),
    };
  },
  contents(block, ctx) {
    const measured = measureContents(ctx, block);
    return {
      ...gapsOf(block),
      startHeight: measured.startHeight,
      place: () => placeContents(ctx, measured, () => placeLines(ctx, measured.title)),
    };
  },
  logos(block, ctx) {
    const measured = measureLogos(block.logos, block.minHeight, ctx.flow.width);
    return {
      ...gapsOf(block),
      startHeight: measured.height,
      whole: true,
      place: () => {
        // Never split over two pages.
        ctx.flow.ensure(measured.height);
        drawLogoRows(ctx, measured);
      },
    };
  },
};

/** A table's placement, and how to get its whole height (by which a figure decides where its table starts). */
function tablePlacement(table: Table, ctx: PdfContext): Placement & { height(): number } {
  const measured = measureTable(ctx.fonts, table, tableWidth(ctx, table));
  const firstRow = measured.cells.filter((c) => c.row === 0 && c.span === 1).map((c) => linesHeight(c.lines));
  const firstRowHeight = Math.max(measured.minRowHeight, 2 * measured.padding + Math.max(0, ...firstRow));
  return {
    ...gapsOf(table),
    // The header and the first row, which pagination keeps whole unless it is taller than a page (then its first lines).
    startHeight:
      measured.headerHeight +
      (firstRowHeight <= ctx.flow.pageSpace - measured.headerHeight ? firstRowHeight : measured.minRowHeight + 2 * measured.padding),
    height: () => tableHeight(measured),
    place: () => drawTable(ctx, measured, () => addDestination(ctx, table.anchor)),
  };
}

/**
 * A table from a text (a GFM table: no number column, no merged cells, one
 * paragraph per cell) keeps to the prose width, in line with the text it
 * stands in; the agreements tables and the annexes' tables take the full width.
 */
function tableWidth(ctx: PdfContext, table: Table): number {
  const fromText =
    table.columns.every((c) => c.kind === 'text') &&
    table.rows.every((row) => row.cells.every((cell) => cell.rowSpan <= 1 && cell.blocks.length === 1 && cell.blocks[0]!.type === 'paragraph'));
  return fromText ? Math.min(ctx.model.page.proseWidth, ctx.flow.width) : ctx.flow.width;
}

/** How many lines a block's start needs where a page may break after it: two, or more where that would leave a widow. */
function startLines(lines: readonly Line[]): number {
  let k = Math.min(2, lines.length);
  while (k < lines.length && !breakAllowed(lines, k)) k++;
  return k;
}

/** A table's height on one page: its header and every row (a figure's data table has no merged cells). */
function tableHeight(m: ReturnType<typeof measureTable>): number {
  const rows = new Map<number, number>();
  for (const cell of m.cells) rows.set(cell.row, Math.max(rows.get(cell.row) ?? m.minRowHeight, linesHeight(cell.lines) + 2 * m.padding));
  return m.headerHeight + [...rows.values()].reduce((a, b) => a + b, 0);
}

/** The block's gaps before and after it, as typography gives them. */
function gapsOf(block: Block): Pick<Placement, 'gapBefore' | 'gapAfter'> {
  const { before, after } = blockSpacing(block);
  return { gapBefore: before, gapAfter: after };
}

function prose(ctx: PdfContext, block: CellBlock, tag: string): Placement & { lines: Line[] } {
  const lines = layoutBlocks(ctx.fonts, [block], { width: ctx.model.page.proseWidth, styles: ctx.inCover ? coverStyles : proseStyles, paragraphTag: tag });
  const start = startLines(lines);
  return {
    lines,
    ...gapsOf(block),
    startHeight: linesHeight(lines, 0, start),
    whole: start === lines.length,
    place: () => placeLines(ctx, lines),
  };
}

function placeLines(ctx: PdfContext, lines: readonly Line[], atStart?: () => void): void {
  const { doc, fonts, flow } = ctx;
  let first = true;
  flow.placeLines(lines, (from, to, top) => {
    if (first) atStart?.();
    first = false;
    drawLines(doc, fonts, lines, from, to, flow.left, top, ctx.section, ctx.anchors);
  });
}

/** A named destination at the current position, for links to the block. */
function addDestination(ctx: PdfContext, name: string): void {
  if (ctx.destinations.has(name)) return;
  ctx.destinations.add(name);
  ctx.doc.addNamedDestination(name, 'XYZ', ctx.flow.left, ctx.flow.y, null);
}

export function renderSection(ctx: PdfContext, section: Section, root: PDFKit.PDFStructureElement): void {
  const { doc, flow } = ctx;
  const cover = section.cover ?? false;
  // A cover has its pages to itself.
  const newPage = section.startOnNewPage || cover || ctx.inCover;
  ctx.inCover = cover;
  if (newPage && flow.pages > 0 && !flow.atTop) flow.newPage();
  ctx.section = doc.struct('Sect');
  root.add(ctx.section);
  // A section's chapter heading is its outline entry; a section without one (the signatures, a cover) gets its bookmark.
  if (!section.blocks.some((b) => b.type === 'heading' && b.level === 1 && inContents(b))) flow.bookmarkNext(section.bookmark);
  // The section's own anchor, where its first block starts, unless a block inside has that name.
  if (!section.blocks.some((b) => (b.type === 'heading' || b.type === 'table') && b.anchor === section.id)) flow.atNextStart(() => addDestination(ctx, section.id));
  const placements = section.blocks.map((block) => (handlers[block.type] as (b: Block, c: PdfContext) => Placement)(block, ctx));
  // A short text right after a heading (a one-line intro) keeps with what follows it as well.
  placements.forEach((p, i) => {
    const next = placements[i + 1];
    if (p.heading && next?.whole && !next.heading && next.keepWithNext === undefined && section.blocks[i + 1]!.type === 'paragraph') next.keepWithNext = next.startHeight;
  });
  // What must fit for each block to start: its own start, or, when it keeps with the next block, that chain too.
  const needed: number[] = [];
  for (let i = placements.length - 1; i >= 0; i--) {
    const p = placements[i]!;
    const next = placements[i + 1];
    needed[i] = p.keepWithNext !== undefined && next ? Math.max(p.startHeight, p.keepWithNext + Math.max(p.gapAfter, next.gapBefore) + needed[i + 1]!) : p.startHeight;
  }
  if (cover) placeCover(ctx, section.blocks, placements);
  else placements.forEach((placement, i) => {
    flow.addGap(placement.gapBefore);
    if (placement.keepWithNext !== undefined && i + 1 < placements.length) flow.ensure(needed[i]!);
    placement.place();
    flow.addGap(placement.gapAfter);
  });
  // An empty section still gets its bookmark, where it would have started.
  if (!placements.length) flow.start();
  // A section with a table of contents stays open until its entries are drawn at the end (the whole tree is ended then).
  if (!section.blocks.some((b) => b.type === 'contents')) ctx.section.end();
}
