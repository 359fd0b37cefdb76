/**
 * One party logo at a position and scale: a PNG as an image XObject, an SVG
 * as vectors (drawSvg), its text set in our embedded faces.
 */
import type { Logo } from '../../document/types.js';
import type { FontSet } from './FontSet.js';
import type { Pdf } from './pdfkitInternals.js';
import { drawSvg } from './drawSvg.js';

/** Draw the logo with its top left corner at (x, y), `scale` points per logo unit. */
export function drawLogo(doc: Pdf, fonts: FontSet, logo: Logo, x: number, y: number, scale: number): void {
  if (logo.format === 'png') {
    doc.image(logo.data, x, y, { width: logo.width * scale, height: logo.height * scale });
    return;
  }
  drawSvg(doc, fonts, logo.data.toString('utf8'), { x, y, width: logo.width, height: logo.height, scale });
}
