/**
 * What the build precomputes from the fonts (dist/precomputed/, made by
 * test/globalSetup.ts as by npm run build) is what a run would make itself,
 * and is used only for the very files it was made from. The Word package's
 * font parts are checked through the CLI in docxDocument.test.ts.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it, vi } from 'vitest';
import { precomputed } from '../src/fonts/precomputed.js';
import { faces, fontData } from '../src/fonts/sourceSans.js';
import { dutchHyphenator } from '../src/render/pdf/hyphenation.js';
import { fontCoverage } from '../src/sources/checkTexts.js';
import { repoRoot } from './helpers/cli.js';

describe('precomputed font data', () => {
  it('the characters all six faces can draw are the ones HarfBuzz reads from them', async () => {
    expect(existsSync(join(repoRoot, 'dist/precomputed/coverage'))).toBe(true);
    const perFace = faces.map((face) => new Set(new Face(new Blob(fontData(face)), 0).collectUnicodes()));
    const common = [...perFace[0]!].filter((cp) => perFace.every((set) => set.has(cp))).sort((a, b) => a - b);
    expect(common.length).toBeGreaterThan(500);
    expect([...(await fontCoverage())].sort((a, b) => a - b)).toEqual(common);
  });

  it('the Dutch hyphenation patterns, kept as JSON, hyphenate as the hyphen package does', () => {
    expect(existsSync(join(repoRoot, 'dist/precomputed/hyphen-nl.json'))).toBe(true);
    const { hyphenateSync } = createRequire(import.meta.url)('hyphen/nl') as { hyphenateSync: (text: string, options?: object) => string };
    const ours = dutchHyphenator();
    const words = ['volkshuisvestelijk', 'huurdersorganisaties', 'woningcorporaties', 'prestatieafspraken', 'beschikbaarheid', 'leefbaarheid', 'ondertekening', 'Harderwijk', 'raamovereenkomst', 'duurzaamheid'];
    for (const word of words) {
      const options = { hyphenChar: '\u00ad', minWordLength: 4 };
      expect(ours(word, options), word).toBe(hyphenateSync(word, options));
      expect(ours(word, options)).toContain('\u00ad');
    }
  });

  it('is used for the input it was made from, and made afresh for any other', () => {
    const ttf = fontData('regular');
    const make = vi.fn(() => Uint8Array.of(1, 2, 3));
    const stored = precomputed('odttf-regular', ttf, make);
    expect(make).not.toHaveBeenCalled();
    expect(stored.length).toBeGreaterThan(100_000);

    const changed = Uint8Array.from(ttf);
    changed[1000] = changed[1000]! ^ 1;
    expect(precomputed('odttf-regular', changed, make)).toEqual(Uint8Array.of(1, 2, 3));
    expect(make).toHaveBeenCalledTimes(1);
    expect(precomputed('no-such-result', ttf, make)).toEqual(Uint8Array.of(1, 2, 3));
    expect(make).toHaveBeenCalledTimes(2);
  });
});
