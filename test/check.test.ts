import { mkdirSync, writeFileSync } from 'node:fs';
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
  expect(lines.at(-1)).toMatch(/^\d+ problems? found\.$/);
  return result;
}

describe('jaarschijf check', () => {
  it('accepts the bundled 2024 and 2023 sources and summarises them', () => {
    const result = runCli(['check', 'agreements/harderwijk/2024.ts', 'agreements/harderwijk/2023.ts']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('agreements/harderwijk/2024.ts: jaarschijf 2024 of "Raamovereenkomst sociale huur 2022-2026" (2022-2026) is valid');
    expect(result.stdout).toMatch(/7 themes, 87 jaarafspraken, \d+ of \d+ kaderafspraken referenced/);
    expect(result.stdout).toContain('signed: Harderwijk, 12 december 2023 (5 signatories)');
    expect(result.stdout).toContain('agreements/harderwijk/2023.ts: jaarschijf 2023');
    expect(result.stdout).toContain('draft: no signing block');
  });

  it('names an unknown kaderafspraak in one line', () => {
    const result = expectProblems(
      (c) => c.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'bestaat-niet-99'"),
      '2024.ts: themes.beschikbaarheid.afspraken[0].kader: unknown kaderafspraak "bestaat-niet-99"',
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('suggests the id that was probably meant', () => {
    expectProblems((c) => c.edit('2024.ts', "party: 'uwoon'", "party: 'uwon'"), /^2024\.ts: signing\.signatories\[1\]\.party: unknown party "uwon" \(did you mean "uwoon"\?\)/);
  });

  it('refuses a kaderafspraak of another theme', () => {
    expectProblems(
      (c) => c.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'gematigd-streefhuurbeleid'"),
      /^2024\.ts: themes\.beschikbaarheid\.afspraken\[0\]\.kader: kaderafspraak "gematigd-streefhuurbeleid" belongs to theme "betaalbaarheid"/,
    );
  });

  it('reports duplicate ids, in the jaarschijf and in the raamovereenkomst', () => {
    expectProblems((c) => c.edit('2024.ts', "id: 'bes-02'", "id: 'bes-01'"), /^2024\.ts: themes\.beschikbaarheid\.afspraken\[1\]\.id: duplicate id "bes-01" \(also at themes\.beschikbaarheid\.afspraken\[0\]\)$/);
    expectProblems(
      (c) => c.edit('raamovereenkomst.ts', /'gematigd-streefhuurbeleid':|gematigd-streefhuurbeleid:/, 'uitvoeringsagenda:'),
      /^raamovereenkomst\.ts: themes\.betaalbaarheid\.doelstellingen\.[a-z-]+\.kaderafspraken\.uitvoeringsagenda: duplicate id "uitvoeringsagenda"/,
      /kaderafspraak "gematigd-streefhuurbeleid"|unknown kaderafspraak/,
    );
  });

  it('reports a duplicate key in an object literal as a duplicate id with its line', () => {
    expectProblems(
      (c) => c.edit('raamovereenkomst.ts', "    uwoon: {", "    harderwijk: {"),
      /^raamovereenkomst\.ts:\d+:\d+: duplicate id "harderwijk"$/,
    );
  });

  it('refuses a year outside the raamovereenkomst and a previous year that is not the year before', () => {
    expectProblems(
      (c) => c.edit('2024.ts', 'year: 2024', 'year: 2027'),
      '2024.ts: year: 2027 lies outside the period of the raamovereenkomst "Raamovereenkomst sociale huur 2022-2026" (2022-2026)',
      '2024.ts: previous: ./2023.ts is the jaarschijf 2023; expected 2026, the year before 2027',
    );
  });

  it('refuses a previous chain that skips a year or loops', () => {
    expectProblems((c) => c.edit('2023.ts', 'year: 2023', 'year: 2022'), /^2024\.ts: previous: \.\/2023\.ts is the jaarschijf 2022; expected 2023/);
    expectProblems((c) => c.edit('2023.ts', 'year: 2023,', "year: 2023,\n  previous: './2024.ts',"), /previous: the chain of previous jaarschijven loops back to 2024\.ts$/);
    expectProblems((c) => c.edit('2024.ts', "previous: './2023.ts'", "previous: './2022.ts'"), '2024.ts: previous: file not found: ./2022.ts');
  });

  it('reports wrong types, missing and unknown fields with their paths', () => {
    expectProblems((c) => c.edit('2024.ts', 'year: 2024', "year: '2024'"), '2024.ts: year: expected a number, got a string');
    expectProblems((c) => c.edit('2024.ts', /text: ("De gemeente stelt in 2024)/, 'txt: $1'), '2024.ts: themes.beschikbaarheid.afspraken[0].text: required', '2024.ts: themes.beschikbaarheid.afspraken[0].txt: unknown field');
    expectProblems((c) => c.edit('2024.ts', "date: '2023-12-12'", "date: '12-12-2023'"), '2024.ts: signing.date: a date is written as YYYY-MM-DD');
  });

  it('refuses unknown parties as trekker', () => {
    expectProblems((c) => c.edit('2024.ts', "trekker: ['gemeente']", "trekker: ['gemeentee']"), /^2024\.ts: themes\.productieafspraken\.afspraken\[\d+\]\.trekker\[0\]: unknown party "gemeentee" \(did you mean "gemeente"\?\)/);
  });

  it('reports a syntax error with line and column', () => {
    expectProblems((c) => c.edit('2024.ts', 'year: 2024,', 'year: 2024,,'), /^2024\.ts:\d+:\d+: syntax error: /);
  });

  it('reports a source that throws while loading, without a stack trace', () => {
    expectProblems((c) => c.edit('2024.ts', "import { defineJaarschijf } from 'jaarschijf';", "import { defineJaarschijf } from 'jaarschijf';\nthrow new Error('kapot');"), '2024.ts: the source failed while loading: kapot');
  });

  it('reports a source without a jaarschijf', () => {
    expectProblems((c) => c.write('2024.ts', 'export const x = 1;\n'), /^2024\.ts: the source has no default export/);
    expectProblems((c) => c.write('2024.ts', 'export default { year: 2024 };\n'), /^2024\.ts: the default export is not a jaarschijf/);
  });

  it('refuses Markdown constructs an agreement cannot hold, naming the field', () => {
    expectProblems((c) => c.edit('2024.ts', 'De gemeente stelt in 2024', '<script>alert(1)</script> De gemeente stelt in 2024'), /^2024\.ts: themes\.beschikbaarheid\.afspraken\[0\]\.text: raw HTML is not allowed \(only <u>\.\.\.<\/u> for underline\)/);
    expectProblems((c) => c.edit('2024.ts', 'text: "De gemeente stelt in 2024', 'text: "# Kop\\n\\nDe gemeente stelt in 2024'), '2024.ts: themes.beschikbaarheid.afspraken[0].text: a heading (#) is not supported in agreement texts');
    expectProblems((c) => c.edit('2024.ts', 'text: "De gemeente stelt in 2024', 'text: "[x](javascript:alert(1)) De gemeente stelt in 2024'), /themes\.beschikbaarheid\.afspraken\[0\]\.text: link target must start with http:, https: or mailto:/);
  });

  it('refuses an agreement text of 1 MB with a clear message', () => {
    expectProblems((c) => c.edit('2024.ts', 'text: "De gemeente stelt in 2024', 'text: "x".repeat(1024 * 1024) + "De gemeente stelt in 2024'), '2024.ts: themes.beschikbaarheid.afspraken[0].text: too long: at most 20000 characters');
  });

  describe('logos', () => {
    it('reports a missing logo file', () => {
      expectProblems((c) => c.edit('raamovereenkomst.ts', 'logos/uwoon.svg', 'logos/uwoon-weg.svg'), 'raamovereenkomst.ts: parties.uwoon.logo: logo file not found: logos/uwoon-weg.svg');
    });
    it('reports a logo that is not an image, or unreadable', () => {
      expectProblems((c) => c.write('logos/uwoon.svg', 'dit is geen plaatje'), 'raamovereenkomst.ts: parties.uwoon.logo: "logos/uwoon.svg" is not an SVG or PNG image');
      expectProblems((c) => {
        mkdirSync(join(c.dir, 'logos/map.svg'));
        c.edit('raamovereenkomst.ts', 'logos/uwoon.svg', 'logos/map.svg');
      }, 'raamovereenkomst.ts: parties.uwoon.logo: "logos/map.svg" is a folder, not an image file');
    });
    it('refuses an SVG with a script or an external reference', () => {
      expectProblems((c) => c.write('logos/uwoon.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>'), 'raamovereenkomst.ts: parties.uwoon.logo: "logos/uwoon.svg": the SVG contains a script');
      expectProblems(
        (c) => c.write('logos/uwoon.svg', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><image xlink:href="https://example.org/x.png" width="10" height="10"/></svg>'),
        /^raamovereenkomst\.ts: parties\.uwoon\.logo: "logos\/uwoon\.svg": the SVG refers to an external resource/,
      );
      expectProblems((c) => c.write('logos/uwoon.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"></svg>'), /the SVG has an event handler \(onload\)/);
    });
    it('refuses a logo outside the project folder', () => {
      expectProblems((c) => {
        writeFileSync(join(c.dir, '..', 'buiten.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>');
        c.edit('raamovereenkomst.ts', 'logos/uwoon.svg', '../buiten.svg');
      }, /^raamovereenkomst\.ts: parties\.uwoon\.logo: "\.\.\/buiten\.svg" lies outside the project folder/);
    });
  });

  it('collects all problems of all files before exiting', () => {
    const result = expectProblems(
      (c) => {
        c.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'bestaat-niet-99'");
        c.edit('2023.ts', "kader: 'uitvoeringsagenda'", "kader: 'ook-niet'");
        c.edit('raamovereenkomst.ts', 'logos/show.svg', 'logos/weg.svg');
      },
      /2024\.ts: .*"bestaat-niet-99"/,
      /2023\.ts: .*"ook-niet"/,
      /raamovereenkomst\.ts: parties\.show\.logo/,
    );
    expect(result.stderr).toMatch(/problems found\.$/m);
  });

  it('explains how to call it', () => {
    const result = runCli(['check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Gebruik: jaarschijf check');
    expect(runCli(['bestaat-niet']).status).toBe(1);
    const missing = runCli(['check', 'agreements/harderwijk/2099.ts']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('agreements/harderwijk/2099.ts: file not found');
  });
});
