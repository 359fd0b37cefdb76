/**
 * The files a command read, which its outputs may never replace: each loaded
 * jaarschijf, its raamovereenkomst and the previous years behind it.
 */
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export function inputFiles(...loaded: readonly (LoadedJaarschijf | undefined)[]): string[] {
  const files = new Set<string>();
  for (let l of loaded) {
    for (; l; l = l.previous) {
      files.add(l.path);
      files.add(l.raamPath);
    }
  }
  return [...files];
}
