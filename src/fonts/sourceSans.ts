/**
 * The Source Sans 3 faces the documents are set in, from the source-sans npm
 * package (static TTFs, never system fonts): the one place that knows where
 * they are. The PDF embeds all six, Word the four it can name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Face = 'regular' | 'italic' | 'semibold' | 'semiboldItalic' | 'bold' | 'boldItalic';

const fileNames: Record<Face, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  semiboldItalic: 'SourceSans3-SemiboldIt.ttf',
  bold: 'SourceSans3-Bold.ttf',
  boldItalic: 'SourceSans3-BoldIt.ttf',
};

export const faces = Object.keys(fileNames) as Face[];

const ttfDir = join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');

/** Absolute path of a face's TTF file. */
export function fontFile(face: Face): string {
  return join(ttfDir, fileNames[face]);
}

const data = new Map<Face, Buffer>();

/** The face's TTF bytes, read once per process. */
export function fontData(face: Face): Buffer {
  let bytes = data.get(face);
  if (!bytes) {
    bytes = readFileSync(fontFile(face));
    data.set(face, bytes);
  }
  return bytes;
}
