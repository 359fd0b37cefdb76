/**
 * The document's fonts and their metrics. Parsing a TTF and shaping its words
 * cost far more than drawing, so the parsed fonts, the shaped words and the
 * word widths are kept for the whole process: the same TTF always gives the
 * same glyphs and widths. Words are shaped by HarfBuzz (Shaper), for what
 * pdfkit measures and draws alike. Each document still embeds its own subset.
 */
import { parseFont } from './fontkitInternals.js';
import { faces, fontData, type Face } from './pdfFonts.js';
import { internals, type EmbeddedFontInternals, type Pdf } from './pdfkitInternals.js';
import { Shaper } from './Shaper.js';

const MAX_CACHED = 200_000;
const widthCache = new Map<Face, Map<string, number>>(faces.map((f) => [f, new Map()]));
/** Parsed fonts (fontkit objects, which pdfkit accepts in place of font data), per face. */
const parsed = new Map<Face, unknown>();
/** Whether a face has a glyph for a code point ("face:cp"). */
const coverage = new Map<string, boolean>();
/** pdfkit's per-font cache of shaped words, shared by the documents. */
const shaped = new Map<Face, Record<string, unknown>>();
const shapers = new Map<Face, Shaper>();

/** The face as a font source for pdfkit: parsed once, then reused. */
export function fontSource(face: Face): unknown {
  let font = parsed.get(face);
  if (!font) parsed.set(face, (font = parseFont(face, fontData(face))));
  return font;
}

export class FontSet {
  private readonly fonts = {} as Record<Face, EmbeddedFontInternals>;
  /** The name pdfkit knows each face by. */
  private readonly names = {} as Record<Face, string>;

  /** `doc` was created with fontSource('regular') as its font. */
  constructor(private readonly doc: Pdf) {
    for (const face of faces) {
      // The regular face is the document's default font already: pdfkit knows it by its PostScript name.
      if (face === 'regular') {
        this.names.regular = internals(doc)._font.name;
      } else {
        doc.registerFont(face, fontSource(face) as Buffer);
        this.names[face] = face;
      }
      doc.font(this.names[face]);
      const font = internals(doc)._font;
      let cache = shaped.get(face);
      if (!cache || Object.keys(cache).length > MAX_CACHED) shaped.set(face, (cache = Object.create(null) as Record<string, unknown>));
      font.layoutCache = cache;
      let shaper = shapers.get(face);
      if (!shaper) shapers.set(face, (shaper = new Shaper(fontData(face))));
      font.layoutRun = (text) => shaper.run(text);
      this.fonts[face] = font;
    }
    doc.font(this.names.regular);
  }

  /** The name to select the face with in pdfkit (e.g. for svg-to-pdfkit's font callback). */
  fontName(face: Face): string {
    return this.names[face];
  }

  /** Width of the text in points at the given size. */
  width(face: Face, text: string, size: number): number {
    const cache = widthCache.get(face)!;
    let unit = cache.get(text);
    if (unit === undefined) {
      // pdfkit shapes and caches drawn text word by word, each with its
      // following space ("word "). Measuring the same key, less the space
      // (Source Sans does not kern against the space), shapes each word once.
      const font = this.fonts[face];
      unit = /\s$/.test(text) || !text ? font.widthOfString(text, 1) : oneWord(font, `${text} `) - this.spaceWidth(face);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(text, unit);
    }
    return unit * size;
  }

  private spaceWidth(face: Face): number {
    return this.width(face, ' ', 1);
  }

  /**
   * The text with every character the face has no glyph for replaced by '?':
   * a missing glyph would be drawn as .notdef, which PDF/A forbids and which
   * reads back as nothing.
   */
  drawable(face: Face, text: string): string {
    if (/^[\x20-\x7e]*$/.test(text)) return text;
    const font = this.fonts[face].font;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const key = `${face}:${cp}`;
      let ok = coverage.get(key);
      if (ok === undefined) coverage.set(key, (ok = cp === 0x0a || cp === 0x09 || font.hasGlyphForCodePoint(cp)));
      out += ok ? ch : '?';
    }
    return out;
  }

  /** Distance from baseline to the top of the font's ascent, in points. */
  ascent(face: Face, size: number): number {
    return (this.fonts[face].ascender / 1000) * size;
  }

  /** Distance from baseline down to the font's descent (positive), in points. */
  descent(face: Face, size: number): number {
    return (-this.fonts[face].descender / 1000) * size;
  }

  xHeight(face: Face, size: number): number {
    return (this.fonts[face].xHeight / 1000) * size;
  }

  /** Select the face and size for drawing. */
  use(face: Face, size: number): void {
    this.doc.font(this.names[face]).fontSize(size);
  }
}

/**
 * font.widthOfString(word, 1) for a word and its following space, the same
 * number: pdfkit's layout cuts the text after each space and adds up the
 * pieces' runs; a single piece is its run, which comes from the same cache.
 * Text with a space or tab inside takes pdfkit's way.
 */
function oneWord(font: EmbeddedFontInternals, text: string): number {
  return /[ \t]./.test(text) ? font.widthOfString(text, 1) : font.layoutCached(text).advanceWidth * (1 / 1000);
}
