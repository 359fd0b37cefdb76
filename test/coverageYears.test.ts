/**
 * `jaarschijf coverage --years`: the matrix kaderafspraak x year, checked
 * against both year columns of the seed document.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { plain } from './helpers/seed.js';
import { seedCoverage } from './helpers/seedCoverage.js';

interface YearsJson {
  years: number[];
  raamovereenkomst: string;
  kaderafspraken: { id: string; text: string; years: { year: number; covered: boolean; afspraken: string[] }[]; withoutAfspraak: number }[];
  summary: { total: number; years: { year: number; covered: number; uncovered: number }[]; withoutAfspraakSeveralYears: number; withoutAfspraakEveryYear: number };
}

const files = ['agreements/harderwijk/2023.ts', 'agreements/harderwijk/2024.ts'];
const json = runCli(['coverage', '--years', ...files, '--format', 'json']);
const matrix = JSON.parse(json.stdout) as YearsJson;

describe('jaarschijf coverage --years', () => {
  it('gives per kaderafspraak a column per year, matching both columns of the seed document', () => {
    expect(json.status).toBe(0);
    expect(matrix.years).toEqual([2023, 2024]);
    expect(matrix.raamovereenkomst).toBe('harderwijk-sociale-huur-2022-2026');
    const seed2023 = seedCoverage(2);
    const seed2024 = seedCoverage(3);
    expect(matrix.kaderafspraken).toHaveLength(seed2024.size);
    for (const k of matrix.kaderafspraken) {
      expect(k.years.map((y) => y.year)).toEqual([2023, 2024]);
      expect([k.id, k.years.map((y) => y.covered)]).toEqual([k.id, [seed2023.get(plain(k.text)), seed2024.get(plain(k.text))]]);
      expect(k.withoutAfspraak).toBe(k.years.filter((y) => !y.covered).length);
    }
  });

  it('agrees with the single-year report for 2024', () => {
    const single = JSON.parse(runCli(['coverage', files[1]!, '--format', 'json']).stdout) as { kaderafspraken: { id: string; covered: boolean; afspraken: string[] }[] };
    expect(matrix.kaderafspraken.map((k) => [k.id, k.years[1]!.covered, k.years[1]!.afspraken])).toEqual(single.kaderafspraken.map((k) => [k.id, k.covered, k.afspraken]));
  });

  it('counts the kaderafspraken that went without a jaarafspraak for several years', () => {
    const never = matrix.kaderafspraken.filter((k) => k.withoutAfspraak === 2).map((k) => k.id);
    expect(never).toEqual(['praktische-oplossingen', 'subsidiemogelijkheden', 'buffercapaciteit-azc', 'huisvesting-arbeidsmigranten', 'analyse-lokale-opgave']);
    expect(matrix.summary.withoutAfspraakSeveralYears).toBe(5);
    expect(matrix.summary.withoutAfspraakEveryYear).toBe(5);
    expect(matrix.summary.years).toEqual([
      { year: 2023, covered: 34, uncovered: 19, byReference: 0 },
      { year: 2024, covered: 47, uncovered: 6, byReference: 2 },
    ]);
  });

  it('prints the matrix as text, a mark per year and the years without action', () => {
    const result = runCli(['coverage', '--years', ...files]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Dekking van de kaderafspraken over de jaren 2023, 2024');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}buffercapaciteit-azc +✗ {5}✗ {5}2 van 2$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}realisatie-1000-woningen +✓ 2 {3}✓ 4 {3}0 van 2$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}plannen-sloop-renovatie +✗ {5}✓ ref 1 van 2$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}permanente-woonbehoefte +✓ 1 {3}✗ {5}1 van 2$/));
    expect(lines.filter((l) => /^ {2}[a-z0-9-]+ +[✓✗]/.test(l))).toHaveLength(53);
    expect(lines.at(-2)).toBe('5 kaderafspraken zonder jaarafspraak in beide jaren: praktische-oplossingen, subsidiemogelijkheden, buffercapaciteit-azc, huisvesting-arbeidsmigranten, analyse-lokale-opgave');
  });

  it('finds the years from one file (its previous chain) or from their folder', () => {
    const fromChain = runCli(['coverage', '--years', files[1]!, '--format', 'json']);
    const fromFolder = runCli(['coverage', '--years', 'agreements/harderwijk', '--format', 'json']);
    const reversed = runCli(['coverage', '--years', files[1]!, files[0]!, '--format', 'json']);
    for (const r of [fromChain, fromFolder, reversed]) expect(JSON.parse(r.stdout)).toEqual(matrix);
    expect(fromChain.stderr).toBe('');
    expect(reversed.stderr).toBe('');
    // The raamovereenkomst and the monitor in the folder are evaluated (in the sandbox) and skipped with a notice that says what they are.
    expect(fromFolder.stderr).toBe(
      'agreements/harderwijk/monitor-2024.ts: een monitor, overgeslagen (maak die met `jaarschijf monitor agreements/harderwijk/monitor-2024.ts`)\nagreements/harderwijk/raamovereenkomst.ts: een raamovereenkomst, overgeslagen\n',
    );
  });

  it('md and html show the same matrix', () => {
    const md = runCli(['coverage', '--years', ...files, '--format', 'md']).stdout;
    expect(md).toContain('# Dekking van de kaderafspraken over de jaren 2023, 2024');
    expect(md).toContain('| Kaderafspraak | 2023 | 2024 | Jaren zonder jaarafspraak |');
    expect(md).toContain('| Wij geven invulling aan de buffercapaciteit AZC.<br><small>buffercapaciteit-azc</small> | **✗** | **✗** | 2 van 2 |');
    const html = runCli(['coverage', '--years', ...files, '--format', 'html']).stdout;
    expect(html.match(/<tr id="dekking-[a-z0-9-]+" data-tags="uncovered never">/g)).toHaveLength(5);
    expect(html.match(/<tr id="dekking-[a-z0-9-]+" data-tags="[a-z ]+">/g)).toHaveLength(53);
    expect(html).toContain('<p>5 kaderafspraken zonder jaarafspraak in 2 of meer jaren.</p>');
  });

  it('--strict fails on a gap in the latest year', () => {
    const result = runCli(['coverage', '--years', ...files, '--strict']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('jaarschijf coverage --strict: 6 kaderafspraken zonder jaarafspraak in 2024\n');
  });

  it('refuses jaarschijven of different raamovereenkomsten, or two of one year', () => {
    const copy = exampleCopy();
    copy.write('ander.ts', readFileSync(join(copy.dir, 'raamovereenkomst.ts'), 'utf8').replace("id: 'harderwijk-sociale-huur-2022-2026'", "id: 'ander-kader'"));
    copy.edit('2023.ts', "from './raamovereenkomst.ts'", "from './ander.ts'");
    const mixed = runCli(['coverage', '--years', '2023.ts', '2024.ts'], { cwd: copy.dir });
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('2024.ts: hoort bij raamovereenkomst "harderwijk-sociale-huur-2022-2026", niet bij "ander-kader" zoals 2023.ts');

    copyFileSync(join(copy.dir, '2024.ts'), join(copy.dir, '2024-bis.ts'));
    const twice = runCli(['coverage', '--years', '2024.ts', '2024-bis.ts'], { cwd: copy.dir });
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/^2024(-bis)?\.ts: year: 2024 is ook het jaar van 2024(-bis)?\.ts/m);
  });

  it('reports every broken source in a folder at once', () => {
    const copy = exampleCopy();
    copy.edit('2023.ts', "kader: 'uitvoeringsagenda'", "kader: 'weg-1'");
    copy.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'weg-2'");
    const result = runCli(['coverage', '--years', '.'], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^2023\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: onbekende kaderafspraak "weg-1"$/m);
    expect(result.stderr).toMatch(/^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: onbekende kaderafspraak "weg-2"$/m);
    expect(result.stderr.trim().split('\n').at(-1)).toBe('2 problemen gevonden.');
  });
});
