/**
 * `jaarschijf coverage` as users run it, checked against the seed document
 * itself: a kaderafspraak is covered in 2024 exactly when one of its rows in
 * the signed document has a 2024 text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { plain } from './helpers/seed.js';
import { seedCoverage } from './helpers/seedCoverage.js';

interface JsonKader {
  id: string;
  theme: string;
  doelstelling: string;
  text: string;
  covered: boolean;
  afspraken: string[];
  references: { afspraak: string; theme: string }[];
}
interface JsonReport {
  year: number;
  raamovereenkomst: string;
  kaderafspraken: JsonKader[];
  summary: { total: number; covered: number; uncovered: number };
}

const example = 'agreements/harderwijk/2024.ts';
const json = runCli(['coverage', example, '--format', 'json']);
const report = JSON.parse(json.stdout) as JsonReport;

describe('jaarschijf coverage --format json', () => {
  it('exits 0 without --strict, and writes nothing to stderr', () => {
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
  });

  it('keeps the contract: year, raamovereenkomst, kaderafspraken with their fields, summary', () => {
    expect(report.year).toBe(2024);
    expect(report.raamovereenkomst).toBe('harderwijk-sociale-huur-2022-2026');
    for (const k of report.kaderafspraken) {
      expect(typeof k.id).toBe('string');
      expect(typeof k.theme).toBe('string');
      expect(typeof k.doelstelling).toBe('string');
      expect(typeof k.text).toBe('string');
      expect(typeof k.covered).toBe('boolean');
      expect(Array.isArray(k.afspraken) && k.afspraken.every((a) => /^[a-z]+-\d+$/.test(a))).toBe(true);
      expect(k.covered).toBe(k.afspraken.length > 0);
    }
    const { total, covered, uncovered } = report.summary;
    expect(total).toBe(report.kaderafspraken.length);
    expect(covered).toBe(report.kaderafspraken.filter((k) => k.covered).length);
    expect(uncovered).toBe(total - covered);
  });

  it('matches the seed document: every kaderafspraak with an empty 2024 column is uncovered, every other one covered', () => {
    const seed = seedCoverage(3);
    expect(report.kaderafspraken).toHaveLength(seed.size);
    for (const k of report.kaderafspraken) {
      const expected = seed.get(plain(k.text));
      expect(expected, `kaderafspraak ${k.id} is in the seed document`).toBeDefined();
      expect(k.covered, `${k.id}: ${k.text}`).toBe(expected);
    }
    expect(report.summary.uncovered).toBe([...seed.values()].filter((c) => !c).length);
    expect(report.summary.uncovered).toBeGreaterThan(0);
  });

  it('holds the kaderafspraak text as in the source, and the doelstelling id', () => {
    const source = readFileSync('agreements/harderwijk/raamovereenkomst.ts', 'utf8');
    const k = report.kaderafspraken.find((x) => x.id === 'aardgasvrij-wonen-harderwijk')!;
    expect(source).toContain(`'aardgasvrij-wonen-harderwijk': ${JSON.stringify(k.text)}`);
    expect(k.doelstelling).toBe('aardgasverbruik-verlagen');
  });

  it('shows the cross-references of rows 9 and 10 of duurzaamheid ("Zie productieafspraken.")', () => {
    const referenced = report.kaderafspraken.filter((k) => k.references.length);
    expect(referenced.map((k) => [k.id, k.references])).toEqual([
      ['plannen-sloop-renovatie', [{ afspraak: 'duu-09', theme: 'productieafspraken' }]],
      ['participatie-bewoners-projecten', [{ afspraak: 'duu-10', theme: 'productieafspraken' }]],
    ]);
  });
});

describe('jaarschijf coverage (text)', () => {
  const result = runCli(['coverage', example]);
  const lines = result.stdout.split('\n');

  it('marks each kaderafspraak, per theme and doelstelling, and ends with the summary', () => {
    expect(result.status).toBe(0);
    expect(lines[0]).toBe(`Dekking van de kaderafspraken in jaarschijf 2024 (${example})`);
    expect(lines).toContain('3. Duurzaamheid en kwaliteit: 9 van 11 gedekt');
    expect(lines).toContain('  Het creëren van een flexibele schil voor het opvangen van de huidige piek.');
    expect(lines).toContain('    ✗ buffercapaciteit-azc: niet gedekt, geen jaarafspraak in 2024 (rij 5)');
    expect(lines).toContain('    ✓ realisatie-1000-woningen: bes-02, bes-03, bes-04, bes-05 (rijen 2-5)');
    expect(lines).toContain('    ✓ plannen-sloop-renovatie: duu-09 (rij 9): een verwijzing naar thema 7 (productieafspraken)');
    expect(lines.filter((l) => /^ {4}[✓✗] /.test(l))).toHaveLength(report.kaderafspraken.length);
    expect(lines.filter((l) => l.startsWith('    ✗ ')).map((l) => l.split(':')[0]!.slice(6))).toEqual(report.kaderafspraken.filter((k) => !k.covered).map((k) => k.id));
    const { total, covered, uncovered } = report.summary;
    expect(lines.at(-2)).toBe(`${covered} van ${total} kaderafspraken gedekt; ${uncovered} zonder jaarafspraak in 2024 (2 alleen via een verwijzing naar een ander thema)`);
  });

  it('has no colour under NO_COLOR, and colour when forced', () => {
    expect(result.stdout).not.toMatch(/\u001b\[/);
    const forced = runCli(['coverage', example], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[31m✗\u001b\[39m/);
    expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toBe(result.stdout);
    expect(runCli(['coverage', example], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('jaarschijf coverage --format md', () => {
  const result = runCli(['coverage', example, '--format', 'md']);
  const rows = result.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Doelstelling') && !l.startsWith('| ---'));

  it('has one table row per kaderafspraak, the uncovered ones marked in words', () => {
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# Dekking van de kaderafspraken, jaarschijf 2024');
    expect(result.stdout).toContain('**47 van 53 kaderafspraken gedekt; 6 zonder jaarafspraak in 2024.');
    expect(rows).toHaveLength(report.kaderafspraken.length);
    const uncovered = rows.filter((r) => r.includes('**✗ niet gedekt**'));
    expect(uncovered.map((r) => /<small>([a-z0-9-]+)<\/small>/.exec(r)![1])).toEqual(report.kaderafspraken.filter((k) => !k.covered).map((k) => k.id));
    expect(result.stdout).toContain('rij 9 · duu-09: verwijzing naar thema 7 (productieafspraken) | ✓ gedekt via verwijzing |');
    // Four cells per row: no text breaks the table.
    for (const r of rows) expect(r.replace(/\\\|/g, '').split(' | ')).toHaveLength(4);
  });
});

describe('jaarschijf coverage --templates', () => {
  it('takes its wording from a wording.json in the folder given, as render does', () => {
    const copy = exampleCopy();
    copy.write('wording.json', JSON.stringify({ coverage: { reportTitle: 'Dekkingsoverzicht {{year}}' } }));
    const result = runCli(['coverage', '2024.ts', '--format', 'md', '--templates', '.'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# Dekkingsoverzicht 2024');
  });
});

describe('--strict, -o and errors', () => {
  it('--strict exits 1 on the example, saying why, after printing the report', () => {
    const result = runCli(['coverage', example, '--strict']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('47 van 53 kaderafspraken gedekt');
    expect(result.stderr).toBe('jaarschijf coverage --strict: 6 kaderafspraken zonder jaarafspraak in 2024\n');
  });

  it('--strict exits 0 when every kaderafspraak is covered (here from the productieafspraken theme)', () => {
    const copy = exampleCopy();
    const gaps = ['praktische-oplossingen', 'subsidiemogelijkheden', 'permanente-woonbehoefte', 'buffercapaciteit-azc', 'huisvesting-arbeidsmigranten', 'analyse-lokale-opgave'];
    gaps.forEach((kader, i) => copy.edit('2024.ts', `{ id: 'pro-0${i + 1}', text:`, `{ id: 'pro-0${i + 1}', kader: '${kader}', text:`));
    const result = runCli(['coverage', '2024.ts', '--strict', '--format', 'json'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as JsonReport).summary).toMatchObject({ total: 53, covered: 53, uncovered: 0 });
  });

  it('-o writes the report atomically and prints the path', () => {
    const copy = exampleCopy();
    const result = runCli(['coverage', '2024.ts', '--format', 'json', '-o', 'out/coverage.json'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('out/coverage.json\n');
    expect(JSON.parse(readFileSync(join(copy.dir, 'out/coverage.json'), 'utf8'))).toEqual({ ...report, file: '2024.ts' });
    expect(readdirSync(join(copy.dir, 'out'))).toEqual(['coverage.json']);
  });

  it('an unknown kaderafspraak: exit 1 with the diagnostic naming file and field, no stack trace', () => {
    const copy = exampleCopy();
    copy.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'bestaat-niet-99'");
    const result = runCli(['coverage', '2024.ts', '--format', 'json'], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: onbekende kaderafspraak "bestaat-niet-99"$/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('usage mistakes exit 1 with the usage line', () => {
    for (const args of [['coverage'], ['coverage', example, 'agreements/harderwijk/2023.ts'], ['coverage', example, '--format', 'odt'], ['coverage', example, '--format', 'json,md'], ['coverage', example, '--nope']]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/^jaarschijf: .+\nGebruik: jaarschijf coverage /);
    }
  });

  it('a missing file is a diagnostic, not a crash', () => {
    const result = runCli(['coverage', 'agreements/harderwijk/2099.ts']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('agreements/harderwijk/2099.ts: bestand bestaat niet');
  });
});
