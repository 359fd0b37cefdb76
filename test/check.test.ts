import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';

/** Run `check 2024.ts` in a broken copy; expect exit 1, the given lines, and no stack trace. */
function expectProblems(setup: (copy: ReturnType<typeof exampleCopy>) => void, ...expected: (string | RegExp)[]) {
  const copy = exampleCopy();
  setup(copy);
  const result = runCli(['check', '2024.ts'], { cwd: copy.dir });
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  for (const e of expected) expect(lines.some((l) => (typeof e === 'string' ? l === e : e.test(l))), `${e} in:\n${result.stderr}`).toBe(true);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(lines.at(-1)).toMatch(/^\d+ (probleem|problemen) gevonden\.$/);
  return result;
}

describe('jaarschijf check', () => {
  it('accepts the bundled 2024 and 2023 sources and summarises them', () => {
    const result = runCli(['check', 'agreements/harderwijk/2024.ts', 'agreements/harderwijk/2023.ts']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('agreements/harderwijk/2024.ts: jaarschijf 2024 van "Raamovereenkomst sociale huur 2022-2026" (2022-2026) is in orde en klaar om te ondertekenen');
    expect(result.stdout).toMatch(/7 thema's, 87 jaarafspraken; \d+ van de \d+ kaderafspraken hebben een jaarafspraak/);
    expect(result.stdout).toContain('ondertekening: Harderwijk, 12 december 2023 (5 ondertekenaars)');
    expect(result.stdout).toContain('agreements/harderwijk/2023.ts: jaarschijf 2023');
    expect(result.stdout).toContain('ondertekening: nog niet (geen signing-blok)');
  });

  it('names an unknown kaderafspraak in one line, with its line, theme and agreement', () => {
    const result = expectProblems(
      (c) => c.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'bestaat-niet-99'"),
      /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: onbekende kaderafspraak "bestaat-niet-99"$/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('points at the line and column where the value is written', () => {
    const copy = exampleCopy();
    copy.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'bestaat-niet-99'");
    const lines = readFileSync(join(copy.dir, '2024.ts'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes("'bestaat-niet-99'")) + 1;
    const column = lines[line - 1]!.indexOf('kader:') + 1;
    const result = runCli(['check', '2024.ts'], { cwd: copy.dir });
    expect(result.stderr).toContain(`2024.ts:${line}:${column}: thema Beschikbaarheid, afspraak bes-01: kader:`);
  });

  it('suggests the id that was probably meant', () => {
    expectProblems((c) => c.edit('2024.ts', "party: 'uwoon'", "party: 'uwon'"), /^2024\.ts:\d+:\d+: ondertekenaar [^:]+: party: onbekende partij "uwon" — bedoelde u "uwoon"\?/);
  });

  it('refuses a kaderafspraak of another theme', () => {
    expectProblems(
      (c) => c.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'gematigd-streefhuurbeleid'"),
      /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: kaderafspraak "gematigd-streefhuurbeleid" hoort bij thema "betaalbaarheid"/,
    );
  });

  it('reports duplicate ids, in the jaarschijf and in the raamovereenkomst', () => {
    expectProblems((c) => c.edit('2024.ts', "id: 'bes-02'", "id: 'bes-01'"), /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: id: id "bes-01" komt twee keer voor \(ook op regel \d+\)$/);
    expectProblems(
      (c) => c.edit('raamovereenkomst.ts', /'gematigd-streefhuurbeleid':|gematigd-streefhuurbeleid:/, 'uitvoeringsagenda:'),
      /^raamovereenkomst\.ts:\d+:\d+: thema Betaalbaarheid, doelstelling [a-z-]+: kaderafspraken\.uitvoeringsagenda: id "uitvoeringsagenda" komt twee keer voor/,
      /kaderafspraak "gematigd-streefhuurbeleid"|onbekende kaderafspraak/,
    );
  });

  it('reports a duplicate key in an object literal with its line', () => {
    expectProblems(
      (c) => c.edit('raamovereenkomst.ts', "    uwoon: {", "    harderwijk: {"),
      /^raamovereenkomst\.ts:\d+:\d+: dubbele sleutel "harderwijk" in hetzelfde object/,
    );
  });

  it('refuses a year outside the raamovereenkomst and a previous year that is not the year before', () => {
    expectProblems(
      (c) => c.edit('2024.ts', 'year: 2024', 'year: 2027'),
      /^2024\.ts:\d+:\d+: year: 2027 valt buiten de periode van de raamovereenkomst "Raamovereenkomst sociale huur 2022-2026" \(2022-2026\)$/,
      /^2024\.ts:\d+:\d+: previous: \.\/2023\.ts is de jaarschijf 2023; verwacht 2026, het jaar voor 2027$/,
    );
  });

  it('refuses a previous chain that skips a year or loops', () => {
    expectProblems((c) => c.edit('2023.ts', 'year: 2023', 'year: 2022'), /^2024\.ts:\d+:\d+: previous: \.\/2023\.ts is de jaarschijf 2022; verwacht 2023/);
    expectProblems((c) => c.edit('2023.ts', 'year: 2023,', "year: 2023,\n  previous: './2024.ts',"), /previous: de keten van vorige jaarschijven komt terug bij 2024\.ts$/);
    expectProblems((c) => c.edit('2024.ts', "previous: './2023.ts'", "previous: './2022.ts'"), /^2024\.ts:\d+:\d+: previous: de bron .*2022\.ts bestaat niet$/);
  });

  it('reports wrong types, missing and unknown fields with their lines', () => {
    expectProblems((c) => c.edit('2024.ts', 'year: 2024', "year: '2024'"), /^2024\.ts:\d+:\d+: year: verwacht een getal, niet een tekst$/);
    expectProblems(
      (c) => c.edit('2024.ts', /text: ("De gemeente stelt in 2024)/, 'txt: $1'),
      /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: text: ontbreekt$/,
      /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: txt: onbekend veld$/,
    );
    expectProblems((c) => c.edit('2024.ts', "date: '2023-12-12'", "date: '12-12-2023'"), /^2024\.ts:\d+:\d+: signing\.date: een datum schrijft u als JJJJ-MM-DD/);
  });

  it('refuses unknown parties as trekker', () => {
    expectProblems((c) => c.edit('2024.ts', "trekker: ['gemeente']", "trekker: ['gemeentee']"), /^2024\.ts:\d+:\d+: thema productieafspraken, afspraak pro-\d+: trekker\[0\]: onbekende partij "gemeentee" — bedoelde u "gemeente"\?/);
  });

  it('reports a syntax error with line and column', () => {
    expectProblems((c) => c.edit('2024.ts', 'year: 2024,', 'year: 2024,,'), /^2024\.ts:5:\d+: syntaxfout: /);
  });

  it('reports a source that throws while loading, with its line and without a stack trace', () => {
    expectProblems((c) => c.edit('2024.ts', "import { defineJaarschijf } from 'jaarschijf';", "import { defineJaarschijf } from 'jaarschijf';\nthrow new Error('kapot');"), /^2024\.ts:2:\d+: de bron faalt bij het uitvoeren: kapot$/);
  });

  it('reports a source without a jaarschijf', () => {
    expectProblems((c) => c.write('2024.ts', 'export const x = 1;\n'), /^2024\.ts: de bron heeft geen standaardexport/);
    expectProblems((c) => c.write('2024.ts', 'export default { year: 2024 };\n'), /^2024\.ts: de standaardexport is geen jaarschijf/);
    expectProblems((c) => c.write('2024.ts', "export default { year: 2024 };\n"), '2024.ts: de standaardexport is geen jaarschijf, monitor of raamovereenkomst (een jaarschijf schrijft `export default defineJaarschijf(raamovereenkomst, { ... })`)');
  });

  it('reports a previous year that is not a jaarschijf at the previous field, where render would fail', () => {
    const result = expectProblems((c) => c.edit('2024.ts', "previous: './2023.ts'", "previous: './raamovereenkomst.ts'"), /^2024\.ts:\d+:\d+: previous: raamovereenkomst\.ts is een raamovereenkomst, geen jaarschijf/);
    expect(result.stdout).toBe('');
  });

  it('checks a raamovereenkomst on its own, and every source in a folder as what it is', () => {
    const raam = runCli(['check', 'agreements/harderwijk/raamovereenkomst.ts']);
    expect(raam.stderr).toBe('');
    expect(raam.status).toBe(0);
    const parties = ['gemeente Harderwijk', 'Stichting Uwoon', 'Stichting Omnia Wonen', 'Stichting Huurdersraad Woonwijs', 'Stichting Huurdersorganisatie Omnia Wonen (SHOW)'];
    expect(raam.stdout).toBe(`agreements/harderwijk/raamovereenkomst.ts: raamovereenkomst "Raamovereenkomst sociale huur 2022-2026" (2022-2026) is in orde\n  6 thema's, 53 kaderafspraken; 5 partijen: ${parties.join(', ')}\n`);

    const copy = exampleCopy();
    copy.write('teksten.ts', "export default { zin: 'Een hulpbestand met teksten.' };\n");
    const folder = runCli(['check', '.'], { cwd: copy.dir });
    expect(folder.stderr).toBe('');
    expect(folder.status).toBe(0);
    const heads = folder.stdout.split('\n').filter((l) => l && !l.startsWith('  '));
    expect(heads.map((l) => l.slice(0, l.indexOf(':')))).toEqual(['2023.ts', '2024.ts', 'monitor-2024.ts', 'raamovereenkomst.ts', 'teksten.ts']);
    expect(heads[2]).toMatch(/^monitor-2024\.ts: monitor van jaarschijf 2024 \(2024\.ts\)/);
    expect(heads[3]).toMatch(/^raamovereenkomst\.ts: raamovereenkomst "/);
    expect(heads[4]).toBe('teksten.ts: geen jaarschijf, overgeslagen');

    // A problem in the raamovereenkomst is reported once, though three sources in the folder read it.
    copy.edit('raamovereenkomst.ts', "period: { from: 2022, to: 2026 }", "period: { from: 2022, to: 2020 }");
    const broken = runCli(['check', '.'], { cwd: copy.dir });
    expect(broken.status).toBe(1);
    const problems = broken.stderr.trim().split('\n');
    expect(problems.filter((l) => l.includes('de periode eindigt voordat ze begint'))).toHaveLength(1);
    expect(problems.at(-1)).toMatch(/^\d+ (probleem|problemen) gevonden\.$/);

    const empty = runCli(['check', 'logos'], { cwd: copy.dir });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('logos: deze map bevat geen .ts-bestanden');
  });

  it('refuses Markdown constructs an agreement cannot hold, naming the field', () => {
    expectProblems((c) => c.edit('2024.ts', 'De gemeente stelt in 2024', '<script>alert(1)</script> De gemeente stelt in 2024'), /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: text: HTML is niet toegestaan \(alleen <u>\.\.\.<\/u> voor onderstrepen\)/);
    expectProblems((c) => c.edit('2024.ts', 'text: "De gemeente stelt in 2024', 'text: "# Kop\\n\\nDe gemeente stelt in 2024'), /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: text: een kop \(#\) kan niet in de tekst van een afspraak$/);
    expectProblems((c) => c.edit('2024.ts', 'text: "De gemeente stelt in 2024', 'text: "[x](javascript:alert(1)) De gemeente stelt in 2024'), /afspraak bes-01: text: een link moet beginnen met http:, https: of mailto:/);
  });

  it('refuses an agreement text of 1 MB with a clear message', () => {
    expectProblems((c) => c.edit('2024.ts', 'text: "De gemeente stelt in 2024', 'text: "x".repeat(1024 * 1024) + "De gemeente stelt in 2024'), /^2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: text: te lang: hoogstens 20000 tekens$/);
  });

  describe('logos', () => {
    it('reports a missing logo file', () => {
      expectProblems((c) => c.edit('raamovereenkomst.ts', 'logos/uwoon.svg', 'logos/uwoon-weg.svg'), /^raamovereenkomst\.ts:\d+:\d+: partij uwoon: logo: het logobestand "logos\/uwoon-weg\.svg" bestaat niet$/);
    });
    it('reports a logo that is not an image, or unreadable', () => {
      expectProblems((c) => c.write('logos/uwoon.svg', 'dit is geen plaatje'), /^raamovereenkomst\.ts:\d+:\d+: partij uwoon: logo: "logos\/uwoon\.svg" is geen SVG- of PNG-afbeelding$/);
      expectProblems((c) => {
        mkdirSync(join(c.dir, 'logos/map.svg'));
        c.edit('raamovereenkomst.ts', 'logos/uwoon.svg', 'logos/map.svg');
      }, /^raamovereenkomst\.ts:\d+:\d+: partij uwoon: logo: "logos\/map\.svg" is een map, geen afbeelding$/);
    });
    it('refuses an SVG with a script or an external reference', () => {
      expectProblems((c) => c.write('logos/uwoon.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>'), /^raamovereenkomst\.ts:\d+:\d+: partij uwoon: logo: "logos\/uwoon\.svg": het SVG-bestand bevat een script$/);
      expectProblems(
        (c) => c.write('logos/uwoon.svg', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><image xlink:href="https://example.org/x.png" width="10" height="10"/></svg>'),
        /^raamovereenkomst\.ts:\d+:\d+: partij uwoon: logo: "logos\/uwoon\.svg": het SVG-bestand verwijst naar een ander bestand/,
      );
      expectProblems((c) => c.write('logos/uwoon.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"></svg>'), /het SVG-bestand heeft een gebeurtenis \(onload\), dus een script/);
    });
    it('refuses a logo outside the project folder', () => {
      expectProblems((c) => {
        writeFileSync(join(c.dir, '..', 'buiten.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>');
        c.edit('raamovereenkomst.ts', 'logos/uwoon.svg', '../buiten.svg');
      }, /^raamovereenkomst\.ts:\d+:\d+: partij uwoon: logo: "\.\.\/buiten\.svg" ligt buiten de projectmap/);
    });
  });

  it('collects all problems of all files before exiting', () => {
    const result = expectProblems(
      (c) => {
        c.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'bestaat-niet-99'");
        c.edit('2023.ts', "kader: 'uitvoeringsagenda'", "kader: 'ook-niet'");
        c.edit('raamovereenkomst.ts', 'logos/show.svg', 'logos/weg.svg');
      },
      /^2024\.ts:\d+:\d+: .*"bestaat-niet-99"/,
      /^2023\.ts:\d+:\d+: .*"ook-niet"/,
      /raamovereenkomst\.ts:\d+:\d+: partij show: logo/,
    );
    expect(result.stderr).toMatch(/problemen gevonden\.$/m);
  });

  it('explains how to call it', () => {
    const result = runCli(['check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Gebruik: jaarschijf check');
    expect(runCli(['bestaat-niet']).status).toBe(1);
    const missing = runCli(['check', 'agreements/harderwijk/2099.ts']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('agreements/harderwijk/2099.ts: bestand bestaat niet');
  });
});
