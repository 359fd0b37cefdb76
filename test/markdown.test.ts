/**
 * The Markdown writer (src/render/markdown): `render --format md`, and the
 * coverage and diff reports, all through it. Tables are GFM tables with one
 * row per document row, merged cells marked with a ditto mark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { readSeed } from './helpers/seed.js';

/** The GFM tables of a Markdown text: their rows, split into cells (escaped pipes kept inside). */
function tables(md: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('| ')) {
      current = undefined;
      continue;
    }
    if (!current) out.push((current = []));
    current.push(line.slice(2, -2).split(/(?<!\\) \| /));
  }
  return out;
}

describe('render --format md', () => {
  const copy = exampleCopy();
  const result = runCli(['render', '2024.ts', '--format', 'md', '-o', 'out'], { cwd: copy.dir });
  const md = () => readFileSync(join(copy.dir, 'out/harderwijk-2024.md'), 'utf8');

  it('writes <gemeente>-<year>.md', () => {
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('out/harderwijk-2024.md\n');
  });

  it('has the title, the introduction and a numbered heading per theme', () => {
    expect(md().split('\n')[0]).toBe('# Prestatieafspraken 2021 – 2026: Jaarschijf 2024');
    expect(md()).toContain('## Inleiding');
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(md()).toMatch(new RegExp(`^## ${n}\\. Thema `, 'm'));
  });

  it('shows every row of the signed document as a GFM table row, with its number and the same number of cells', () => {
    const seed = readSeed();
    const found = tables(md());
    expect(found).toHaveLength(7);
    found.forEach((table, i) => {
      const [header, separator, ...rows] = table;
      expect(separator!.every((c) => /^-+:?$|^---:$/.test(c))).toBe(true);
      for (const row of rows) expect(row, `table ${i + 1}`).toHaveLength(header!.length);
      expect(rows.map((r) => r[0]), `table ${i + 1}`).toEqual(seed.themes[i]!.rows.map((r) => `${r.number}.`));
    });
    // A doelstelling spanning rows: its text in the first, a ditto mark below.
    expect(found[0]![4]![1]).toBe('〃');
  });
});

describe('coverage and diff as Markdown', () => {
  it('coverage --format md: a table per theme with a row per kaderafspraak', () => {
    const result = runCli(['coverage', 'agreements/harderwijk/2024.ts', '--format', 'md']);
    expect(result.status).toBe(0);
    const found = tables(result.stdout);
    // Six themes of the raamovereenkomst; the productieafspraken have no kaderafspraken of their own.
    expect(found).toHaveLength(6);
    expect(found.reduce((n, t) => n + t.length - 2, 0)).toBe(53);
    expect(result.stdout).toContain('**✗ niet gedekt**');
  });

  it('diff --format md: per theme last year beside this year, the changes marked', () => {
    const result = runCli(['diff', 'agreements/harderwijk/2024.ts', '--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# Wijzigingen in de prestatieafspraken: jaarschijf 2023 → 2024');
    expect(result.stdout).toContain('Corporaties ~~ondersteunen~~<ins>faciliteren</ins> woningruil.');
    for (const table of tables(result.stdout)) for (const row of table) expect(row).toHaveLength(4);
  });
});
