/**
 * A Logos block: the parties' logos in one or two centred rows (more only
 * when two rows cannot hold them at the least height), every logo of a row
 * equally high and never lower than the block's `minHeight`. Each logo is a
 * Figure with the party's name as its alternative text.
 */
import type { Logo } from '../../document/types.js';
import { drawLogo } from './drawLogo.js';
import type { PdfContext } from './PdfContext.js';

/** Space between logos in a row and between the rows, as a share of the logos' height. */
const GAP = 0.5;
const ROW_GAP = 0.45;
/** Logos grow to at most this multiple of the least height: a cover of three parties stays sober. */
const MAX_GROWTH = 2;

export interface LogoRow {
  logos: Logo[];
  /** Height of every logo in the row, and the row's width at that height. */
  height: number;
  width: number;
}

export interface MeasuredLogos {
  rows: LogoRow[];
  height: number;
}

const aspect = (logo: Logo) => logo.width / Math.max(logo.height, 1e-6);

/** The tallest height each row of `rows` consecutive logos can have in `width`, with the best split. */
function bestSplit(logos: readonly Logo[], rows: number, width: number): { height: number; breaks: number[] } {
  const n = logos.length;
  // Height of logos [i, j) in one row: the width divided by their aspects plus the gaps.
  const rowHeight = (i: number, j: number) => {
    let sum = GAP * (j - i - 1);
    for (let k = i; k < j; k++) sum += aspect(logos[k]!);
    return width / sum;
  };
  // best[r][j]: the tallest common height of logos [0, j) in r rows, and where the last row starts.
  const best: { height: number; from: number }[][] = [[{ height: Infinity, from: 0 }, ...Array.from({ length: n }, () => ({ height: -1, from: 0 }))]];
  for (let r = 1; r <= rows; r++) {
    const row = [{ height: -1, from: 0 }];
    for (let j = 1; j <= n; j++) {
      let top = { height: -1, from: 0 };
      for (let i = r - 1; i < j; i++) {
        const before = best[r - 1]![i]!.height;
        if (before < 0) continue;
        const h = Math.min(before, rowHeight(i, j));
        // Ties: the earlier row takes the extra logo.
        if (h > top.height + 1e-9) top = { height: h, from: i };
      }
      row.push(top);
    }
    best.push(row);
  }
  const breaks: number[] = [];
  for (let r = rows, j = n; r > 0; r--) {
    const from = best[r]![j]!.from;
    breaks.unshift(from);
    j = from;
  }
  return { height: best[rows]![n]!.height, breaks };
}

export function measureLogos(logos: readonly Logo[], minHeight: number, width: number): MeasuredLogos {
  if (!logos.length) return { rows: [], height: 0 };
  const maxHeight = MAX_GROWTH * minHeight;
  // One or two rows, whichever shows the logos larger (fewer rows on a tie); more only when needed to reach the least height.
  let choice: { rows: number; height: number; breaks: number[] } | undefined;
  for (let rows = 1; rows <= logos.length; rows++) {
    const split = bestSplit(logos, rows, width);
    const height = Math.min(split.height, maxHeight);
    if (!choice || height > choice.height + 1e-6) choice = { rows, height, breaks: split.breaks };
    if (rows >= 2 && choice.height >= minHeight - 1e-6) break;
  }
  const { height, breaks } = choice!;
  const rows: LogoRow[] = breaks.map((from, r) => {
    const row = logos.slice(from, breaks[r + 1] ?? logos.length);
    // A logo too wide for the page even alone is narrowed to the width (and so lower).
    const h = Math.min(height, ...row.map((l) => width / aspect(l)));
    return { logos: row, height: h, width: row.reduce((w, l) => w + aspect(l) * h, 0) + GAP * h * (row.length - 1) };
  });
  const total = rows.reduce((sum, row, r) => sum + row.height + (r > 0 ? ROW_GAP * height : 0), 0);
  return { rows, height: total };
}

/** Draw the rows centred in the flow's width, at the flow's position (which has room for all of them). */
export function drawLogoRows(ctx: PdfContext, m: MeasuredLogos): void {
  const { doc, flow, fonts } = ctx;
  let y = flow.start();
  m.rows.forEach((row, r) => {
    if (r > 0) y += ROW_GAP * m.rows[0]!.height;
    let x = flow.left + (flow.width - row.width) / 2;
    for (const logo of row.logos) {
      const w = aspect(logo) * row.height;
      // pdfkit writes the Layout attributes (BBox, Placement) its typings do not list.
      const figure = doc.struct('Figure', { alt: logo.name, bbox: [x, y, x + w, y + row.height], placement: 'Block' } as PDFKit.Mixins.StructureElementOptions);
      ctx.section.add(figure);
      figure.add(doc.markStructureContent('Figure'));
      drawLogo(doc, fonts, logo, x, y, row.height / logo.height);
      doc.endMarkedContent();
      figure.end();
      x += w + GAP * row.height;
    }
    y += row.height;
  });
  flow.y = y;
}
