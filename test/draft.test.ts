import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gereedEnd } from '../src/model/gereed.js';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { typecheckDir } from './helpers/typecheck.js';
import { partText, unzipDocx } from './helpers/docx.js';
import { pageTexts } from './helpers/pdf.js';
import { hasTool } from './helpers/tools.js';

describe('jaarschijf draft', () => {
  const copy = exampleCopy();
  const drafted = runCli(['draft', '2025', '--from', '2024.ts'], { cwd: copy.dir });
  const source = existsSync(join(copy.dir, '2025.ts')) ? readFileSync(join(copy.dir, '2025.ts'), 'utf8') : '';

  it('writes 2025.ts next to 2024.ts and says what it did', () => {
    expect(drafted.stderr).toBe('');
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toContain('2025.ts: draft of jaarschijf 2025 written');
    expect(drafted.stdout).toContain('87 agreements carried over for review');
    expect(source).toContain('  year: 2025,');
    expect(source).toContain("  previous: './2024.ts',");
    expect(source).not.toMatch(/^\s*signing:/m);
  });

  it('passes check as it is, as a draft whose previous year is 2024', () => {
    const result = runCli(['check', '2025.ts'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('previous: 2024.ts (2024)');
    expect(result.stdout).toContain('draft: no signing block');
  });

  it('passes tsc as it is', () => {
    const result = typecheckDir(copy.dir);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('carries over every agreement with its id, marked for review', () => {
    const ids2024 = [...readFileSync(join(copy.dir, '2024.ts'), 'utf8').matchAll(/id: '([a-z]+-\d+)'/g)].map((m) => m[1]);
    const ids2025 = [...source.matchAll(/id: '([a-z]+-\d+)'/g)].map((m) => m[1]);
    expect(new Set(ids2025)).toEqual(new Set(ids2024));
    expect(ids2025).toHaveLength(87);
    // One review comment per agreement.
    expect(source.match(/\/\/ (TODO review|review: carried over)/g)).toHaveLength(87);
  });

  it('flags agreements that name 2024 or whose deadline has passed', () => {
    const lines = source.split('\n');
    const before = (id: string) => lines[lines.findIndex((l) => l.includes(`id: '${id}'`)) - 1]!.trim();
    expect(before('bes-01')).toBe('// TODO review (names 2024; reword for 2025)'); // "De gemeente stelt in 2024 ..."
    expect(before('bes-03')).toBe('// review: carried over from 2024');
    expect(before('pro-04')).toBe('// TODO review (names 2024; reword for 2025; gereed "Q1 2024" has passed)');
    expect(before('pro-13')).toBe('// review: carried over from 2024'); // gereed "Doorlopend"
  });

  it('marks each kaderafspraak without a jaarafspraak in 2024 with a placeholder', () => {
    const placeholders = [...source.matchAll(/\/\/ TODO: kaderafspraak '([a-z0-9-]+)' had no jaarafspraak in 2024/g)].map((m) => m[1]);
    expect(placeholders).toContain('buffercapaciteit-azc');
    expect(placeholders).toContain('praktische-oplossingen');
    expect(placeholders).not.toContain('uitvoeringsagenda');
    expect(drafted.stdout).toContain(`${placeholders.length} kaderafspraken had no jaarafspraak in 2024`);
  });

  it('renders to Word and PDF marked CONCEPT on every page', () => {
    const rendered = runCli(['render', '2025.ts', '--format', 'docx,pdf', '-o', 'out'], { cwd: copy.dir });
    expect(rendered.stderr).toBe('');
    expect(rendered.status).toBe(0);
    const docx = unzipDocx(readFileSync(join(copy.dir, 'out/harderwijk-2025.docx')));
    const headers = Object.keys(docx).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(partText(docx, header)).toMatch(/<v:textpath [^>]*string="CONCEPT"/);
    if (hasTool('pdftotext')) {
      const pages = pageTexts(join(copy.dir, 'out/harderwijk-2025.pdf'));
      expect(pages.length).toBeGreaterThan(10);
      for (const page of pages) expect(page).toContain('CONCEPT');
    }
  });

  it('lines up with 2024 in the diff: no agreement is removed', () => {
    const result = runCli(['diff', '2024.ts', '2025.ts', '--format', 'json'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout) as { summary: Record<string, number> };
    expect(diff.summary.removed).toBe(0);
    expect(diff.summary.added).toBe(0);
    expect(diff.summary.unchanged).toBe(87);
  });

  it('leaves the title to the template, so no old year is copied into the fixed wording', () => {
    expect(source).not.toMatch(/^\s*title: .*Jaarschijf 2024/m);
  });

  it('refuses a year outside the raamovereenkomst, a year not after the source, and an existing file', () => {
    const outside = runCli(['draft', '2027', '--from', '2024.ts'], { cwd: copy.dir });
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('2024.ts: cannot draft 2027: it lies outside the period of the raamovereenkomst "Raamovereenkomst sociale huur 2022-2026" (2022-2026)');
    const earlier = runCli(['draft', '2023', '--from', '2024.ts'], { cwd: copy.dir });
    expect(earlier.status).toBe(1);
    expect(earlier.stderr).toContain('cannot draft 2023 from the jaarschijf 2024: the draft must come after it');
    const skipping = runCli(['draft', '2026', '--from', '2024.ts'], { cwd: copy.dir });
    expect(skipping.status).toBe(1);
    expect(skipping.stderr).toContain('draft 2025 first');

    writeFileSync(join(copy.dir, '2025.ts'), '// my own work\n');
    const existing = runCli(['draft', '2025', '--from', '2024.ts'], { cwd: copy.dir });
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('2025.ts: already exists; not overwritten (use --force to replace it)');
    expect(readFileSync(join(copy.dir, '2025.ts'), 'utf8')).toBe('// my own work\n');
    const forced = runCli(['draft', '2025', '--from', '2024.ts', '--force'], { cwd: copy.dir });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(copy.dir, '2025.ts'), 'utf8')).toBe(source);
  });
});

describe('gereed deadlines', () => {
  it.each([
    ['Q1 2024', '2024-03-31'],
    ['Q2 2024', '2024-06-30'],
    ['december 2024', '2024-12-31'],
    ['februari 2024', '2024-02-29'],
    ['2025', '2025-12-31'],
    ['2024-05-01', '2024-05-01'],
    ['Doorlopend', undefined],
    ['Het projectoverzicht wordt jaarlijks geactualiseerd.', undefined],
  ])('%s ends on %s', (gereed, end) => {
    expect(gereedEnd(gereed)).toBe(end);
  });
});
