/**
 * Logos in rows (a cover, the first page of a document with many parties):
 * each row a centred line of pictures at one height with equal gaps between
 * them, placed by centre tab stops as in the header band. As few rows as keep
 * every logo at least `minHeight` high (one or two for up to about fourteen
 * parties); a row never runs wider than the body. SVG with a PNG fallback,
 * each with its party's name as its description.
 */
import { LineRuleType, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { Logos } from '../../document/types.js';
import { pendingAnchors, withBookmarks } from './bookmarks.js';
import type { DocxContext } from './docxContext.js';
import { logoImage } from './logoImage.js';
import { breakBefore } from './renderBlocks.js';
import { pixels, twips } from './units.js';

/** `space`: in points, before the first row and after the last (typography's, as the PDF's). */
export function renderLogos(block: Logos, ctx: DocxContext, space: { before: number; after: number }): Paragraph[] {
  const width = ctx.bodyWidth / 20;
  const layout = logoRows(
    block.logos.map((logo) => logo.width / Math.max(1, logo.height)),
    width,
    block.minHeight,
  );
  const { gap } = layout;
  // Rows keep their distance when the gaps in them narrow.
  const rowGap = preferredGap(block.minHeight) * 0.75;
  return layout.rows.map((row, r) => {
    const sizes = row.map((i) => {
      const aspect = block.logos[i]!.width / Math.max(1, block.logos[i]!.height);
      // Only a logo wider than the body at the row's height is drawn lower.
      const height = Math.min(layout.height, width / aspect);
      return { width: height * aspect, height };
    });
    const total = sizes.reduce((sum, s) => sum + s.width, 0) + gap * (row.length - 1);
    let x = (width - total) / 2;
    const centres = sizes.map((s) => {
      const centre = x + s.width / 2;
      x += s.width + gap;
      return centre;
    });
    const children: ParagraphChild[] = row.flatMap((i, k) => [
      new TextRun({ children: [new Tab()] }),
      logoImage(block.logos[i]!, pixels(sizes[k]!.width), pixels(sizes[k]!.height)),
    ]);
    const last = r === layout.rows.length - 1;
    return new Paragraph({
      tabStops: centres.map((centre) => ({ type: TabStopType.CENTER, position: twips(centre) })),
      spacing: { before: r === 0 ? twips(space.before) : 0, after: twips(last ? space.after : rowGap), line: 240, lineRule: LineRuleType.AUTO },
      // The rows stay together.
      keepNext: !last,
      keepLines: true,
      children: r === 0 ? withBookmarks(pendingAnchors(ctx), children, ctx) : children,
      ...(r === 0 ? breakBefore(ctx) : {}),
    });
  });
}

/**
 * Which logos go in which row (by index, in order, the first rows holding one
 * more when they don't divide evenly), the rows' height and the gap between
 * logos, in points: the fewest rows at which every row fits `width` with its
 * logos at least `minHeight` high, the gaps narrowing (down to 40% of
 * `minHeight`) before another row is taken; the logos then as high as they
 * fit, up to half as high again as `minHeight`.
 */
export function logoRows(aspects: readonly number[], width: number, minHeight: number): { rows: number[][]; height: number; gap: number } {
  const maxHeight = Math.max(minHeight * 1.5, 24);
  const gaps = { preferred: preferredGap(minHeight), least: minHeight * 0.4 };
  const n = aspects.length;
  let best: { rows: number[][]; height: number; gap: number } = { rows: [], height: 0, gap: gaps.preferred };
  for (let count = 1; count <= Math.max(1, n); count++) {
    const rows = split(n, count);
    const fit = (gap: number) => Math.min(...rows.map((row) => (width - gap * (row.length - 1)) / row.reduce((sum, i) => sum + aspects[i]!, 0)));
    // The widest gap, up to the preferred, at which every row still holds its logos at the least height.
    const widest = Math.min(...rows.map((row) => (row.length > 1 ? (width - minHeight * row.reduce((sum, i) => sum + aspects[i]!, 0)) / (row.length - 1) : gaps.preferred)));
    const gap = Math.max(gaps.least, Math.min(gaps.preferred, widest));
    const height = fit(gap);
    if (height > best.height || !best.rows.length) best = { rows, height, gap };
    if (height >= minHeight) return { rows, height: Math.min(height, maxHeight), gap };
  }
  // Not even one to a row fits: the widest logos are drawn lower (renderLogos keeps each within the body).
  return { rows: best.rows, height: Math.min(minHeight, maxHeight), gap: best.gap };
}

/** The gap between logos in a row, when there is room for it. */
function preferredGap(minHeight: number): number {
  return Math.max(12, minHeight * 0.75);
}

function split(n: number, count: number): number[][] {
  const rows: number[][] = [];
  const base = Math.floor(n / count);
  const extra = n % count;
  let next = 0;
  for (let r = 0; r < count; r++) {
    const size = base + (r < extra ? 1 : 0);
    rows.push(Array.from({ length: size }, (_, k) => next + k));
    next += size;
  }
  return rows.filter((row) => row.length);
}
