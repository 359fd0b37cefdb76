/**
 * `draft` writes data, never code: every source the toolkit writes goes
 * through printSource, which escapes every string. Properties: any data,
 * whatever its strings hold (quotes, backticks, `${`, backslashes, line and
 * paragraph separators, control characters, lone surrogates), evaluates back
 * in the sandbox to exactly itself; and a draft made from a jaarschijf with
 * random texts in every text field loads back with exactly those texts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftSource } from '../src/draft/draftSource.js';
import { DiagnosticList } from '../src/sources/diagnostics.js';
import { evaluateSource } from '../src/sources/evaluate.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { printSourceModule, reference, type SourceData } from '../src/sources/printSource.js';
import { exampleCopy } from './helpers/fixture.js';

describe('printSource: data in, the same data out of the sandbox', () => {
  it('holds for any strings, keys and nesting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-print-'));
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const data = fc.dictionary(text, fc.oneof(text, fc.array(fc.oneof(text, fc.integer(), fc.dictionary(text, text, { maxKeys: 3 })), { maxLength: 4 })), { maxKeys: 6 });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(data, async (value) => {
        const file = join(dir, `bron-${n++}.ts`);
        writeFileSync(file, printSourceModule({ imports: [{ name: 'defineRaamovereenkomst', from: 'jaarschijf', named: true }], call: 'defineRaamovereenkomst', args: [value] }));
        const list = new DiagnosticList();
        const evaluated = await evaluateSource(file, dir, list, new Map());
        expect(list.items).toEqual([]);
        expect(evaluated!.value).toEqual(value);
      }),
      { numRuns: 60, seed: 20251212 },
    );
  });
});

describe('draft: every text of last year comes back exactly', () => {
  // Texts a jaarschijf may hold (check accepts them), made of what is special to a string literal.
  const tricky = fc.string({ unit: fc.constantFrom('a', 'B', 'é', ' ', "'", '"', '\\', '$', '{', '}', '\n', 'ĳ', '€'), minLength: 1, maxLength: 30 }).map((s) => `x${s}y`);

  it('holds for random texts in the title, the introduction, the theme intros and every agreement', async () => {
    const copy = exampleCopy();
    const from = await loadJaarschijf(join(copy.dir, '2024.ts'), { previous: false });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tricky, { minLength: 200, maxLength: 200 }), async (texts) => {
        let t = 0;
        const next = () => texts[t++ % texts.length]!;
        const j = from.jaarschijf;
        const themes = Object.fromEntries(
          Object.entries(j.themes).map(([id, theme]) => [
            id,
            { ...theme, intro: next(), afspraken: theme.afspraken.map((a) => (a.emptyRow ? a : { ...a, text: next(), ...(a.toelichting ? { toelichting: next() } : {}) })) },
          ]),
        );
        const source = { ...j, title: next(), introduction: next(), themes };
        delete (source as { previous?: string }).previous;
        const name = `bron-${n++}.ts`;
        copy.write(name, printSourceModule({
          imports: [{ name: 'defineJaarschijf', from: 'jaarschijf', named: true }, { name: 'raamovereenkomst', from: './raamovereenkomst.ts' }],
          call: 'defineJaarschijf',
          args: [reference('raamovereenkomst'), source as unknown as SourceData],
        }));
        const loaded = await loadJaarschijf(join(copy.dir, name), { previous: false });
        const target = join(copy.dir, `concept-${n}.ts`);
        const rel = (abs: string) => `./${relative(dirname(target), abs)}`;
        writeFileSync(target, draftSource(loaded, j.year + 1, { raamovereenkomst: rel(loaded.raamPath), previous: rel(loaded.path) }).source);
        const draft = (await loadJaarschijf(target, { previous: false })).jaarschijf;
        expect(draft.introduction).toBe(loaded.jaarschijf.introduction);
        // The title moves to the new year where it names the old one; these random titles do not.
        expect(draft.title).toBe(loaded.jaarschijf.title);
        for (const [id, theme] of Object.entries(loaded.jaarschijf.themes)) {
          expect(draft.themes[id]!.intro).toBe(theme.intro);
          const drafted = new Map(draft.themes[id]!.afspraken.map((a) => [a.id, a]));
          for (const a of theme.afspraken) {
            if (a.emptyRow) continue;
            expect(drafted.get(a.id)!.text).toBe(a.text);
            expect(drafted.get(a.id)!.toelichting).toBe(a.toelichting);
          }
        }
      }),
      { numRuns: 12, seed: 20241212 },
    );
  });
});
