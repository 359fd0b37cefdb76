/**
 * Document model blocks -> the PDF, one handler per block type. Each handler
 * lays its block out first and returns how to place it, so a heading can
 * check that the start of what follows fits under it on the same page.
 */
import type { Block, BlockHandlers, CellBlock, Section } from '../../document/types.js';
import { blockSpacing, type BlockSpacing } from '../../document/typography.js';
import { textRun } from '../../model/richtext.js';
import { drawLines } from './drawLines.js';
import { drawSignatures, measureSignatures } from './drawSignatures.js';
import { drawTable } from './drawTable.js';
import { layoutBlocks, layoutInlines } from './layoutBlocks.js';
import { linesHeight, type Line } from './Line.js';
import { measureTable } from './measureTable.js';
import type { PdfContext } from './PdfContext.js';
import { headingStyles, proseStyles } from './pdfStyles.js';

interface Placement {
  gapBefore: number;
  gapAfter: number;
  /** Height of the block's start that must stay with a block kept with it (a heading, a lead-in). */
  startHeight: number;
  /** Keep the block's end (this high) on the page where the next block starts: headings, lead-ins to a list. */
  keepWithNext?: number;
  place(): void;
}

/** A list this short is never split over two pages. */
const SHORT_LIST_LINES = 6;

const handlers: BlockHandlers<Placement, PdfContext> = {
  paragraph(p, ctx) {
    const placement = prose(ctx, [p], p.style === 'title' ? 'H1' : 'P', blockSpacing(p));
    // A short lead-in ("..., vindt u per thema:") stays with what it introduces.
    const last = p.inlines[p.inlines.length - 1];
    if (last?.type === 'text' && last.text.trimEnd().endsWith(':') && placement.lines.length <= 3) placement.keepWithNext = linesHeight(placement.lines);
    return placement;
  },
  list(list, ctx) {
    const placement = prose(ctx, [list], 'P', blockSpacing(list));
    const height = linesHeight(placement.lines);
    if (placement.lines.length > SHORT_LIST_LINES) return placement;
    return {
      ...placement,
      startHeight: height,
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
    const gaps = blockSpacing(h);
    return {
      gapBefore: gaps.before,
      gapAfter: gaps.after,
      startHeight: linesHeight(lines),
      keepWithNext: linesHeight(lines),
      place() {
        placeLines(ctx, lines, () => addDestination(ctx, h.anchor));
      },
    };
  },
  table(table, ctx) {
    const measured = measureTable(ctx.fonts, table, ctx.flow.width);
    const firstRow = measured.cells.filter((c) => c.row === 0 && c.span === 1).map((c) => linesHeight(c.lines));
    const firstRowHeight = Math.max(measured.minRowHeight, 2 * measured.padding + Math.max(0, ...firstRow));
    const gaps = blockSpacing(table);
    return {
      gapBefore: gaps.before,
      gapAfter: gaps.after,
      // The header and the first row, which pagination keeps whole unless it is taller than a page (then its first lines).
      startHeight:
        measured.headerHeight +
        (firstRowHeight <= ctx.flow.pageSpace - measured.headerHeight ? firstRowHeight : measured.minRowHeight + 2 * measured.padding),
      place: () => drawTable(ctx, measured, () => addDestination(ctx, table.anchor)),
    };
  },
  signatures(block, ctx) {
    const measured = measureSignatures(ctx, block);
    const gaps = blockSpacing(block);
    return {
      gapBefore: gaps.before,
      gapAfter: gaps.after,
      startHeight: measured.rowHeights[0] ?? 0,
      place: () => drawSignatures(ctx, measured),
    };
  },
};

function prose(ctx: PdfContext, blocks: readonly CellBlock[], tag: string, gaps: BlockSpacing): Placement & { lines: Line[] } {
  const lines = layoutBlocks(ctx.fonts, blocks, { width: ctx.model.page.proseWidth, styles: proseStyles, paragraphTag: tag });
  return {
    lines,
    gapBefore: gaps.before,
    gapAfter: gaps.after,
    startHeight: linesHeight(lines, 0, Math.min(2, lines.length)),
    place: () => placeLines(ctx, lines),
  };
}

function placeLines(ctx: PdfContext, lines: readonly Line[], atStart?: () => void): void {
  const { doc, fonts, flow } = ctx;
  let first = true;
  flow.placeLines(lines, (from, to, top) => {
    if (first) atStart?.();
    first = false;
    drawLines(doc, fonts, lines, from, to, flow.left, top, ctx.section);
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
  if (section.startOnNewPage && flow.pages > 0 && !flow.atTop) flow.newPage();
  ctx.section = doc.struct('Sect');
  root.add(ctx.section);
  flow.bookmarkNext(section.bookmark);
  const placements = section.blocks.map((block) => (handlers[block.type] as (b: Block, c: PdfContext) => Placement)(block, ctx));
  // What must fit for each block to start: its own start, or, when it keeps with the next block, that chain too.
  const needed: number[] = [];
  for (let i = placements.length - 1; i >= 0; i--) {
    const p = placements[i]!;
    const next = placements[i + 1];
    needed[i] = p.keepWithNext !== undefined && next ? Math.max(p.startHeight, p.keepWithNext + Math.max(p.gapAfter, next.gapBefore) + needed[i + 1]!) : p.startHeight;
  }
  placements.forEach((placement, i) => {
    flow.addGap(placement.gapBefore);
    if (placement.keepWithNext !== undefined && i + 1 < placements.length) flow.ensure(needed[i]!);
    placement.place();
    flow.addGap(placement.gapAfter);
  });
  // An empty section still gets its bookmark, where it would have started.
  if (!placements.length) flow.start();
  ctx.section.end();
}
