/**
 * The sources a command is given as paths (`render`, `check`, `coverage
 * --years`): each file named, and every `.ts` file in each folder named
 * (sorted by name; what it holds is seen when it is loaded). A file named
 * twice, or named and in a named folder, is taken once.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SourceError } from './diagnostics.js';
import { displayPath } from './displayPath.js';
import type { OtherSource } from './loadJaarschijf.js';
import { fileSystemMessage } from './fileSystemMessage.js';

export interface ListedSource {
  /** As the user named it, or joined to the folder they named. */
  file: string;
  /** The named folder it was found in: a file there that is not a jaarschijf is skipped, not a failure. */
  folder?: string;
}

export function sourceFiles(paths: readonly string[]): ListedSource[] {
  const sources: ListedSource[] = [];
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
    const files = listFolder(path)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => !isFolder(file));
    for (const file of files) add(file, path);
  }
  return sources;
}

/** What `render`, `check` and `coverage --years` print for a file of a named folder that is not a jaarschijf: what it is, and for a monitor how to make it. */
export function skippedNotice(file: string, other: OtherSource['other']): string {
  if (other === 'monitor') return `${file}: een monitor, overgeslagen (maak die met \`jaarschijf monitor ${file}\`)`;
  return `${file}: ${other ? `een ${other}` : 'geen jaarschijf'}, overgeslagen`;
}

/** The names in a folder; a folder that cannot be read is the user's problem, named as such. */
function listFolder(path: string): string[] {
  try {
    return readdirSync(path);
  } catch (error) {
    throw new SourceError([{ file: displayPath(resolve(path)), message: fileSystemMessage(error, undefined, 'map', 'de map') }]);
  }
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
