/** The files a preview watches: every file the loader read for the jaarschijf, and the files problems are in. */
import { resolve } from 'node:path';
import type { Diagnostic } from '../sources/diagnostics.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export function watchedFiles(loaded: LoadedJaarschijf): string[] {
  return [...loaded.files];
}

/** The files named in diagnostics (relative to the working directory, as they are reported). */
export function diagnosticFiles(diagnostics: readonly Diagnostic[], cwd = process.cwd()): string[] {
  return [...new Set(diagnostics.map((d) => resolve(cwd, d.file)))];
}
