/**
 * `jaarschijf diff` on the bundled example, checked against the seed document
 * (the signed jaarschijf 2024 shows the 2023 and 2024 agreements side by
 * side), in the JSON contract and the terminal report; and its errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JaarschijfDiff } from '../src/diff/computeDiff.js';
import { runCli } from './helpers/cli.js';
import { partText, unzipDocx } from './helpers/docx.js';
import { exampleCopy } from './helpers/fixture.js';
import { plain, readSeed } from './helpers/seed.js';

const result = runCli(['diff', 'agreements/harderwijk/2023.ts', 'agreements/harderwijk/2024.ts', '--format', 'json']);
const diff = JSON.parse(result.stdout) as JaarschijfDiff;
const seed = readSeed();

const byAfter = (text: string) => diff.changes.filter((c) => c.after !== null && plain(c.after) === text);
const byBefore = (text: string) => diff.changes.filter((c) => c.before !== null && plain(c.before) === text);

describe('jaarschijf diff --format json: the contract', () => {
  it('has from, to, changes, summary (and the texts, themes and indicators) and nothing else', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(Object.keys(diff)).toEqual(['from', 'to', 'changes', 'summary', 'texts', 'themes', 'indicators']);
    expect(diff.indicators).toEqual([]); // the example has no prestatie-indicatoren
    expect([diff.from, diff.to]).toEqual([2023, 2024]);
    expect(Object.keys(diff.summary)).toEqual(['added', 'removed', 'changed', 'moved', 'unchanged']);
    for (const c of diff.changes) {
      expect(Object.keys(c)).toEqual(['id', 'theme', 'kader', 'status', 'before', 'after', 'words', 'previous', 'fields', 'row']);
      // The example's 2023 agreements have no trekker, deadline or explanation, and those of 2024 that do are new.
      expect(c.fields).toEqual([]);
      expect(['added', 'removed', 'changed', 'moved', 'unchanged']).toContain(c.status);
      expect(c.before === null).toBe(c.status === 'added');
      expect(c.after === null).toBe(c.status === 'removed');
      expect(c.previous === null).toBe(c.status === 'added');
      for (const w of c.words) expect(['equal', 'insert', 'delete']).toContain(w.op);
    }
  });

  it('counts every agreement of both years once: the 87 of 2024 and the one dropped from 2023', () => {
    const counts = Object.values(diff.summary).reduce((a, b) => a + b, 0);
    expect(counts).toBe(diff.changes.length);
    expect(diff.changes.filter((c) => c.after !== null)).toHaveLength(87);
    expect(diff.changes.filter((c) => c.before !== null)).toHaveLength(39);
    expect(new Set(diff.changes.map((c) => c.id)).size).toBe(diff.changes.length);
  });

  it('gives before and after as the source texts (Markdown), and words that add up to their plain texts', () => {
    const bes02 = diff.changes.find((c) => c.id === 'bes-02')!;
    expect(bes02.after).toContain('<u>Omnia Wonen:</u>\\\n');
    const source = readFileSync('agreements/harderwijk/2024.ts', 'utf8');
    expect(source).toContain(JSON.stringify(diff.changes.find((c) => c.id === 'bes-12')!.after));
    for (const c of diff.changes) {
      const old = c.words.filter((w) => w.op !== 'insert').map((w) => w.text).join('');
      const now = c.words.filter((w) => w.op !== 'delete').map((w) => w.text).join('');
      if (c.before !== null) expect(plain(old), c.id).toBe(plain(c.before));
      if (c.after !== null) expect(plain(now), c.id).toBe(plain(c.after));
    }
  });
});

describe('jaarschijf diff: right against the seed document', () => {
  const fourColumn = seed.themes.filter((t) => t.number <= 6).flatMap((t) => t.rows.map((r) => ({ theme: t.number, row: r.number, old: plain(r.cells[2] ?? ''), now: plain(r.cells[3] ?? '') })));
  const same = fourColumn.filter((r) => r.old && r.old === r.now);
  const different = fourColumn.filter((r) => r.old && r.now && r.old !== r.now);
  const onlyOld = fourColumn.filter((r) => r.old && !r.now);
  const onlyNew = fourColumn.filter((r) => !r.old && r.now);

  it('has agreements identical in both columns as unchanged', () => {
    expect(same.length).toBeGreaterThan(0);
    for (const r of same) expect(byAfter(r.now).map((c) => [c.status, plain(c.before!)]), `theme ${r.theme} row ${r.row}`).toContainEqual(['unchanged', r.old]);
  });

  it('has agreements reworded between the columns as changed, last year\'s text before', () => {
    for (const r of different) {
      expect(byAfter(r.now).map((c) => [c.status, plain(c.before ?? '')]), `theme ${r.theme} row ${r.row}`).toContainEqual(['changed', r.old]);
    }
  });

  it('has a 2023 agreement with no 2024 counterpart as removed, and 2024 ones without a 2023 one as added', () => {
    expect(onlyOld.length).toBeGreaterThan(0);
    for (const r of onlyOld) expect(byBefore(r.old).map((c) => [c.status, c.after]), `theme ${r.theme} row ${r.row}`).toContainEqual(['removed', null]);
    for (const r of onlyNew) expect(byAfter(r.now).map((c) => [c.status, c.before]), `theme ${r.theme} row ${r.row}`).toContainEqual(['added', null]);
  });

  it('has all 16 productieafspraken as added', () => {
    const productie = seed.themes.find((t) => t.number === 7)!.rows;
    expect(productie).toHaveLength(16);
    for (const r of productie) expect(byAfter(plain(r.cells[0]!)).map((c) => [c.status, c.theme])).toEqual([['added', 'productieafspraken']]);
    expect(diff.changes.filter((c) => c.theme === 'productieafspraken')).toHaveLength(16);
  });

  it('counts exactly what the seed shows', () => {
    expect(diff.summary).toEqual({
      added: onlyNew.length + 16,
      removed: onlyOld.length,
      changed: different.length,
      moved: 0,
      unchanged: same.length,
    });
  });

  it('shows "Corporaties ondersteunen woningruil." -> "Corporaties faciliteren woningruil." as exactly that word change', () => {
    const [woningruil, ...others] = byAfter('Corporaties faciliteren woningruil.');
    expect(others).toEqual([]);
    expect(woningruil).toMatchObject({ id: 'bes-12', theme: 'beschikbaarheid', kader: 'instrumenten-doorstroom', status: 'changed', before: 'Corporaties ondersteunen woningruil.' });
    expect(woningruil!.words).toEqual([
      { op: 'equal', text: 'Corporaties ' },
      { op: 'delete', text: 'ondersteunen' },
      { op: 'insert', text: 'faciliteren' },
      { op: 'equal', text: ' woningruil.' },
    ]);
  });

  it('lists the changes in the document order of 2024, the dropped one where it stood', () => {
    const ids = diff.changes.map((c) => c.id);
    expect(ids.slice(0, 5)).toEqual(['bes-01', 'bes-02', 'bes-03', 'bes-04', 'bes-05']);
    expect(ids.indexOf('woz-01')).toBe(ids.indexOf('woz-02') - 1);
    expect(ids.slice(-16)).toEqual(Array.from({ length: 16 }, (_, i) => `pro-${String(i + 1).padStart(2, '0')}`));
  });

  it('reports the introduction and the theme intros, new in 2024', () => {
    expect(diff.texts.map((t) => [t.field, t.status])).toEqual([
      ['introduction', 'added'],
      ...['beschikbaarheid', 'betaalbaarheid', 'duurzaamheid', 'zorg', 'leefbaarheid', 'samenwerking', 'productieafspraken'].map((id) => [`themes.${id}.intro`, 'added']),
    ]);
    const intro = diff.texts[0]!;
    expect(intro.before).toBeNull();
    expect(intro.words).toHaveLength(1);
    expect(intro.words[0]!.op).toBe('insert');
    expect(plain(intro.words[0]!.text)).toContain("In de 'Raamovereenkomst sociale huur 2022-2026' hebben");
    expect(diff.themes.map((t) => [t.number, t.title])).toEqual([
      [1, 'Beschikbaarheid'], [2, 'Betaalbaarheid'], [3, 'Duurzaamheid en kwaliteit'], [4, 'Wonen, zorg en aandachtsgroepen'], [5, 'Leefbaarheid'], [6, 'Samenwerking'], [7, 'productieafspraken'],
    ]);
  });

  it('is the same with one argument, comparing with the previous year the source names', () => {
    const one = runCli(['diff', 'agreements/harderwijk/2024.ts', '--format', 'json']);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual(diff);
  });
});

describe('jaarschijf diff: the terminal report', () => {
  const text = runCli(['diff', 'agreements/harderwijk/2023.ts', 'agreements/harderwijk/2024.ts']);
  const lines = text.stdout.split('\n');

  it('shows per theme each change with +, -, ~ and the word changes inline, then the counts', () => {
    expect(text.status).toBe(0);
    expect(lines[0]).toBe('Wijzigingen van jaarschijf 2023 naar 2024 (agreements/harderwijk/2023.ts -> agreements/harderwijk/2024.ts)');
    expect(lines).toContain('1. Beschikbaarheid');
    expect(lines).toContain('7. productieafspraken');
    const at = lines.findIndex((l) => l.startsWith('  ~ bes-12 gewijzigd (rij '));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('      Corporaties [-ondersteunen-]{+faciliteren+} woningruil.');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}- woz-01 vervallen/));
    expect(lines).toContain('  + pro-16 nieuw (rij 16)');
    expect(lines).toContain('  = ongewijzigd: bes-09, bes-13');
    const { added, removed, changed, moved, unchanged } = diff.summary;
    expect(lines.at(-2)).toBe(`${added} nieuw, ${removed} vervallen, ${changed} gewijzigd, ${moved} verplaatst, ${unchanged} ongewijzigd`);
    // Every changed agreement is listed once, the unchanged ones by id.
    for (const c of diff.changes) {
      const sign = { added: '+', removed: '-', changed: '~', moved: '>', unchanged: '=' }[c.status];
      if (c.status === 'unchanged') expect(text.stdout).toMatch(new RegExp(`= ongewijzigd: .*\\b${c.id}\\b`));
      else expect(lines.filter((l) => l.startsWith(`  ${sign} ${c.id} `))).toHaveLength(1);
    }
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('colours on request (FORCE_COLOR) and never with NO_COLOR', () => {
    const coloured = runCli(['diff', 'agreements/harderwijk/2024.ts'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[31m[-ondersteunen-]\u001b[39m\u001b[32m{+faciliteren+}\u001b[39m');
    const plainOut = runCli(['diff', 'agreements/harderwijk/2024.ts'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plainOut.stdout).not.toContain('\u001b[');
    expect(plainOut.stdout).toBe(text.stdout);
  });

  it('writes to a file with -o, atomically, and says where', () => {
    const copy = exampleCopy();
    const written = runCli(['diff', '2024.ts', '--format', 'json', '-o', 'out/diff.json'], { cwd: copy.dir });
    expect(written.stderr).toBe('');
    expect(written.stdout).toBe('out/diff.json\n');
    expect(JSON.parse(readFileSync(join(copy.dir, 'out/diff.json'), 'utf8')).summary).toEqual(diff.summary);
  });
});

describe('jaarschijf diff --templates', () => {
  it('takes the report title from a wording.json in the folder given, in HTML and in the Word redline', () => {
    const copy = exampleCopy();
    copy.write('wording.json', JSON.stringify({ diff: { reportTitle: 'Wat er veranderde, {{from}}-{{to}}' }, columns: { doelstelling: 'Ambitie' } }));
    const html = runCli(['diff', '2024.ts', '--format', 'html', '--templates', '.'], { cwd: copy.dir });
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<title>Wat er veranderde, 2023-2024</title>');
    const redline = runCli(['diff', '2024.ts', '--format', 'docx', '--templates', '.', '-o', 'redline.docx'], { cwd: copy.dir });
    expect(redline.status).toBe(0);
    const documentXml = partText(unzipDocx(readFileSync(join(copy.dir, 'redline.docx'))), 'word/document.xml');
    expect(documentXml).toContain('>Ambitie</w:t>');
    expect(documentXml).not.toContain('>Doelstelling</w:t>');
  });
});

describe('jaarschijf diff: mistakes are messages', () => {
  const failsWith = (args: string[], message: string | RegExp, cwd?: string) => {
    const r = runCli(args, cwd ? { cwd } : {});
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r;
  };

  it('usage errors: no source, three sources, an unknown or a second format', () => {
    failsWith(['diff'], /^jaarschijf: noem de jaarschijf van dit jaar, of die van vorig jaar en van dit jaar\nGebruik: jaarschijf diff /);
    failsWith(['diff', 'a.ts', 'b.ts', 'c.ts'], /noem de jaarschijf van dit jaar/);
    failsWith(['diff', 'agreements/harderwijk/2024.ts', '--format', 'odt'], /onbekend formaat "odt"; kies uit text, json, md, html, docx, pdf/);
    failsWith(['diff', 'agreements/harderwijk/2024.ts', '--format', 'json,html'], /noem één formaat/);
  });

  it('the years the wrong way round, and one source that names no previous year', () => {
    failsWith(['diff', 'agreements/harderwijk/2024.ts', 'agreements/harderwijk/2023.ts'], /2024\.ts is de jaarschijf 2024, niet een jaar voor agreements\/harderwijk\/2023\.ts \(2023\): noem eerst het vorige jaar/);
    failsWith(['diff', 'agreements/harderwijk/2023.ts'], /agreements\/harderwijk\/2023\.ts noemt geen vorige jaarschijf; noem ze allebei: jaarschijf diff <vorig\.ts> agreements\/harderwijk\/2023\.ts/);
  });

  it('problems in either source, all at once, as diagnostics', () => {
    const copy = exampleCopy();
    copy.edit('2023.ts', "kader: 'uitvoeringsagenda'", "kader: 'uitvoeringsagend'");
    copy.edit('2024.ts', "id: 'bes-02'", "id: 'bes-01'");
    const r = failsWith(['diff', '2023.ts', '2024.ts'], /2023\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: onbekende kaderafspraak "uitvoeringsagend"/, copy.dir);
    expect(r.stderr).toMatch(/2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: id: id "bes-01" komt twee keer voor/);
    expect(r.stderr).toMatch(/2 problemen gevonden\.\n$/);
    failsWith(['diff', 'missing.ts', '2024.ts'], /missing\.ts: bestand bestaat niet/, copy.dir);
  });
});
