import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gereedEnd } from '../src/model/gereed.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
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
    expect(drafted.stdout).toContain('2025.ts: concept van jaarschijf 2025 geschreven');
    expect(drafted.stdout).toContain('87 afspraken overgenomen');
    expect(source).toContain('  year: 2025,');
    expect(source).toContain("  previous: './2024.ts',");
    expect(source).not.toMatch(/^\s*signing:/m);
  });

  it('passes check, but lists every review mark with its line and is not called ready', () => {
    const result = runCli(['check', '2025.ts'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('vorig jaar: 2024.ts (2024)');
    expect(result.stdout).toMatch(/2025\.ts: jaarschijf 2025 .* is geldig, maar nog niet klaar: \d+ punten om na te kijken/);
    expect(result.stdout).toMatch(/^2025\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: nakijken: noemt 2024: herformuleer voor 2025$/m);
    expect(result.stdout).not.toContain('klaar om te ondertekenen');
    const strict = runCli(['check', '--strict', '2025.ts'], { cwd: copy.dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('nog punten om na te kijken');
  });

  it('passes tsc as it is', () => {
    const result = typecheckDir(copy.dir);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('carries over every agreement with its id and all its fields', async () => {
    const [from, draft] = await Promise.all([loadJaarschijf(join(copy.dir, '2024.ts'), { previous: false }), loadJaarschijf(join(copy.dir, '2025.ts'), { previous: false })]);
    const strip = (a: object) => Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'review'));
    const agreements = (j: typeof from) => Object.values(j.jaarschijf.themes).flatMap((t) => t.afspraken.filter((a) => !a.emptyRow).map(strip));
    expect(agreements(draft)).toHaveLength(87);
    expect(new Set(agreements(draft).map((a) => JSON.stringify(a)))).toEqual(new Set(agreements(from).map((a) => JSON.stringify(a))));
  });

  it('writes review marks as data: agreements that name 2024 or whose deadline has passed', async () => {
    const draft = await loadJaarschijf(join(copy.dir, '2025.ts'), { previous: false });
    const review = (id: string) => Object.values(draft.jaarschijf.themes).flatMap((t) => t.afspraken).find((a) => a.id === id)!.review;
    expect(review('bes-01')).toEqual(['noemt 2024: herformuleer voor 2025']); // "De gemeente stelt in 2024 ..."
    expect(review('bes-03')).toBeUndefined();
    expect(review('pro-04')).toEqual(['noemt 2024: herformuleer voor 2025', 'gereed "Q1 2024" is verstreken']);
    expect(review('pro-13')).toBeUndefined(); // gereed "Doorlopend"
    expect(draft.jaarschijf.review).toContain('Alle afspraken van 2024 zijn overgenomen: lees ze na, werk ze bij of verwijder ze, en verwijder dan dit punt.');
    expect(draft.reviewMarks.length).toBeGreaterThan(10);
  });

  it('marks each kaderafspraak without a jaarafspraak in 2024 on its theme', async () => {
    const draft = await loadJaarschijf(join(copy.dir, '2025.ts'), { previous: false });
    const marks = Object.values(draft.jaarschijf.themes).flatMap((t) => [t.review ?? []].flat());
    const kaders = marks.flatMap((m) => /^Kaderafspraak "([a-z0-9-]+)" had in 2024 geen jaarafspraak/.exec(m)?.[1] ?? []);
    expect(kaders).toContain('buffercapaciteit-azc');
    expect(kaders).toContain('praktische-oplossingen');
    expect(kaders).not.toContain('uitvoeringsagenda');
    expect(drafted.stdout).toContain(`${kaders.length} kaderafspraken hadden in 2024 geen jaarafspraak`);
  });

  it('puts no text of the source into a comment', () => {
    const comments = source.split('\n').filter((l) => /^\s*\/\//.test(l));
    expect(comments).toHaveLength(3);
    for (const c of comments) expect(c).not.toMatch(/Harderwijk|afspraak bes-/);
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

  it('moves the title to the new year, and says so', () => {
    expect(source).toContain("title: 'Prestatieafspraken 2021 – 2026: Jaarschijf 2025',");
    expect(source).toContain('De titel noemde 2024');
  });

  it('refuses a year outside the raamovereenkomst, a year not after the source, and an existing file', () => {
    const outside = runCli(['draft', '2027', '--from', '2024.ts'], { cwd: copy.dir });
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('2024.ts: kan geen concept voor 2027 maken: dat jaar valt buiten de periode van de raamovereenkomst "Raamovereenkomst sociale huur 2022-2026" (2022-2026)');
    const earlier = runCli(['draft', '2023', '--from', '2024.ts'], { cwd: copy.dir });
    expect(earlier.status).toBe(1);
    expect(earlier.stderr).toContain('kan geen concept voor 2023 maken uit de jaarschijf 2024: het concept moet erna komen');
    const skipping = runCli(['draft', '2026', '--from', '2024.ts'], { cwd: copy.dir });
    expect(skipping.status).toBe(1);
    expect(skipping.stderr).toContain('maak eerst 2025');

    writeFileSync(join(copy.dir, '2025.ts'), '// my own work\n');
    const existing = runCli(['draft', '2025', '--from', '2024.ts'], { cwd: copy.dir });
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('2025.ts: bestaat al en wordt niet overschreven (gebruik --force om het te vervangen)');
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
