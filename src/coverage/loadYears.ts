/**
 * The jaarschijven for `coverage --years`:
 * - several files: those files;
 * - one file: that file and the previous years it names (its `previous` chain);
 * - one folder: every jaarschijf source in it (other .ts files, such as the
 *   raamovereenkomst, are skipped).
 * They must share one raamovereenkomst and differ in year; they come back sorted by year.
 */
import { resolve } from 'node:path';
import { sourceFiles, isFolder } from '../sources/sourceFiles.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { displayPath } from '../sources/displayPath.js';
import { isOtherSource, loadJaarschijf, loadJaarschijfIfAny, type LoadedJaarschijf, type OtherSource } from '../sources/loadJaarschijf.js';

/**
 * @param notice told about each file of a folder that is not a jaarschijf (a raamovereenkomst, a monitor, a helper), which is skipped
 */
export async function loadYears(paths: readonly string[], notice: (file: string, other: OtherSource['other']) => void = () => undefined): Promise<LoadedJaarschijf[]> {
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

  const problemsFor = (file: string) => problems.some((d) => d.file === displayPath(resolve(file)));

  let loaded: LoadedJaarschijf[] = [];
  if (paths.length === 1 && isFolder(paths[0]!)) {
    const dir = paths[0]!;
    for (const { file } of sourceFiles([dir])) {
      // Every file is evaluated in the sandbox only; what is not a jaarschijf is skipped.
      const one = await collect(() => loadJaarschijfIfAny(file, { previous: false }));
      if (one && !isOtherSource(one)) loaded.push(one);
      else if (one && !problemsFor(file)) notice(displayPath(resolve(file)), one.other);
    }
    if (!problems.length && !loaded.length) throw new SourceError([{ file: displayPath(resolve(dir)), message: 'deze map bevat geen jaarschijven' }]);
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
      problems.push({ file: one.file, message: `hoort bij raamovereenkomst "${raam}", niet bij "${first.raamovereenkomst.id}" zoals ${first.file}: de dekking over de jaren vergelijkt één raamovereenkomst` });
    }
    const before = loaded[i - 1];
    if (before && before.jaarschijf.year === one.jaarschijf.year) {
      problems.push({ file: one.file, path: 'year', message: `${one.jaarschijf.year} is ook het jaar van ${before.file}: geef één jaarschijf per jaar` });
    }
  });
  if (problems.length) throw new SourceError(problems);
  return loaded;
}
