import { isJaarafspraak } from '../model/schema.js';
import { formatDutchDate } from '../model/dates.js';
import { listKaderafspraken } from '../model/lookup.js';
import { loadJaarschijfIfAny, type LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { SourceError, formatDiagnostic, type Diagnostic } from '../sources/diagnostics.js';
import { parseCommandArgs } from './args.js';
import { commands, UsageError } from './usage.js';

/**
 * `jaarschijf check <file.ts>... [--strict]`: validate, list what is still
 * to be reviewed, print a short summary per file. A jaarschijf is called
 * ready only when it is signed and nothing is left to review; `--strict`
 * fails while anything is.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { strict: { type: 'boolean' } }, commands.check);
  if (!positionals.length) throw new UsageError('noem ten minste één jaarschijf (een .ts-bestand)');
  const problems: Diagnostic[] = [];
  let notReady = 0;
  for (const file of positionals) {
    try {
      const loaded = await loadJaarschijfIfAny(file);
      if (!loaded) {
        // Not a jaarschijf: a monitor is checked as one (anything else is reported by the monitor's loader).
        const { checkMonitorSource } = await import('./checkMonitor.js');
        if (!(await checkMonitorSource(file))) notReady++;
        continue;
      }
      for (const mark of loaded.reviewMarks) process.stdout.write(`${formatDiagnostic(mark)}\n`);
      process.stdout.write(`${summary(loaded)}\n`);
      if (loaded.reviewMarks.length) notReady++;
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length) throw new SourceError(problems);
  if (values.strict && notReady) {
    process.stderr.write(`jaarschijf check --strict: ${notReady === 1 ? 'een jaarschijf heeft' : `${notReady} jaarschijven hebben`} nog punten om na te kijken\n`);
    return 1;
  }
  return 0;
}

export function summary(loaded: LoadedJaarschijf): string {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const themes = Object.values(j.themes);
  const afspraken = themes.flatMap((t) => t.afspraken.filter(isJaarafspraak));
  const referenced = new Set(afspraken.map((a) => a.kader).filter(Boolean));
  const total = listKaderafspraken(raam).length;
  const marks = loaded.reviewMarks.length;
  const state = marks
    ? `is geldig, maar nog niet klaar: ${marks} ${marks === 1 ? 'punt' : 'punten'} om na te kijken (wordt als CONCEPT gemaakt)`
    : j.signing
      ? 'is in orde en klaar om te ondertekenen'
      : 'is geldig; zonder ondertekening is het een concept (wordt als CONCEPT gemaakt)';
  const lines = [
    raam.standalone
      ? `${loaded.file}: jaarschijf ${j.year} "${raam.title}" (zonder raamovereenkomst) ${state}`
      : `${loaded.file}: jaarschijf ${j.year} van "${raam.title}" (${raam.period.from}-${raam.period.to}) ${state}`,
    `  ${themes.length} ${themes.length === 1 ? 'thema' : "thema's"}, ${afspraken.length} ${afspraken.length === 1 ? 'jaarafspraak' : 'jaarafspraken'}${raam.standalone ? '' : `; ${referenced.size} van de ${total} kaderafspraken hebben een jaarafspraak`}`,
    loaded.previous ? `  vorig jaar: ${loaded.previous.file} (${loaded.previous.jaarschijf.year})` : '  vorig jaar: geen',
    j.signing
      ? `  ondertekening: ${j.signing.place}, ${formatDutchDate(j.signing.date)} (${j.signing.signatories.length} ondertekenaars)`
      : '  ondertekening: nog niet (geen signing-blok)',
  ];
  return lines.join('\n');
}
