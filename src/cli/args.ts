import { statSync, type Stats } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';

/** node:util parseArgs, with its errors turned into usage errors. */
type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;

export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''), usage);
  }
}

/** `--format docx,pdf` -> ['docx', 'pdf'], each checked against what the command knows. */
export function parseFormats<F extends string>(value: string | undefined, known: readonly F[], fallback: readonly F[], usage: string): F[] {
  if (!value) return [...fallback];
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of formats) {
    if (!known.includes(f as F)) throw new UsageError(`onbekend formaat "${f}"; kies uit ${known.join(', ')}`, usage);
  }
  return formats as F[];
}

/**
 * `-o` means the same everywhere: a folder for a command that writes several
 * files (`render`), a file for one that writes one (`coverage`, `diff`, `draft`).
 */
export function outputFolder(path: string, usage: string): string {
  const stat = statOrUndefined(path);
  if (stat && !stat.isDirectory()) throw new UsageError(`-o ${path} is een bestand; -o noemt hier de map waarin de bestanden komen`, usage);
  if (!stat && /\.(docx|pdf|html?|md|json|txt)$/i.test(path)) {
    throw new UsageError(`-o ${path} lijkt een bestandsnaam; -o noemt hier de map waarin de bestanden komen (zij heten <gemeente>-<jaar>.<formaat>)`, usage);
  }
  return path;
}

export function outputFile(path: string, usage: string): string {
  if (/[\\/]$/.test(path) || statOrUndefined(path)?.isDirectory()) throw new UsageError(`-o ${path} is een map; -o noemt hier het bestand dat geschreven wordt`, usage);
  return path;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // a parent is no folder: writing says so
  }
}
