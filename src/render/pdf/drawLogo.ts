/**
 * One party logo at a position and scale: a PNG as an image XObject, an SVG
 * as vectors (svg-to-pdfkit), its text set in our embedded faces.
 */
import { createRequire } from 'node:module';
import type { Logo } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import type { FontSet } from './FontSet.js';
import type { Pdf } from './pdfkitInternals.js';

type SvgToPdf = (doc: Pdf, svg: string, x: number, y: number, options: object) => void;

/** Draw the logo with its top left corner at (x, y), `scale` points per logo unit. */
export function drawLogo(doc: Pdf, fonts: FontSet, logo: Logo, x: number, y: number, scale: number): void {
  if (logo.format === 'png') {
    doc.image(logo.data, x, y, { width: logo.width * scale, height: logo.height * scale });
    return;
  }
  const svgToPdf = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;
  doc.save().translate(x, y).scale(scale);
  svgToPdf(doc, logo.data.toString('utf8'), 0, 0, {
    width: logo.width,
    height: logo.height,
    assumePt: true,
    preserveAspectRatio: 'xMidYMid meet',
    // Logo text is set in our embedded faces, never a standard font.
    fontCallback: (_family: string, bold: boolean, italic: boolean): string => fonts.fontName(bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular'),
    warningCallback: () => undefined,
  });
  doc.restore();
  fonts.use('regular', typography.body.size);
}
