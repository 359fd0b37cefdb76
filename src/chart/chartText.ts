/**
 * Widths of chart text in Source Sans 3, the face the charts are set in
 * (Vega itself measures with a canvas, or guesses from the number of
 * characters): axis labels, legends and bar labels are placed for the glyphs
 * the documents draw. HarfBuzz shapes each piece of text once per process.
 */
import { Blob, Buffer as ShapingBuffer, Direction, Face, Font, shape } from 'harfbuzzjs';
import { fontData, type Face as FaceName } from '../fonts/sourceSans.js';

interface Measurer {
  font: Font;
  upem: number;
  cache: Map<string, number>;
}

const measurers = new Map<FaceName, Measurer>();
const buffer = new ShapingBuffer();

function measurer(face: FaceName): Measurer {
  let m = measurers.get(face);
  if (!m) {
    const hbFace = new Face(new Blob(fontData(face)));
    measurers.set(face, (m = { font: new Font(hbFace), upem: hbFace.upem, cache: new Map() }));
  }
  return m;
}

/** The face a chart's text item is drawn in: semibold from weight 600 (the documents have no other bold in charts). */
export function chartFace(weight: string | number | undefined): FaceName {
  const n = weight === 'bold' ? 700 : Number(weight);
  return Number.isFinite(n) && n >= 600 ? 'semibold' : 'regular';
}

/** Width in points (SVG user units) of `text` at `size`. */
export function textWidth(text: string, size: number, face: FaceName): number {
  const m = measurer(face);
  let units = m.cache.get(text);
  if (units === undefined) {
    buffer.clearContents();
    buffer.addText(text);
    buffer.setDirection(Direction.LTR);
    buffer.setScript('Latn');
    buffer.setLanguage('nl');
    shape(m.font, buffer);
    units = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0) / m.upem;
    if (m.cache.size > 10_000) m.cache.clear();
    m.cache.set(text, units);
  }
  return units * size;
}
