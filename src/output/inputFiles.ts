/**
 * The files a command read, which its outputs may never replace: every file
 * of each loaded jaarschijf (its sources and their imports, the logos, the
 * previous years behind it).
 */
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export function inputFiles(...loaded: readonly (LoadedJaarschijf | undefined)[]): string[] {
  return [...new Set(loaded.flatMap((l) => l?.files ?? []))];
}
