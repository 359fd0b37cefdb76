/**
 * Text as vector outlines, for the signature appearance. The appearance is
 * added in an incremental update of a PDF/A-2a document; a font there must be
 * embedded with widths, a ToUnicode map and a CIDSet that agree with the
 * subset, which nothing in the update could check against the renderer's own
 * subsets. Glyph outlines need no font at all, so the update cannot break the
 * PDF/A claim, and they are the same Source Sans 3 glyphs, shaped by the same
 * HarfBuzz, as the rest of the document. The signer's name, time and reason
 * are also in the signature dictionary, where readers and verifiers take
 * them from.
 */
import { Blob, DrawFuncs, Face, Font, Buffer as ShapingBuffer, Direction, shape } from 'harfbuzzjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The faces the appearance uses, as CFF (OTF) fonts: cubic outlines, a third fewer points than the TTFs' quadratic ones. */
export type FontFace = 'regular' | 'semibold';
const files: Record<FontFace, string> = { regular: 'SourceSans3-Regular.otf', semibold: 'SourceSans3-Semibold.otf' };
const otfDir = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'OTF');

interface LoadedFont {
  font: Font;
  upem: number;
}

const fonts = new Map<FontFace, LoadedFont>();
const buffer = new ShapingBuffer();

function load(face: FontFace): LoadedFont {
  let loaded = fonts.get(face);
  if (!loaded) {
    const hbFace = new Face(new Blob(readFileSync(join(otfDir, files[face]))));
    loaded = { font: new Font(hbFace), upem: hbFace.upem };
    fonts.set(face, loaded);
  }
  return loaded;
}

interface Glyph {
  id: number;
  x: number;
  y: number;
}

/** Glyphs of one line, positioned in font units from the line's origin, and its advance. */
function shapeLine(face: FontFace, text: string): { glyphs: Glyph[]; advance: number } {
  const { font } = load(face);
  buffer.clearContents();
  buffer.addText(text);
  buffer.setDirection(Direction.LTR);
  buffer.setScript('Latn');
  buffer.setLanguage('nl');
  shape(font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const glyphs: Glyph[] = [];
  let pen = 0;
  infos.forEach((info, i) => {
    const p = positions[i]!;
    glyphs.push({ id: info.codepoint, x: pen + p.xOffset, y: p.yOffset });
    pen += p.xAdvance;
  });
  return { glyphs, advance: pen };
}

/** Width of a line of text at a size, in points. */
export function textWidth(face: FontFace, text: string, size: number): number {
  return (shapeLine(face, text).advance * size) / load(face).upem;
}

/**
 * PDF operators that fill the line's glyph outlines, with the baseline's left
 * end at (x, y). The path is in font units (whole numbers: a thousandth of an
 * em is finer than any printer) under one scaling, which keeps the stream
 * small. Quadratic curves (TrueType) become cubic ones, the only kind PDF has.
 */
export function textOutline(face: FontFace, text: string, size: number, x: number, y: number): string {
  const { font, upem } = load(face);
  const ops: string[] = [];
  let currentX = 0;
  let currentY = 0;
  const point = (gx: number, gy: number) => `${Math.round(gx)} ${Math.round(gy)}`;
  const draw = new DrawFuncs();
  draw.setMoveToFunc((gx, gy) => {
    ops.push(`${point(gx, gy)} m`);
    [currentX, currentY] = [gx, gy];
  });
  draw.setLineToFunc((gx, gy) => {
    ops.push(`${point(gx, gy)} l`);
    [currentX, currentY] = [gx, gy];
  });
  draw.setQuadraticToFunc((cx, cy, gx, gy) => {
    const c1 = point(currentX + ((cx - currentX) * 2) / 3, currentY + ((cy - currentY) * 2) / 3);
    const c2 = point(gx + ((cx - gx) * 2) / 3, gy + ((cy - gy) * 2) / 3);
    ops.push(`${c1} ${c2} ${point(gx, gy)} c`);
    [currentX, currentY] = [gx, gy];
  });
  draw.setCubicToFunc((c1x, c1y, c2x, c2y, gx, gy) => {
    ops.push(`${point(c1x, c1y)} ${point(c2x, c2y)} ${point(gx, gy)} c`);
    [currentX, currentY] = [gx, gy];
  });
  draw.setClosePathFunc(() => ops.push('h'));
  // Each glyph in its own coordinates (numbers of three digits at most), moved along the line.
  let pen = { x: 0, y: 0 };
  for (const glyph of shapeLine(face, text).glyphs) {
    const before = ops.length;
    ops.push('');
    font.drawGlyph(glyph.id, draw);
    if (ops.length === before + 1) {
      ops.pop();
      continue;
    }
    ops[before] = `1 0 0 1 ${Math.round(glyph.x - pen.x)} ${Math.round(glyph.y - pen.y)} cm`;
    ops.push('f');
    pen = { x: Math.round(glyph.x), y: Math.round(glyph.y) };
  }
  if (!ops.length) return '';
  const scale = num4(size / upem);
  return `q ${scale} 0 0 ${scale} ${num(x)} ${num(y)} cm\n${ops.join('\n')}\nQ`;
}

function num4(n: number): string {
  return n.toFixed(4).replace(/\.?0+$/, '');
}

/** A number for a content stream: two decimals at most, no trailing zeros. */
export function num(n: number): string {
  const s = n.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
