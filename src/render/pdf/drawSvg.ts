/**
 * An SVG drawn as PDF vector graphics (svg-to-pdfkit): logos and charts. Its
 * text is set in the document's embedded faces, never a standard font (which
 * PDF/A would refuse): bold and semibold weights in the semibold face.
 */
import { createRequire } from 'node:module';
import { typography } from '../../document/typography.js';
import type { FontSet } from './FontSet.js';
import type { Pdf } from './pdfkitInternals.js';

type SvgToPdf = (doc: Pdf, svg: string, x: number, y: number, options: object) => void;

let svgToPdf: SvgToPdf | undefined;

/** Draw `svg` (its own size `width` x `height`) with its top left at x, y, scaled by `scale`. */
export function drawSvg(doc: Pdf, fonts: FontSet, svg: string, box: { x: number; y: number; width: number; height: number; scale: number }, bold: 'bold' | 'semibold' = 'bold'): void {
  svgToPdf ??= createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;
  doc.save().translate(box.x, box.y).scale(box.scale);
  svgToPdf(doc, svg, 0, 0, {
    width: box.width,
    height: box.height,
    assumePt: true,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family: string, isBold: boolean, italic: boolean): string =>
      fonts.fontName(isBold ? (italic ? `${bold}Italic` : bold) : italic ? 'italic' : 'regular'),
    warningCallback: () => undefined,
  });
  doc.restore();
  // svg-to-pdfkit leaves its last font selected.
  fonts.use('regular', typography.body.size);
}
