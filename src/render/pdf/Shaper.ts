/**
 * Text shaping with HarfBuzz (harfbuzzjs) for pdfkit. pdfkit shapes each word
 * it measures or draws with fontkit, which costs most of a first render;
 * HarfBuzz gives the same glyphs and kerning about five times faster. FontSet
 * hands pdfkit's fonts this shaper's runs in place of their own.
 */
import { Blob, Buffer as ShapingBuffer, Direction, Face, Font, shape } from 'harfbuzzjs';

/** A glyph as pdfkit reads it: id, advance in font units, the characters it shows (for text extraction). */
export interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** Position in thousandths of an em, as pdfkit keeps them; advanceWidth is the glyph's own advance, before kerning. */
export interface ShapedPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

export interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: ShapedPosition[];
  /** Sum of the advances, in thousandths of an em. */
  advanceWidth: number;
}

/** The documents are Dutch: the language picks the font's Dutch forms, and is fixed so no machine setting can change them. */
const LANGUAGE = 'nl';

export class Shaper {
  private readonly font: Font;
  private readonly buffer = new ShapingBuffer();
  private readonly scale: number;

  constructor(ttf: Uint8Array) {
    const face = new Face(new Blob(ttf));
    this.font = new Font(face);
    this.scale = 1000 / face.upem;
  }

  /** Shape one piece of text (pdfkit asks per word, with its following space). */
  run(text: string): ShapedRun {
    const { buffer, scale } = this;
    buffer.clearContents();
    buffer.addText(text);
    buffer.setDirection(Direction.LTR);
    buffer.setScript('Latn');
    buffer.setLanguage(LANGUAGE);
    shape(this.font, buffer);
    const infos = buffer.getGlyphInfos();
    const placed = buffer.getGlyphPositions();

    // Clusters are UTF-16 offsets: a glyph shows the characters from its cluster to the next one (a ligature
    // several); the later glyphs of one cluster show none.
    const ends: number[] = [];
    for (let i = infos.length - 1, end = text.length; i >= 0; i--) {
      if (i + 1 < infos.length && infos[i + 1]!.cluster !== infos[i]!.cluster) end = infos[i + 1]!.cluster;
      ends[i] = end;
    }
    const glyphs: ShapedGlyph[] = [];
    const positions: ShapedPosition[] = [];
    let advanceWidth = 0;
    infos.forEach((info, i) => {
      const first = i === 0 || infos[i - 1]!.cluster !== info.cluster;
      const codePoints = first ? [...text.slice(info.cluster, ends[i])].map((ch) => ch.codePointAt(0)!) : [];
      const own = this.font.glyphHAdvance(info.codepoint);
      const p = placed[i]!;
      glyphs.push({ id: info.codepoint, advanceWidth: own, codePoints });
      positions.push({ xAdvance: p.xAdvance * scale, yAdvance: p.yAdvance * scale, xOffset: p.xOffset * scale, yOffset: p.yOffset * scale, advanceWidth: own * scale });
      advanceWidth += p.xAdvance * scale;
    });
    return { glyphs, positions, advanceWidth };
  }
}
