import { resolve } from 'node:path';
import { isJaarafspraak, type Raamovereenkomst } from '../model/schema.js';
import { formatDutchDate } from '../model/dates.js';
import { listKaderafspraken } from '../model/lookup.js';
import { displayPath } from '../sources/displayPath.js';
import { isOtherSource, loadJaarschijfIfAny, loadRaamovereenkomst, type LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { SourceError, formatDiagnostic, type Diagnostic } from '../sources/diagnostics.js';
import { isFolder, skippedNotice, sourceFiles } from '../sources/sourceFiles.js';
import { parseCommandArgs } from './args.js';
import { commands, UsageError } from './usage.js';

/**
 * `jaarschijf check <file.ts|folder>... [--strict]`: validate, list what is
 * still to be reviewed, print a short summary per file. A jaarschijf, a
 * monitor and a raamovereenkomst are each checked as what they are; a folder
 * is every .ts file in it. A jaarschijf is called ready only when it is
 * signed and nothing is left to review; `--strict` fails while anything is.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { strict: { type: 'boolean' } }, commands.check);
  if (!positionals.length) throw new UsageError('noem ten minste één jaarschijf (een .ts-bestand) of een map');
  const problems: Diagnostic[] = [];
  let notReady = 0;
  const sources = sourceFiles(positionals);
  for (const folder of positionals.filter((path) => isFolder(path) && !sources.some((s) => s.folder === path))) {
    problems.push({ file: displayPath(resolve(folder)), message: 'deze map bevat geen .ts-bestanden (alleen de bestanden in de map zelf tellen; noem submappen apart)' });
  }
  for (const { file, folder } of sources) {
    try {
      const loaded = await loadJaarschijfIfAny(file);
      if (!isOtherSource(loaded)) {
        for (const mark of loaded.reviewMarks) process.stdout.write(`${formatDiagnostic(mark)}\n`);
        process.stdout.write(`${summary(loaded)}\n`);
        if (loaded.reviewMarks.length) notReady++;
      } else if (loaded.other === 'monitor') {
        const { checkMonitorSource } = await import('./checkMonitor.js');
        if (!(await checkMonitorSource(file, loaded.evaluation))) notReady++;
      } else if (loaded.other === 'raamovereenkomst') {
        process.stdout.write(`${raamSummary(await loadRaamovereenkomst(file, loaded.evaluation))}\n`);
      } else if (folder !== undefined) {
        // A helper module beside the sources (shared texts, a list of names).
        process.stdout.write(`${skippedNotice(displayPath(resolve(file)), undefined)}\n`);
      } else {
        problems.push({ file: displayPath(resolve(file)), message: 'de standaardexport is geen jaarschijf, monitor of raamovereenkomst (een jaarschijf schrijft `export default defineJaarschijf(raamovereenkomst, { ... })`)' });
      }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  // A raamovereenkomst checked on its own and with its jaarschijven reports its problems once.
  if (problems.length) throw new SourceError([...new Map(problems.map((d) => [formatDiagnostic(d), d])).values()]);
  if (values.strict && notReady) {
    process.stderr.write(`jaarschijf check --strict: ${notReady === 1 ? 'een bron heeft' : `${notReady} bronnen hebben`} nog punten om na te kijken\n`);
    return 1;
  }
  return 0;
}

function raamSummary({ file, raamovereenkomst: raam }: { file: string; raamovereenkomst: Raamovereenkomst }): string {
  const themes = Object.keys(raam.themes).length;
  const kader = listKaderafspraken(raam).length;
  const parties = Object.values(raam.parties).map((p) => p.name);
  return [
    `${file}: raamovereenkomst "${raam.title}" (${raam.period.from}-${raam.period.to}) is in orde`,
    `  ${themes} ${themes === 1 ? 'thema' : "thema's"}, ${kader} ${kader === 1 ? 'kaderafspraak' : 'kaderafspraken'}; ${parties.length} ${parties.length === 1 ? 'partij' : 'partijen'}: ${parties.join(', ')}`,
  ].join('\n');
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
