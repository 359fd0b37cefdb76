/**
 * The Source Sans 3 faces the PDF is set in, from the source-sans npm package
 * (static TTFs, never system fonts). pdfkit embeds and subsets them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Mark } from '../../document/types.js';

export type Face = 'regular' | 'italic' | 'semibold' | 'semiboldItalic' | 'bold' | 'boldItalic';

const files: Record<Face, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  semiboldItalic: 'SourceSans3-SemiboldIt.ttf',
  bold: 'SourceSans3-Bold.ttf',
  boldItalic: 'SourceSans3-BoldIt.ttf',
};

export const faces = Object.keys(files) as Face[];

const ttfDir = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');
const data = new Map<Face, Buffer>();

/** The face's TTF bytes, read once per process. */
export function fontData(face: Face): Buffer {
  let bytes = data.get(face);
  if (!bytes) {
    bytes = readFileSync(join(ttfDir, files[face]));
    data.set(face, bytes);
  }
  return bytes;
}

/** The face for a run's marks on top of a base face (semibold headers stay semibold unless bold). */
export function faceFor(base: Face, marks: readonly Mark[]): Face {
  const bold = marks.includes('bold');
  const italic = marks.includes('italic') || base === 'italic' || base === 'semiboldItalic' || base === 'boldItalic';
  const weight = bold || base === 'bold' || base === 'boldItalic' ? 'bold' : base === 'semibold' || base === 'semiboldItalic' ? 'semibold' : 'regular';
  if (weight === 'regular') return italic ? 'italic' : 'regular';
  return italic ? `${weight}Italic` : weight;
}
