/**
 * The sources of `render` with several paths: each file named, and every
 * `.ts` file in each folder named (sorted by name; whether it is a
 * jaarschijf is seen when it is loaded). A file named twice, or named and
 * in a named folder, is rendered once.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BatchSource {
  /** As the user named it, or joined to the folder they named. */
  file: string;
  /** The named folder it was found in: a file there that is not a jaarschijf is skipped, not a failure. */
  folder?: string;
}

export function batchSources(paths: readonly string[]): BatchSource[] {
  const sources: BatchSource[] = [];
  const seen = new Set<string>();
  const add = (file: string, folder?: string) => {
    const key = realPath(file);
    if (seen.has(key)) return;
    seen.add(key);
    sources.push({ file, ...(folder !== undefined ? { folder } : {}) });
  };
  for (const path of paths) {
    if (!isFolder(path)) {
      add(path);
      continue;
    }
    const files = readdirSync(path)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => !isFolder(file));
    for (const file of files) add(file, path);
  }
  return sources;
}

/** What `render` and `coverage --years` print for a file of a named folder that is not a jaarschijf. */
export function skippedNotice(file: string): string {
  return `${file}: geen jaarschijf, overgeslagen`;
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // loading says what is wrong with it
  }
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}
