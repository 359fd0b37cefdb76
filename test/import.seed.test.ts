/**
 * The signed original, typeset by another program: the seed document's text
 * (test/fixtures, read independently of our sources) is written as Markdown
 * with one pipe table per theme, as its rows stand (continued cells empty,
 * the leefbaarheid table's own "Kaderafpraak" and "Jaarafpraak" headers, the
 * signatories without "namens"), turned into Word by pandoc and imported. The
 * result holds the bundled sources' texts, row by row.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJaarafspraak } from '../src/model/schema.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../src/sources/loadJaarschijf.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { plain } from './helpers/seed.js';
import { hasTool, run } from './helpers/tools.js';

/** The seed's text as Markdown: headings, paragraphs, bullets, a pipe table per theme; the logos' text between pages left out. */
function seedMarkdown(): string {
  const lines = readFileSync(join(repoRoot, 'test/fixtures/seed-harderwijk-2024.txt'), 'utf8').split('\n');
  const out: string[] = [];
  let table: string[][] | undefined;
  const cell = (text: string) => text.trim().replace(/\|/g, '\\|').replace(/<u>(.*?)<\/u>/g, '[$1]{.underline}');
  const closeTable = () => {
    if (!table) return;
    const width = table[0]!.length;
    const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
    out.push('', row(table[0]!), `|${' --- |'.repeat(width)}`, ...table.slice(1).map(row), '');
    table = undefined;
  };
  let title: string | undefined;
  for (const line of lines) {
    if (!title) {
      if (line.trim()) title = line.trim();
      continue;
    }
    if (/^\t/.test(line)) {
      closeTable();
      table = [line.split('\t')];
    } else if (/^\d+\.\t/.test(line) && table) {
      table.push(line.split('\t'));
    } else if (!line.trim()) {
      continue;
    } else if (/^\d\. Thema /.test(line) || line.trim() === 'Inleiding') {
      closeTable();
      out.push('', `# ${line.trim()}`, '');
    } else if (line.trim().split(/\s+/).length <= 3 && !/[.,:;]/.test(line) && !line.startsWith('- ')) {
      // A logo's text in the page header, repeated on every page of the PDF.
      continue;
    } else {
      closeTable();
      out.push(line.startsWith('- ') ? line : `\n${line}\n`);
    }
  }
  closeTable();
  return [`---\ntitle: "${title}"\n---\n`, ...out].join('\n');
}

const pandoc = hasTool('pandoc');

describe.skipIf(!pandoc)('import of the seed document typeset by pandoc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-import-seed-'));
  let result: ReturnType<typeof runCli>;
  let imported: LoadedJaarschijf;
  let bundled: LoadedJaarschijf;

  beforeAll(async () => {
    writeFileSync(join(dir, 'seed.md'), seedMarkdown());
    // Without pandoc's smart quotes, so the apostrophes stay as the seed has them.
    run('pandoc', ['-f', 'markdown-smart', join(dir, 'seed.md'), '-o', join(dir, 'seed.docx')]);
    result = runCli(['import', join(dir, 'seed.docx'), '-o', join(dir, 'harderwijk')]);
    bundled = await loadJaarschijf(join(repoRoot, 'agreements/harderwijk/2024.ts'));
    if (result.status === 0) imported = await loadJaarschijf(join(dir, 'harderwijk', '2024.ts'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports without a warning, 94 rows in seven themes, passing check', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("jaarschijf 2024, 7 thema's, 94 rijen, 87 jaarafspraken, 1 lege rij, ondertekend door 5 ondertekenaars");
    expect(runCli(['check', join(dir, 'harderwijk', '2024.ts')]).status).toBe(0);
  });

  it('holds the texts of the bundled sources, agreement by agreement, in both years', () => {
    const texts = (l: LoadedJaarschijf) => Object.values(l.jaarschijf.themes).flatMap((t) => t.afspraken.filter(isJaarafspraak).map((a) => plain(a.text)));
    expect(texts(imported)).toEqual(texts(bundled));
    expect(texts(imported.previous!)).toEqual(texts(bundled.previous!));
    const details = (l: LoadedJaarschijf) => l.jaarschijf.themes['productieafspraken']!.afspraken.filter(isJaarafspraak).map((a) => [a.toelichting && plain(a.toelichting), a.trekker, a.gereed]);
    expect(details(imported)).toEqual(details(bundled));
    expect(plain(imported.jaarschijf.introduction!)).toBe(plain(bundled.jaarschijf.introduction!));
  });

  it('reads the doelstellingen and kaderafspraken from rows whose continued cells are empty', () => {
    const raam = (l: LoadedJaarschijf) => Object.values(l.raamovereenkomst.themes).map((t) => [t.title, Object.values(t.doelstellingen).map((d) => [d.text, Object.values(d.kaderafspraken)])]);
    expect(raam(imported)).toEqual(raam(bundled));
  });

  it('reads the signatories from "Naam, functie Partij" lines and the parties from the signing sentence', () => {
    const signing = (l: LoadedJaarschijf) => l.jaarschijf.signing!.signatories.map((s) => [s.name, s.role, l.raamovereenkomst.parties[s.party]!.name, l.raamovereenkomst.parties[s.party]!.shortName]);
    expect(signing(imported)).toEqual(signing(bundled));
    expect(imported.jaarschijf.signing!.date).toBe('2023-12-12');
  });
});
