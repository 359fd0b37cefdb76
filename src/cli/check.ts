import { isJaarafspraak } from '../model/schema.js';
import { formatDutchDate } from '../model/dates.js';
import { listKaderafspraken } from '../model/lookup.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { parseCommandArgs } from './args.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf check <file.ts>...`: validate, print a short summary per file. */
export async function run(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, commands.check);
  if (!positionals.length) throw new UsageError('name at least one jaarschijf source');
  const problems: Diagnostic[] = [];
  for (const file of positionals) {
    try {
      process.stdout.write(`${summary(await loadJaarschijf(file))}\n`);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length) throw new SourceError(problems);
  return 0;
}

export function summary(loaded: LoadedJaarschijf): string {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const themes = Object.values(j.themes);
  const afspraken = themes.flatMap((t) => t.afspraken.filter(isJaarafspraak));
  const referenced = new Set(afspraken.map((a) => a.kader).filter(Boolean));
  const total = listKaderafspraken(raam).length;
  const lines = [
    `${loaded.file}: jaarschijf ${j.year} of "${raam.title}" (${raam.period.from}-${raam.period.to}) is valid`,
    `  ${themes.length} themes, ${afspraken.length} jaarafspraken, ${referenced.size} of ${total} kaderafspraken referenced`,
    loaded.previous ? `  previous: ${loaded.previous.file} (${loaded.previous.jaarschijf.year})` : '  previous: none',
    j.signing
      ? `  signed: ${j.signing.place}, ${formatDutchDate(j.signing.date)} (${j.signing.signatories.length} signatories)`
      : '  draft: no signing block (renders as CONCEPT)',
  ];
  return lines.join('\n');
}
