/**
 * A chart in Word: its caption, the chart as an SVG picture with a PNG
 * fallback (for Word before 2016 and other readers) and its description as
 * alt text, then its data as a table. The picture is as large as the model
 * asks, scaled down to the body width.
 */
import { ImageRun, Paragraph, TextRun } from 'docx';
import type { Figure, Section } from '../../document/types.js';
import type { DocxContext } from './docxContext.js';
import { styleIds } from './docxStyles.js';
import { prepareFallbackPngs, svgFallbackPng } from './svgFallbackPng.js';
import { renderTable } from './renderTable.js';
import { pixels } from './units.js';
import type { WordBlock } from './renderBlocks.js';

/** The PNG beside a chart: twice its printed size (192 dpi). */
const FALLBACK_SCALE = 2;

export function renderFigure(figure: Figure, ctx: DocxContext): WordBlock[] {
  const transformation = figureSize(figure, ctx.bodyWidth);
  const picture = new ImageRun({
    type: 'svg',
    data: Buffer.from(figure.svg, 'utf8'),
    fallback: { type: 'png', data: svgFallbackPng(figure.svg, transformation.width, FALLBACK_SCALE) },
    transformation,
    altText: { name: figure.anchor, title: figure.caption, description: figure.alt },
  });
  return [
    new Paragraph({ style: styleIds.caption, children: [new TextRun(figure.caption)], ...(ctx.pageBreakBefore ? { pageBreakBefore: true } : {}) }),
    new Paragraph({ style: styleIds.figure, children: [picture] }),
    renderTable(figure.table, { ...ctx, pageBreakBefore: false }),
  ];
}

/** The picture's size in pixels: as large as the model asks, scaled down to the body width (in twips). */
function figureSize(figure: Figure, bodyWidth: number): { width: number; height: number } {
  const scale = Math.min(1, bodyWidth / 20 / figure.width);
  return { width: Math.round(pixels(figure.width * scale)), height: Math.round(pixels(figure.height * scale)) };
}

/** Draw the fallback PNGs of the document's charts side by side, before the writer asks for them one by one. */
export function prepareFigureFallbacks(sections: readonly Section[], bodyWidth: number): Promise<void> {
  const figures = sections.flatMap((s) => s.blocks.filter((b): b is Figure => b.type === 'figure'));
  return prepareFallbackPngs(figures.map((figure) => ({ svg: figure.svg, widthPx: figureSize(figure, bodyWidth).width, scale: FALLBACK_SCALE })));
}
