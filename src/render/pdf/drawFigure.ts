/**
 * A chart in the PDF: vector graphics drawn from its SVG (no image), tagged
 * as one Figure with its description as /Alt and its box, so a screen reader
 * reads the description and the text inside the chart is not read as loose
 * words.
 */
import type { Figure } from '../../document/types.js';
import { drawSvg } from './drawSvg.js';
import type { PdfContext } from './PdfContext.js';
import { structData } from './pdfkitInternals.js';

export function drawFigure(ctx: PdfContext, figure: Figure, x: number, y: number, scale: number): void {
  const { doc, model } = ctx;
  const element = doc.struct('Figure', { alt: figure.alt });
  ctx.section.add(element);
  const width = figure.width * scale;
  const height = figure.height * scale;
  // The box in PDF coordinates (from the bottom left), as PDF/UA asks of a Figure.
  structData(element).A = { O: 'Layout', Placement: 'Block', BBox: [x, model.page.height - y - height, x + width, model.page.height - y].map((v) => Math.round(v * 100) / 100) };
  element.add(doc.markStructureContent('Figure'));
  drawSvg(doc, ctx.fonts, figure.svg, { x, y, width: figure.width, height: figure.height, scale }, 'semibold');
  doc.endMarkedContent();
  element.end();
}
