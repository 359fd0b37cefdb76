/**
 * One stage lines the years up (src/years): the rendered next-year document,
 * the Word redline, the diff and coverage all show the same rows under the
 * same numbers. Checked on a draft of 2025 in which one agreement of 2024 is
 * dropped, one added and one moved to another kaderafspraak.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { printSourceModule, reference, type SourceData } from '../src/sources/printSource.js';
import { runCli } from './helpers/cli.js';
import { childrenNamed, findAll, parseXml, partText, textOf, unzipDocx, type XmlNode } from './helpers/docx.js';
import { exampleCopy } from './helpers/fixture.js';
import { normalize } from './helpers/seed.js';

const copy = exampleCopy();
const drafted = runCli(['draft', '2025', '--from', '2024.ts'], { cwd: copy.dir });

/** The draft with bes-03 dropped, bes-99 added, bes-09 moved to another kaderafspraak, and its review marks done. */
async function editDraft(): Promise<void> {
  const draft = (await loadJaarschijf(join(copy.dir, '2025.ts'), { previous: false })).jaarschijf;
  const themes = Object.fromEntries(
    Object.entries(draft.themes).map(([id, t]) => {
      let afspraken = t.afspraken.filter((a) => a.id !== 'bes-03').map(({ review: _, ...a }) => (a.id === 'bes-09' ? { ...a, kader: 'instrumenten-doorstroom' } : a));
      if (id === 'beschikbaarheid') {
        const at = afspraken.findIndex((a) => a.id === 'bes-04');
        afspraken = [...afspraken.slice(0, at), { id: 'bes-99', kader: 'realisatie-1000-woningen', text: 'Een nieuwe afspraak over flexwonen.' }, ...afspraken.slice(at)];
      }
      const { review: _, ...theme } = t;
      return [id, { ...theme, afspraken }];
    }),
  );
  const { review: _, ...rest } = draft;
  copy.write(
    '2025.ts',
    printSourceModule({
      imports: [
        { name: 'defineJaarschijf', from: 'jaarschijf', named: true },
        { name: 'raamovereenkomst', from: './raamovereenkomst.ts' },
      ],
      call: 'defineJaarschijf',
      args: [reference('raamovereenkomst'), { ...rest, themes } as unknown as SourceData],
    }),
  );
}

/** Per table: the number column of its body rows (empty where a row has none). */
function rowNumbers(file: string): string[][] {
  const body = parseXml(partText(unzipDocx(readFileSync(file)), 'word/document.xml'));
  return findAll(body, 'w:tbl').map((table) =>
    findAll([table], 'w:tr')
      .filter((tr) => !childrenNamed(childrenNamed(tr, 'w:trPr')[0] ?? { x: [] }, 'w:tblHeader').length)
      .map((tr: XmlNode) => normalize(textOf(findAll([tr], 'w:tc')[0]!))),
  );
}

describe('one alignment of the years for every output', () => {
  it('drafts and edits 2025', async () => {
    expect(drafted.status).toBe(0);
    await editDraft();
    expect(runCli(['check', '2025.ts'], { cwd: copy.dir }).status).toBe(0);
  });

  it('the redline numbers its rows as the rendered 2025 document does, dropped, added and moved agreements included', () => {
    const rendered = runCli(['render', '2025.ts', '--format', 'docx', '-o', 'out'], { cwd: copy.dir });
    expect(rendered.stderr).toBe('');
    const redline = runCli(['diff', '2024.ts', '2025.ts', '--format', 'docx', '-o', 'out/redline.docx'], { cwd: copy.dir });
    expect(redline.stderr).toBe('');
    const documentRows = rowNumbers(join(copy.dir, 'out/harderwijk-2025.docx'));
    const redlineRows = rowNumbers(join(copy.dir, 'out/redline.docx'));
    expect(redlineRows).toHaveLength(documentRows.length);
    // The four-column tables show the same rows (last year's dropped ones too) under the same numbers;
    // the productieafspraken table shows this year's rows, which the redline numbers alike (its dropped rows have none).
    documentRows.forEach((rows, i) => expect(redlineRows[i]!.filter(Boolean), `table ${i + 1}`).toEqual(rows.filter(Boolean)));
    // The dropped bes-03 still has its number: it stands in the document beside last year's text.
    const first = documentRows[0]!;
    expect(first.slice(0, 6)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });

  it('the diff and coverage give each agreement the row the document shows it in', async () => {
    const diff = JSON.parse(runCli(['diff', '2024.ts', '2025.ts', '--format', 'json'], { cwd: copy.dir }).stdout) as {
      changes: { id: string; theme: string; status: string; row: number | null; after: string | null }[];
    };
    const status = (id: string) => diff.changes.find((c) => c.id === id)!;
    expect(status('bes-03').status).toBe('removed');
    expect(status('bes-99').status).toBe('added');
    expect(status('bes-09').status).toBe('moved');

    const coverage = JSON.parse(runCli(['coverage', '2025.ts', '--format', 'json'], { cwd: copy.dir }).stdout) as {
      kaderafspraken: { serving: { afspraak: string; row: number }[] }[];
    };
    const coverageRows = new Map(coverage.kaderafspraken.flatMap((k) => k.serving.map((s) => [s.afspraak, s.row] as const)));

    // The rendered document: the agreement's text in a row, and that row's number.
    const body = parseXml(partText(unzipDocx(readFileSync(join(copy.dir, 'out/harderwijk-2025.docx'))), 'word/document.xml'));
    const loaded = await loadJaarschijf(join(copy.dir, '2025.ts'), { previous: false });
    for (const c of diff.changes.filter((x) => x.after !== null && x.theme === 'beschikbaarheid')) {
      const text = normalize(loaded.rich(c.after!).map((b) => (b.type === 'paragraph' ? b.inlines.map((i) => (i.type === 'text' ? i.text : ' ')).join('') : '')).join(' '));
      const tr = findAll(body, 'w:tr').find((r) => findAll([r], 'w:tc').at(-1) && normalize(textOf(findAll([r], 'w:tc').at(-1)!)).startsWith(text.slice(0, 40)))!;
      expect(tr, c.id).toBeDefined();
      const shown = Number(normalize(textOf(findAll([tr], 'w:tc')[0]!)).replace('.', ''));
      expect(c.row, c.id).toBe(shown);
      expect(coverageRows.get(c.id), c.id).toBe(shown);
    }
  });
});
