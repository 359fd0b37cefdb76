/**
 * A diagnostic that names a field gets that field's line and column in its
 * source (the preview shows `file:line:column`): real sources, broken on
 * purpose, read back with the positions counted here from the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../src/sources/diagnostics.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { locateDiagnostics } from '../src/sources/locateDiagnostics.js';
import { exampleCopy } from './helpers/fixture.js';

/** 1-based line and column of the first occurrence of `needle`. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in ${file}`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

async function problems(file: string) {
  try {
    await loadJaarschijf(file);
  } catch (error) {
    if (error instanceof SourceError) return locateDiagnostics(error.diagnostics, process.cwd());
    throw error;
  }
  throw new Error('the source loaded without problems');
}

describe('locateDiagnostics', () => {
  it('finds fields in the jaarschijf and its raamovereenkomst, through arrays', async () => {
    const copy = exampleCopy();
    copy.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'uitvoeringsagendaa'");
    copy.edit('raamovereenkomst.ts', "logo: 'logos/uwoon.svg'", "logo: 'logos/uwoon.svgg'");
    // (Both years load the raamovereenkomst: the loader reports its logo twice.)
    const found = [...new Set((await problems(join(copy.dir, '2024.ts'))).map((d) => JSON.stringify([d.path, d.line, d.column])))].map((j) => JSON.parse(j) as unknown[]);
    expect(found).toEqual([
      ['themes.beschikbaarheid.afspraken[0].kader', ...Object.values(positionOf(join(copy.dir, '2024.ts'), "'uitvoeringsagendaa'"))],
      ['parties.uwoon.logo', ...Object.values(positionOf(join(copy.dir, 'raamovereenkomst.ts'), "'logos/uwoon.svgg'"))],
    ]);
  });

  it('follows quoted keys and looks through `as const`', async () => {
    const copy = exampleCopy();
    copy.edit('raamovereenkomst.ts', "shortName: 'Omnia Wonen', kind: 'woningcorporatie'", "shortName: 'Omnia Wonen', kind: 'corporatie' as const");
    const found = await problems(join(copy.dir, '2024.ts'));
    expect(found.map((d) => [d.path, d.line, d.column])).toEqual([
      ['parties.omnia-wonen.kind', ...Object.values(positionOf(join(copy.dir, 'raamovereenkomst.ts'), "'corporatie' as const"))],
    ]);
  });

  it('points at the nearest enclosing field when the named one is missing, and keeps positions it already has', async () => {
    const copy = exampleCopy();
    copy.edit('2024.ts', /\n  year: 2024,/, '');
    const [missing] = await problems(join(copy.dir, '2024.ts'));
    // The object literal that lacks it: `defineJaarschijf(raamovereenkomst, {`.
    const call = positionOf(join(copy.dir, '2024.ts'), 'defineJaarschijf(raamovereenkomst, {');
    expect(missing).toMatchObject({ path: 'year', line: call.line, column: call.column + 'defineJaarschijf(raamovereenkomst, '.length });

    const syntax = { file: '2024.ts', line: 3, column: 7, message: 'syntax error: x' };
    expect(locateDiagnostics([syntax], copy.dir)).toEqual([syntax]);
  });
});
