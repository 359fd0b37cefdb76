/**
 * A chart in Word: its caption, the chart as an SVG picture with a PNG
 * fallback (for Word before 2016 and other readers) and its description as
 * alt text, then its data as a table. The picture is as large as the model
 * asks, scaled down to the body width.
 */
import { ImageRun, Paragraph, TextRun } from 'docx';
import type { Figure } from '../../document/types.js';
import type { DocxContext } from './docxContext.js';
import { styleIds } from './docxStyles.js';
import { svgFallbackPng } from './logoFallbackPng.js';
import { renderTable } from './renderTable.js';
import { pixels } from './units.js';
import type { WordBlock } from './renderBlocks.js';

export function renderFigure(figure: Figure, ctx: DocxContext): WordBlock[] {
  // The body width in points (ctx has it in twips).
  const scale = Math.min(1, ctx.bodyWidth / 20 / figure.width);
  const transformation = { width: Math.round(pixels(figure.width * scale)), height: Math.round(pixels(figure.height * scale)) };
  const picture = new ImageRun({
    type: 'svg',
    data: Buffer.from(figure.svg, 'utf8'),
    fallback: { type: 'png', data: svgFallbackPng(figure.svg, transformation.width, 2) },
    transformation,
    altText: { name: figure.anchor, title: figure.caption, description: figure.alt },
  });
  return [
    new Paragraph({ style: styleIds.caption, children: [new TextRun(figure.caption)], ...(ctx.pageBreakBefore ? { pageBreakBefore: true } : {}) }),
    new Paragraph({ style: styleIds.figure, children: [picture] }),
    renderTable(figure.table, { ...ctx, pageBreakBefore: false }),
  ];
}
