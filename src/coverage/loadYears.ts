/**
 * The jaarschijven for `coverage --years`:
 * - several files: those files;
 * - one file: that file and the previous years it names (its `previous` chain);
 * - one folder: every jaarschijf source in it (other .ts files, such as the
 *   raamovereenkomst, are skipped).
 * They must share one raamovereenkomst and differ in year; they come back sorted by year.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { originOf } from '../model/define.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { displayPath, evaluateSource } from '../sources/evaluate.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export async function loadYears(paths: readonly string[]): Promise<LoadedJaarschijf[]> {
  const problems: Diagnostic[] = [];
  const collect = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push(...error.diagnostics);
      return undefined;
    }
  };

  let loaded: LoadedJaarschijf[] = [];
  if (paths.length === 1 && isDirectory(paths[0]!)) {
    const dir = paths[0]!;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .sort()
      .map((f) => join(dir, f));
    for (const file of files) {
      const value = await collect(async () => (await evaluateSource(resolve(file), displayPath)).value);
      if (originOf(value)?.kind !== 'jaarschijf') continue;
      const one = await collect(() => loadJaarschijf(file, { previous: false }));
      if (one) loaded.push(one);
    }
    if (!problems.length && !loaded.length) throw new SourceError([{ file: displayPath(resolve(dir)), message: 'no jaarschijf sources in this folder' }]);
  } else if (paths.length === 1) {
    for (let one = await collect(() => loadJaarschijf(paths[0]!)); one; one = one.previous) loaded.push(one);
  } else {
    for (const file of paths) {
      const one = await collect(() => loadJaarschijf(file, { previous: false }));
      if (one) loaded.push(one);
    }
  }
  if (problems.length) throw new SourceError(problems);

  loaded = loaded.sort((a, b) => a.jaarschijf.year - b.jaarschijf.year);
  const first = loaded[0]!;
  loaded.forEach((one, i) => {
    const raam = one.raamovereenkomst.id;
    if (raam !== first.raamovereenkomst.id) {
      problems.push({ file: one.file, message: `belongs to raamovereenkomst "${raam}", not "${first.raamovereenkomst.id}" like ${first.file}: coverage across the years compares one raamovereenkomst` });
    }
    const before = loaded[i - 1];
    if (before && before.jaarschijf.year === one.jaarschijf.year) {
      problems.push({ file: one.file, path: 'year', message: `${one.jaarschijf.year} is also the year of ${before.file}: give one jaarschijf per year` });
    }
  });
  if (problems.length) throw new SourceError(problems);
  return loaded;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
