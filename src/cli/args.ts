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
    if (!known.includes(f as F)) throw new UsageError(`unknown format "${f}"; use ${known.join(', ')}`, usage);
  }
  return formats as F[];
}
