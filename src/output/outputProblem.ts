/**
 * A file-system error while writing an output, as a message about the output
 * the user named (never about a temporary file), so that a full disk or a
 * read-only folder is a message, not an internal error.
 */
import { statSync } from 'node:fs';
import { dirname, parse } from 'node:path';
import type { Diagnostic } from '../sources/diagnostics.js';
import { displayPath } from '../sources/displayPath.js';

/** The diagnostic for `error` while writing `target` (absolute), or undefined when it is no file-system error. */
export function outputProblem(error: unknown, target: string): Diagnostic | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  const dir = displayPath(existingFolder(dirname(target)));
  const message = (() => {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return `geen schrijfrechten in de map ${dir}; niets is geschreven`;
      case 'ENOSPC':
      case 'EDQUOT':
        return 'de schijf is vol; niets is geschreven of vervangen';
      case 'EROFS':
        return `de map ${dir} ligt op een bestandssysteem dat alleen gelezen kan worden; niets is geschreven`;
      case 'ENOTDIR':
      case 'EEXIST': {
        const blocker = notAFolder(target);
        return blocker ? `${displayPath(blocker)} is een bestand, geen map` : 'een deel van het pad is geen map';
      }
      case 'EISDIR':
        return 'is een map; hier hoort een bestand';
      case 'ENOENT':
        // `dir` is the nearest folder that exists: the one named could not be made in it.
        return `de map ${displayPath(dirname(target))} bestaat niet en kan niet in ${dir} worden gemaakt`;
      case 'ENAMETOOLONG':
        return 'de naam is te lang voor het bestandssysteem';
      case 'ELOOP':
        return 'het pad bevat een kring van symbolische koppelingen';
      default:
        return `kan niet worden geschreven (foutcode ${code})`;
    }
  })();
  return { file: displayPath(target), message };
}

/** `folder`, or the nearest folder above it that exists: where writing failed. */
function existingFolder(folder: string): string {
  for (let f = folder; ; f = dirname(f)) {
    try {
      if (statSync(f, { throwIfNoEntry: false }) || dirname(f) === f) return f;
    } catch {
      return f;
    }
  }
}

/** The first folder on the way to `target` that exists but is not a folder. */
function notAFolder(target: string): string | undefined {
  const chain: string[] = [];
  for (let dir = dirname(target); dir !== parse(dir).root; dir = dirname(dir)) chain.unshift(dir);
  try {
    for (const dir of chain) {
      const stat = statSync(dir, { throwIfNoEntry: false });
      if (!stat) return undefined;
      if (!stat.isDirectory()) return dir;
    }
  } catch {
    // A folder on the way that cannot be looked into: no more to say.
  }
  return undefined;
}
