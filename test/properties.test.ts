/**
 * Property-based tests: random valid jaarschijven, written as real source
 * files, go through the whole pipeline. They render to Word and PDF without
 * throwing, every cell's text is found back in both outputs, and a jaarschijf
 * compared with itself has only unchanged agreements.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import type { Table } from '../src/document/types.js';
import { computeDiff } from '../src/diff/computeDiff.js';
import { plainText } from '../src/model/richtext.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { repoRoot } from './helpers/cli.js';
import { findAll, nodeText, renderToFile, structTree, alnum } from './helpers/pdf.js';
import { findAll as findXml, parseXml, partText, textOf, unzipDocx } from './helpers/docx.js';
import { hasTool } from './helpers/tools.js';

const word = fc.stringMatching(/^[a-zà-ÿ]{1,14}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);

const shape = fc.record({
  themes: fc.array(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  texts: fc.array(sentence, { minLength: 200, maxLength: 200 }),
  signed: fc.boolean(),
});

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

/** Write a raamovereenkomst and a jaarschijf of the given shape as .ts sources; return the jaarschijf's path. */
function writeSources(s: Shape): string {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-prop-'));
  cpSync(join(repoRoot, 'agreements/harderwijk/logos'), join(dir, 'logos'), { recursive: true });
  let n = 0;
  const text = () => s.texts[n++ % s.texts.length]!;
  const parties = { gemeente: { name: 'gemeente Proef', shortName: 'gemeente Proef', kind: 'gemeente', logo: 'logos/gemeente-harderwijk.svg' }, corporatie: { name: 'Stichting Proef', shortName: 'Proef', kind: 'woningcorporatie', logo: 'logos/uwoon.svg' } };
  const themes: Record<string, unknown> = {};
  const jaarThemes: Record<string, unknown> = {};
  s.themes.forEach((doelen, t) => {
    const doelstellingen: Record<string, unknown> = {};
    const afspraken: unknown[] = [];
    doelen.forEach((kaders, d) => {
      const kaderafspraken: Record<string, string> = {};
      kaders.forEach((count, k) => {
        const id = `k-${t}-${d}-${k}`;
        kaderafspraken[id] = text();
        for (let a = 0; a < count; a++) afspraken.push({ id: `a-${t}-${d}-${k}-${a}`, kader: id, text: text() });
      });
      doelstellingen[`d-${t}-${d}`] = { text: text(), kaderafspraken };
    });
    themes[`t${t}`] = { title: `Thema ${text().split(' ')[0]}`, doelstellingen };
    jaarThemes[`t${t}`] = { intro: text(), afspraken };
  });
  const raam = { id: 'proef', title: 'Raamovereenkomst proef', gemeente: 'Proef', period: { from: 2022, to: 2026 }, parties, themes };
  const jaarschijf = {
    year: 2024,
    introduction: text(),
    themes: jaarThemes,
    ...(s.signed ? { signing: { place: 'Proef', date: '2023-12-01', signatories: [{ name: 'A. Tester', role: 'wethouder', party: 'gemeente' }, { name: 'B. Proef', role: 'directeur', party: 'corporatie' }] } } : {}),
  };
  writeFileSync(join(dir, 'raamovereenkomst.ts'), `import { defineRaamovereenkomst } from 'jaarschijf';\nexport default defineRaamovereenkomst(${JSON.stringify(raam, null, 1)});\n`);
  writeFileSync(join(dir, '2024.ts'), `import { defineJaarschijf } from 'jaarschijf';\nimport raam from './raamovereenkomst.ts';\nexport default defineJaarschijf(raam, ${JSON.stringify(jaarschijf, null, 1)});\n`);
  return join(dir, '2024.ts');
}

/** Every non-empty cell text of the document's tables. */
function cellTexts(doc: ReturnType<typeof buildJaarschijfDocument>): string[] {
  return doc.sections
    .flatMap((s) => s.blocks.filter((b): b is Table => b.type === 'table'))
    .flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => plainText(c.blocks))))
    .filter((t) => t.trim());
}

describe('random valid jaarschijven', () => {
  it('render to Word and PDF, with every cell text found back in both', async () => {
    const pdftools = hasTool('pdfinfo');
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const loaded = await loadJaarschijf(writeSources(s));
        const doc = buildJaarschijfDocument(loaded);
        const cells = cellTexts(doc);
        const docxText = alnum(findXml(parseXml(partText(unzipDocx(await renderDocx(doc)), 'word/document.xml')), 'w:t').map(textOf).join(' '));
        for (const cell of cells) expect(docxText).toContain(alnum(cell));
        const { file } = await renderToFile(doc, 'property');
        if (pdftools) {
          const tagged = alnum(findAll(structTree(file), 'Table').map(nodeText).join(' '));
          for (const cell of cells) expect(tagged).toContain(alnum(cell));
        }
      }),
      { numRuns: 6, seed: 20241212 },
    );
  }, 240_000);

  it('compared with itself, have only unchanged agreements', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const loaded = await loadJaarschijf(writeSources(s));
        const diff = computeDiff(loaded, loaded);
        const total = loaded.jaarschijf.themes ? Object.values(loaded.jaarschijf.themes).reduce((n, t) => n + t.afspraken.length, 0) : 0;
        expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, unchanged: total });
        expect(diff.changes.every((c) => c.status === 'unchanged' && c.words.every((w) => w.op === 'equal'))).toBe(true);
      }),
      { numRuns: 15, seed: 20231212 },
    );
  }, 120_000);
});
