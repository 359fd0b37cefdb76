/**
 * Source Sans 3 embedded in the file (Regular, Bold, Italic, Bold Italic), so
 * Word and LibreOffice set the document in its own font on any machine.
 *
 * docx writes the font table, relationships and content types for embedded
 * fonts, but draws a random key for each font file, which would make every
 * render differ. So docx gets tiny placeholder faces, and the package step
 * puts in the real faces, obfuscated with fixed keys. The obfuscated and
 * deflated faces are the same for every render, so they are made once per
 * process: deflating 1.2 MB of fonts would otherwise be most of a render's time.
 */
import { createHash } from 'node:crypto';
import type { IPropertiesOptions } from 'docx';
import { typography } from '../../document/typography.js';
import { precomputed } from '../../fonts/precomputed.js';
import { fontData, type Face } from '../../fonts/sourceSans.js';
import { deflateEntry, type ZipEntry } from './writeZip.js';

const placeholder = Buffer.alloc(32);

/** The `fonts` option for docx: all four faces, as placeholders. */
export function placeholderFonts(): NonNullable<IPropertiesOptions['fonts']> {
  return [{ name: typography.fontFamily, data: placeholder, bold: placeholder, italic: placeholder, boldItalic: placeholder }];
}

/** Font table element -> face. */
export const embedElements: Record<string, Face> = {
  embedRegular: 'regular',
  embedBold: 'bold',
  embedItalic: 'italic',
  embedBoldItalic: 'boldItalic',
};

export interface EmbeddedFace {
  /** Obfuscation key, as Word writes it: "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}". */
  fontKey: string;
  /** The .odttf file (the TTF with its first 32 bytes XORed with the key), deflated for the zip. */
  zipEntry: (name: string) => ZipEntry;
}

const faces = new Map<Face, EmbeddedFace>();

export function embeddedFace(face: Face): EmbeddedFace {
  let embedded = faces.get(face);
  if (!embedded) {
    // A fixed key per face: derived from the face's name, so it never changes between renders.
    const hex = createHash('sha256').update(`jaarschijf ${typography.fontFamily} ${face}`).digest('hex').slice(0, 32).toUpperCase();
    const fontKey = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
    const ttf = fontData(face);
    // The part's CRC-32 (4 bytes, little-endian), then its deflated bytes.
    const made = precomputed(`odttf-${face}`, ttf, () => {
      const entry = deflateEntry('', obfuscate(ttf, hex));
      const out = new Uint8Array(4 + entry.data.length);
      new DataView(out.buffer).setUint32(0, entry.crc, true);
      out.set(entry.data, 4);
      return out;
    });
    const crc = new DataView(made.buffer, made.byteOffset, 4).getUint32(0, true);
    const data = made.subarray(4);
    embedded = { fontKey, zipEntry: (name) => ({ name, data, method: 'deflate', crc, size: ttf.length }) };
    faces.set(face, embedded);
  }
  return embedded;
}

/** Make every face ready ahead of a render (a worker thread does this while the source loads). */
export function prepareEmbeddedFaces(): void {
  for (const face of Object.values(embedElements)) embeddedFace(face);
}

/** ECMA-376 part 2, 12.3.2 (font embedding): XOR the first 32 bytes with the key's bytes, read from its end. */
function obfuscate(ttf: Uint8Array, hex: string): Uint8Array {
  const key = (hex.match(/../g) ?? []).map((byte) => Number.parseInt(byte, 16)).reverse();
  const out = Uint8Array.from(ttf);
  for (let i = 0; i < 32; i++) out[i] = out[i]! ^ key[i % key.length]!;
  return out;
}
