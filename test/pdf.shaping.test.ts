/**
 * The PDF's words are shaped by HarfBuzz in place of pdfkit's own fontkit
 * shaping: both must give the same glyphs, the same kerned positions and the
 * same characters per glyph (which text extraction and copy-paste read).
 */
import { describe, expect, it } from 'vitest';
import { faces, fontData } from '../src/render/pdf/pdfFonts.js';
import { Shaper } from '../src/render/pdf/Shaper.js';
import { readSeed } from './helpers/seed.js';

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FontkitRun {
  glyphs: FontkitGlyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}
type FontkitFont = { layout(text: string): FontkitRun; unitsPerEm: number };
// fontkit (pdfkit's own shaper) ships no types: the little used here is typed above.
const fontkit = (await import('fontkit' as string)) as { create(data: Uint8Array): unknown };

// Ligatures (fi, fl, ff), kerning pairs (Te, AV, Wo, "f."), Dutch accents and ij, digits, currency and dashes.
const samples = ['financiële', 'afflux', 'efficiënt', 'Tevens', 'AVG-toets', 'Woningcorporaties', 'ﬁ', 'f.', 'één', 'ijverig', 'IJsselmeer', '€ 1.000,–', '2022–2026', '“Housing First”', 'co-creatie', 'naïef'];

describe('PDF text shaping', () => {
  for (const face of faces) {
    it(`gives fontkit's glyphs, positions and characters (${face})`, () => {
      const reference = fontkit.create(fontData(face)) as FontkitFont;
      const shaper = new Shaper(fontData(face));
      const scale = 1000 / reference.unitsPerEm;
      const words = [...samples, ...new Set(readSeed().text.split(/\s+/).filter(Boolean).slice(0, 400))];
      for (const word of words.map((w) => `${w} `)) {
        const expected = reference.layout(word);
        const actual = shaper.run(word);
        expect(actual.glyphs.map((g) => g.id), word).toEqual(expected.glyphs.map((g) => g.id));
        expect(actual.glyphs.map((g) => g.advanceWidth), word).toEqual(expected.glyphs.map((g) => g.advanceWidth));
        expect(actual.glyphs.map((g) => g.codePoints), word).toEqual(expected.glyphs.map((g) => g.codePoints));
        expect(actual.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]), word).toEqual(
          expected.positions.map((p) => [p.xAdvance * scale, p.yAdvance * scale, p.xOffset * scale, p.yOffset * scale]),
        );
        expect(actual.advanceWidth, word).toBeCloseTo(expected.advanceWidth * scale, 6);
      }
    });
  }

  it('gives a ligature all the characters it shows', () => {
    const shaper = new Shaper(fontData('regular'));
    const run = shaper.run('officieel');
    expect(run.glyphs.flatMap((g) => g.codePoints).map((c) => String.fromCodePoint(c)).join('')).toBe('officieel');
    expect(run.glyphs.length).toBeLessThan('officieel'.length);
  });
});
