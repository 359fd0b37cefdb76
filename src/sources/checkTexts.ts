/**
 * Every text a document shows must come out as written. Control characters,
 * unpaired surrogates and Unicode line or paragraph separators are errors
 * (they show as nothing, or break lines where nobody sees a break in the
 * source), and so is a character the embedded fonts cannot draw: the PDF
 * would print it as a box or "?" while Word, with the system's fonts, shows
 * it, and the signed document would differ from the one read.
 */
import { precomputedAsync } from '../fonts/precomputed.js';
import { faces, fontData } from '../fonts/sourceSans.js';
import type { DiagnosticList, PathSegment } from './diagnostics.js';

/** Fields that name files or ids, not text a document shows. */
const notShown = new Set(['logo', 'previous', 'id', 'kader', 'party', 'trekker', 'layout', 'orientation']);

interface Found {
  file: string;
  path: PathSegment[];
  codePoint: number;
}

/** Collects the texts' problems now, and the characters to look up in the fonts (`finish`). */
export class TextChecker {
  private readonly unusual: Found[] = [];

  constructor(private readonly list: DiagnosticList) {}

  /** Check every string in `value` (the data as the source wrote it). */
  check(file: string, value: unknown): void {
    const stack: [unknown, PathSegment[]][] = [[value, []]];
    while (stack.length) {
      const [v, path] = stack.pop()!;
      if (typeof v === 'string') {
        this.checkString(file, path, v);
      } else if (Array.isArray(v)) {
        v.forEach((item, i) => stack.push([item, [...path, i]]));
      } else if (v && typeof v === 'object') {
        for (const [key, item] of Object.entries(v)) stack.push([item, [...path, key]]);
      }
    }
  }

  private checkString(file: string, path: PathSegment[], text: string): void {
    const field = [...path].reverse().find((p) => typeof p === 'string');
    const shown = !notShown.has(String(field)) && !path.includes('trekker');
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
        if (shown) this.unusual.push({ file, path, codePoint: text.codePointAt(i)! });
        i++;
      } else if (code >= 0xd800 && code <= 0xdfff) {
        this.list.add(file, path, `bevat een ongeldig teken (een losse helft van een surrogaatpaar, ${hex(code)}) op positie ${i + 1}; typ het teken opnieuw`);
      } else if (code === 0x2028 || code === 0x2029) {
        this.list.add(file, path, `bevat een Unicode-${code === 0x2028 ? 'regel' : 'alinea'}scheidingsteken (${hex(code)}) op positie ${i + 1}; gebruik een gewone regelovergang`);
      } else if ((code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code < 0xa0)) {
        this.list.add(file, path, `bevat een stuurteken (${hex(code)}) op positie ${i + 1}, dat geen document kan tonen`);
      } else if (shown && !surelyDrawn(code)) {
        this.unusual.push({ file, path, codePoint: code });
      }
    }
  }

  /** Look the unusual characters up in the fonts (loads HarfBuzz only when there are any). */
  async finish(): Promise<void> {
    if (!this.unusual.length) return;
    const drawable = await fontCoverage();
    const reported = new Set<string>();
    for (const { file, path, codePoint } of this.unusual) {
      const key = `${file}|${path.join('.')}|${codePoint}`;
      if (drawable.has(codePoint) || reported.has(key)) continue;
      reported.add(key);
      this.list.add(file, path, `het teken ${hex(codePoint)} (${String.fromCodePoint(codePoint)}) staat niet in het lettertype Source Sans 3 en kan niet in de PDF worden getoond; laat het weg of vervang het`);
    }
  }
}

/** Latin-1 and Latin Extended-A, which Source Sans 3 covers completely, without asking the fonts. */
export function surelyDrawn(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0x17f) || code === 0x0a || code === 0x09;
}

let coverage: Promise<Set<number>> | undefined;

/** The characters every face of the PDF can draw (precomputed by the build from the same fonts, else asked of HarfBuzz). */
export function fontCoverage(): Promise<Set<number>> {
  coverage ??= (async () => {
    const fonts = faces.map(fontData);
    // The code points, ascending, 4 bytes each (little-endian).
    const made = await precomputedAsync('coverage', fonts, async () => {
      const codePoints = await commonCodePoints(fonts);
      const bytes = Buffer.alloc(codePoints.length * 4);
      codePoints.forEach((cp, i) => bytes.writeUInt32LE(cp, i * 4));
      return bytes;
    });
    const bytes = Buffer.from(made.buffer, made.byteOffset, made.byteLength);
    const drawable = new Set<number>();
    for (let at = 0; at < bytes.length; at += 4) drawable.add(bytes.readUInt32LE(at));
    return drawable;
  })();
  return coverage;
}

async function commonCodePoints(fonts: readonly Uint8Array[]): Promise<number[]> {
  const { Blob, Face } = await import('harfbuzzjs');
  let common: Set<number> | undefined;
  for (const font of fonts) {
    const unicodes = new Set(new Face(new Blob(font), 0).collectUnicodes());
    common = common ? new Set([...common].filter((c) => unicodes.has(c))) : unicodes;
  }
  return [...(common ?? [])].sort((a, b) => a - b);
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
