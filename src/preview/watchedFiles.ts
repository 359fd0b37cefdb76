/**
 * The files a preview watches. Until the loader reports every file it read
 * (`loaded.files`), this lists what a jaarschijf is known to be made of: the
 * source, its raamovereenkomst, their logos and the same for each previous
 * year. Switching to the loader's list is a change in this one function.
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../sources/diagnostics.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export function watchedFiles(loaded: LoadedJaarschijf): string[] {
  const files = new Set<string>();
  for (let year: LoadedJaarschijf | undefined = loaded; year; year = year.previous) {
    files.add(year.path);
    files.add(year.raamPath);
    for (const party of Object.values(year.raamovereenkomst.parties)) files.add(resolve(dirname(year.raamPath), party.logo));
  }
  return [...files];
}

/** The files named in diagnostics (relative to the working directory, as they are reported). */
export function diagnosticFiles(diagnostics: readonly Diagnostic[], cwd = process.cwd()): string[] {
  return [...new Set(diagnostics.map((d) => resolve(cwd, d.file)))];
}
