/**
 * fontkit's table cache (`font._tables`), reached for one reason: pdfkit
 * reads three values from a font's `post` and `name` tables (isFixedPitch,
 * italicAngle, postscriptName), and fontkit decodes each table whole to give
 * them: every glyph name, every name record, some 30 ms a run for the six
 * faces. A decoded table is plain data, the same for the same TTF and fontkit:
 * the build keeps them as JSON (dist/precomputed/), and a font made here starts
 * with them in its cache.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create } from 'fontkit';
import { precomputed } from '../../fonts/precomputed.js';

/** The tables kept: decoded whole for a value or two. */
const kept = ['post', 'name'] as const;

type FontkitFont = ReturnType<typeof create> & { _tables: Record<string, unknown> } & Record<(typeof kept)[number], unknown>;

// Its package.json is not among its exports: found next to its main file (dist/).
const fontkitPackage = readFileSync(join(dirname(createRequire(import.meta.url).resolve('fontkit')), '../package.json'));

/** The font parsed by fontkit, as pdfkit would parse it, with its `post` and `name` tables already decoded. */
export function parseFont(name: string, ttf: Buffer): ReturnType<typeof create> {
  const json = precomputed(`fontkit-tables-${name}.json`, [ttf, fontkitPackage], () => {
    const font = create(ttf) as FontkitFont;
    return Buffer.from(JSON.stringify(Object.fromEntries(kept.map((tag) => [tag, font[tag]]))));
  });
  const font = create(ttf) as FontkitFont;
  Object.assign(font._tables, JSON.parse(Buffer.from(json).toString('utf8')) as Record<string, unknown>);
  return font;
}
