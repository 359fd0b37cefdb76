/**
 * The general model through the commands (the writers' own tests assert the
 * Word and PDF pages): a jaarschijf without raamovereenkomst through check,
 * coverage, diff and the reports; a draft into a new period; changed
 * streefwaarden in the diff; messages for the new fields that say where.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';

/** A scratch project holding a copy of a bundled example in `<name>/`. */
function project(example: string): { dir: string; edit(file: string, from: string, to: string): void } {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-general-'));
  writeFileSync(join(dir, 'package.json'), '{}\n');
  cpSync(join(repoRoot, 'agreements', example), dir, { recursive: true });
  return {
    dir,
    edit(file, from, to) {
      const text = readFileSync(join(dir, file), 'utf8');
      if (!text.includes(from)) throw new Error(`fixture edit found nothing to replace in ${file}: ${from}`);
      writeFileSync(join(dir, file), text.replace(from, to));
    },
  };
}

describe('a jaarschijf without raamovereenkomst (Utrechtse Heuvelrug 2019)', () => {
  const p = project('utrechtse-heuvelrug');

  it('check says it stands on its own and counts no kaderafspraken', () => {
    const result = runCli(['check', '2019.ts'], { cwd: p.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2019\.ts: jaarschijf 2019 "Prestatieafspraken 2019" \(zonder raamovereenkomst\) is geldig, maar nog niet klaar/m);
    expect(result.stdout).toMatch(/^ {2}1 thema, 5 jaarafspraken$/m);
    expect(result.stdout).not.toContain('kaderafspraken hebben');
  });

  it('coverage says there is nothing to cover, in text and JSON', () => {
    const text = runCli(['coverage', '2019.ts'], { cwd: p.dir });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Jaarschijf 2019 staat op zichzelf, zonder raamovereenkomst: er zijn geen kaderafspraken om te dekken.');
    expect(text.stdout).not.toContain('0 van 0');
    const json = JSON.parse(runCli(['coverage', '2019.ts', '--format', 'json'], { cwd: p.dir }).stdout);
    expect(json).toMatchObject({ standalone: true, kaderafspraken: [], summary: { total: 0, covered: 0, uncovered: 0 } });
    expect(json.themes.map((t: { id: string }) => t.id)).toEqual(['doelgroepen']);
  });

  it('drafts the next year on its own, and the diff shows a changed agreement and a changed streefwaarde', async () => {
    const drafted = runCli(['draft', '2020', '--from', '2019.ts'], { cwd: p.dir });
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).not.toContain('kaderafspraken');
    const source = readFileSync(join(p.dir, '2020.ts'), 'utf8');
    expect(source).not.toContain("from './2019.ts'"); // no raamovereenkomst import
    expect(source).toMatch(/^export default defineJaarschijf\(\{$/m);
    const next = await loadJaarschijf(join(p.dir, '2020.ts'));
    expect(next.raamovereenkomst.standalone).toBe(true);
    expect(next.previous?.jaarschijf.year).toBe(2019);

    p.edit('2020.ts', "'2020': '≤ 25'", "'2020': '≤ 20'");
    p.edit('2020.ts', 'blijft van kracht.', 'blijft in 2020 van kracht.');
    const json = JSON.parse(runCli(['diff', '2019.ts', '2020.ts', '--format', 'json'], { cwd: p.dir }).stdout);
    expect(json.summary).toMatchObject({ changed: 1, unchanged: 4, added: 0, removed: 0 });
    expect(json.changes.find((c: { status: string }) => c.status === 'changed').id).toBe('hsd-p2');
    const statushouders = json.indicators.find((i: { id: string }) => i.id === 'statushouders');
    expect(statushouders).toMatchObject({ status: 'changed', values: [{ what: 'target', year: '2020', before: '≤ 25', after: '≤ 20' }] });
    expect(json.indicators.filter((i: { status: string }) => i.status === 'unchanged').map((i: { id: string }) => i.id)).toEqual(['rapportage-verhuur', 'rapportage-mutaties']);

    const text = runCli(['diff', '2019.ts', '2020.ts'], { cwd: p.dir });
    expect(text.stdout).toMatch(/^Prestatie-indicatoren$/m);
    expect(text.stdout).toContain('streefwaarde 2020: [-≤ 25-]{+≤ 20+}');

    const md = runCli(['diff', '2019.ts', '2020.ts', '--format', 'md', '-o', 'wijzigingen.md'], { cwd: p.dir });
    expect(md.status).toBe(0);
    const report = readFileSync(join(p.dir, 'wijzigingen.md'), 'utf8');
    expect(report).toMatch(/^## Prestatie-indicatoren$/m);
    expect(report).toMatch(/\| <small>Streefwaarde 2020<\/small> \| ~~≤ 25~~ \| <ins>≤ 20<\/ins> \|/);
  });

  it('renders Markdown with numbered chapters, the kinds as lists, the indicators as a table and the bijlagen', () => {
    const result = runCli(['render', '2019.ts', '--format', 'md', '-o', 'uit'], { cwd: p.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const md = readFileSync(join(p.dir, 'uit/utrechtse-heuvelrug-2019.md'), 'utf8');
    expect(md).toMatch(/^## 1 Voorwoord$/m);
    expect(md).toMatch(/^### 1\.1 Nieuwe Woonvisie$/m);
    expect(md).toMatch(/^#### 2\.1\.1 Huisvesten specifieke doelgroepen$/m);
    expect(md).toMatch(/Resultaatafspraak Federatie 2019-2024/);
    expect(md).toMatch(/^\| Indicator \|/m);
    expect(md).toMatch(/Bijlage 1/);
  });
});

describe('a check of the new fields names the place in words', () => {
  const p = project('utrechtse-heuvelrug');
  p.edit('2019.ts', "kind: 'proces'", "kind: 'procs'");
  p.edit('2019.ts', "'rhenam-wonen', 'wbv-maarn']", "'rhenam-wonen', 'wbv-marn']");
  p.edit('2019.ts', "indicators: ['statushouders']", "indicators: ['statushouder']");
  p.edit('2019.ts', '[bijlage](#afkortingen)', '[bijlage](#afkorting)');
  const result = runCli(['check', '2019.ts'], { cwd: p.dir });
  const lines = result.stderr.trim().split('\n');

  it('lists every problem once, with line and column, and exits 1', () => {
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines.at(-1)).toBe('4 problemen gevonden.');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^2019\.ts:\d+:\d+: /);
  });

  it('says group, chapter, paragraph and agreement instead of a path', () => {
    expect(lines).toContainEqual(expect.stringMatching(/: groep federatie: members\[2\]: onbekende partij "wbv-marn" — bedoelde u "wbv-maarn"\?$/));
    expect(lines).toContainEqual(expect.stringMatching(/: hoofdstuk 1 Voorwoord: text: de link naar #afkorting wijst nergens heen: .*bedoelde u "afkortingen"\?$/));
    expect(lines).toContainEqual(expect.stringMatching(/: paragraaf 2\.1\.1 Huisvesten specifieke doelgroepen: indicators\[0\]: onbekende indicator "statushouder" — bedoelde u "statushouders"\?$/));
    expect(lines).toContainEqual(expect.stringMatching(/: thema Huisvesten specifieke doelgroepen, afspraak hsd-p1: kind: onbekende soort afspraak "procs" — bedoelde u "proces"\?; bekend zijn: resultaat, proces, verzoek$/));
  });
});

describe('draft into a new period (--raamovereenkomst)', () => {
  const copy = exampleCopy();
  // The next period's raamovereenkomst: one kaderafspraak renamed, one theme gone.
  const raam = readFileSync(join(copy.dir, 'raamovereenkomst.ts'), 'utf8')
    .replace("id: 'harderwijk-sociale-huur-2022-2026'", "id: 'harderwijk-2025-2028'")
    .replace("'Raamovereenkomst sociale huur 2022-2026'", "'Raamovereenkomst 2025-2028'")
    .replace('period: { from: 2022, to: 2026 }', 'period: { from: 2025, to: 2028 }')
    .replace('uitvoeringsagenda: ', "'uitvoeringsagenda-2025': ");
  copy.write('nieuw.ts', raam);
  const drafted = runCli(['draft', '2025', '--from', '2024.ts', '--raamovereenkomst', 'nieuw.ts'], { cwd: copy.dir });

  it('carries the agreements whose kaderafspraak still exists and says how many it left out', () => {
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toContain('86 afspraken overgenomen');
    expect(drafted.stdout).toContain('1 afspraak niet overgenomen: de nieuwe raamovereenkomst heeft geen plaats voor hun kaderafspraak');
    const source = readFileSync(join(copy.dir, '2025.ts'), 'utf8');
    expect(source).toContain("import raamovereenkomst from './nieuw.ts';");
    expect(source).toContain("previous: './2024.ts',");
  });

  it('lists what it left out and what is new as review marks, and check passes with them', async () => {
    const loaded = await loadJaarschijf(join(copy.dir, '2025.ts'));
    expect(loaded.raamovereenkomst.id).toBe('harderwijk-2025-2028');
    const ids = Object.values(loaded.jaarschijf.themes).flatMap((t) => t.afspraken.map((a) => a.id));
    expect(ids).not.toContain('bes-01');
    expect(loaded.jaarschijf.review).toContainEqual(expect.stringMatching(/^Afspraak "bes-01" is niet overgenomen: de nieuwe raamovereenkomst kent haar kaderafspraak "uitvoeringsagenda" niet\./));
    expect(loaded.jaarschijf.themes.beschikbaarheid!.review).toContainEqual(expect.stringMatching(/^Kaderafspraak "uitvoeringsagenda-2025" is nieuw in deze raamovereenkomst/));
    const check = runCli(['check', '2025.ts'], { cwd: copy.dir });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('jaarschijf 2025 van "Raamovereenkomst 2025-2028" (2025-2028) is geldig, maar nog niet klaar');
    expect(check.stdout).toContain('vorig jaar: 2024.ts (2024)');
  });

  it('quotes a left-out agreement and a new kaderafspraak as a reader sees them, not their Markdown', async () => {
    // bes-02 is written with <u>...</u> and line breaks; the new kaderafspraak with bold.
    copy.write(
      'zonder-realisatie.ts',
      raam.replace("'realisatie-1000-woningen': \"De gemeente en corporaties committeren zich aan de realisatie van 1.000", "'realisatie-2030': \"De gemeente en corporaties committeren zich aan de realisatie van **1.000**"),
    );
    const result = runCli(['draft', '2025', '--from', '2024.ts', '--raamovereenkomst', 'zonder-realisatie.ts', '-o', 'zonder.ts'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    const loaded = await loadJaarschijf(join(copy.dir, 'zonder.ts'));
    const marks = [...(loaded.jaarschijf.review ?? []), ...(loaded.jaarschijf.themes.beschikbaarheid!.review ?? [])];
    const left = marks.find((m) => m.startsWith('Afspraak "bes-02" is niet overgenomen'));
    expect(left).toMatch(/\(De woningcorporaties voegen in 2024 de volgende aantallen aan de woningvoorraad toe: Om/);
    const added = marks.find((m) => m.startsWith('Kaderafspraak "realisatie-2030" is nieuw'));
    expect(added).toContain('(De gemeente en corporaties committeren zich aan de realisatie van 1.000 sociale huurwon');
    for (const mark of [left!, added!]) expect(mark).not.toMatch(/<u>|\*\*|\\/);
  });

  it('refuses a year that is not the first of the new period, naming the raamovereenkomst', () => {
    const result = runCli(['draft', '2025', '--from', '2024.ts', '--raamovereenkomst', '2023.ts', '-o', 'x.ts'], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('2023.ts: de standaardexport is geen raamovereenkomst (een raamovereenkomst schrijft `export default defineRaamovereenkomst({ ... })`)\n1 probleem gevonden.\n');
    copy.write('later.ts', raam.replace('period: { from: 2025, to: 2028 }', 'period: { from: 2026, to: 2029 }'));
    const later = runCli(['draft', '2025', '--from', '2024.ts', '--raamovereenkomst', 'later.ts', '-o', 'y.ts'], { cwd: copy.dir });
    expect(later.status).toBe(1);
    expect(later.stderr).toContain('later.ts: de raamovereenkomst "Raamovereenkomst 2025-2028" begint in 2026');
  });

  it("checks the new raamovereenkomst's texts and logos as check does, and writes nothing while they have problems", () => {
    copy.write(
      'kapot.ts',
      raam.replace(`'uitvoeringsagenda-2025': "`, `'uitvoeringsagenda-2025': "<b>vet</b> `).replace("logo: 'logos/show.svg'", "logo: 'logos/ontbreekt.svg'"),
    );
    const result = runCli(['draft', '2025', '--from', '2024.ts', '--raamovereenkomst', 'kapot.ts', '-o', 'k.ts'], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^kapot\.ts:\d+:\d+: thema Beschikbaarheid, doelstelling [\w-]+: kaderafspraken\.uitvoeringsagenda-2025: HTML is niet toegestaan \(alleen <u>\.\.\.<\/u> voor onderstrepen\): <b>$/m);
    expect(result.stderr).toMatch(/^kapot\.ts:\d+:\d+: partij show: logo: het logobestand "logos\/ontbreekt\.svg" bestaat niet$/m);
    expect(existsSync(join(copy.dir, 'k.ts'))).toBe(false);
  });

  it('without --raamovereenkomst, a year after the period points to it', () => {
    const result = runCli(['draft', '2027', '--from', '2024.ts', '-o', 'z.ts'], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('valt buiten de periode van de raamovereenkomst "Raamovereenkomst sociale huur 2022-2026" (2022-2026); noem voor de eerste jaarschijf van een nieuwe periode de nieuwe raamovereenkomst met --raamovereenkomst');
  });
});
