import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { draftSource } from '../draft/draftSource.js';
import { inputFiles } from '../output/inputFiles.js';
import { checkOutputs, writeOutputSet } from '../output/writeOutputSet.js';
import { SourceError } from '../sources/diagnostics.js';
import { displayPath } from '../sources/evaluate.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { outputFile, parseCommandArgs } from './args.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf draft <year> --from <file.ts> [-o file] [--force]` */
export async function run(args: string[]): Promise<number> {
  const usage = commands.draft;
  const { values, positionals } = parseCommandArgs(
    args,
    { from: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
    usage,
  );
  if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]!)) throw new UsageError('name the year to draft, e.g. `jaarschijf draft 2025 --from agreements/harderwijk/2024.ts`', usage);
  if (!values.from) throw new UsageError('name the jaarschijf to start from with --from', usage);
  const year = Number(positionals[0]);
  if (values.out !== undefined) outputFile(values.out, usage);

  const loaded = await loadJaarschijf(values.from);
  const { period, title } = loaded.raamovereenkomst;
  const refuse = (message: string) => new SourceError([{ file: loaded.file, message }]);
  if (year < period.from || year > period.to) {
    throw refuse(`cannot draft ${year}: it lies outside the period of the raamovereenkomst "${title}" (${period.from}-${period.to})`);
  }
  if (year <= loaded.jaarschijf.year) throw refuse(`cannot draft ${year} from the jaarschijf ${loaded.jaarschijf.year}: the draft must come after it`);
  if (year !== loaded.jaarschijf.year + 1) {
    throw refuse(`cannot draft ${year} from the jaarschijf ${loaded.jaarschijf.year}: a jaarschijf follows the year before; draft ${loaded.jaarschijf.year + 1} first`);
  }

  const target = resolve(values.out ?? join(dirname(loaded.path), `${year}.ts`));
  // A loaded source is never replaced, not even with --force.
  const output = { inputs: inputFiles(loaded), source: true };
  checkOutputs([target], output);
  if (existsSync(target) && !values.force) {
    throw new SourceError([{ file: displayPath(target), message: 'already exists; not overwritten (use --force to replace it)' }]);
  }
  const fromTarget = (abs: string) => {
    const rel = relative(dirname(target), abs);
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  const { source, stats } = draftSource(loaded, year, { raamovereenkomst: fromTarget(loaded.raamPath), previous: fromTarget(loaded.path) });
  await writeOutputSet([{ target, data: source }], output);
  process.stdout.write(
    [
      `${displayPath(target)}: draft of jaarschijf ${year} written`,
      `  ${stats.carried} agreements carried over for review; ${stats.namesOldYear} name ${loaded.jaarschijf.year}, ${stats.pastDeadline} have a past deadline`,
      `  ${stats.withoutAfspraak} kaderafspraken had no jaarafspraak in ${loaded.jaarschijf.year} (placeholders added)`,
      `  next: jaarschijf check ${displayPath(target)}`,
      '',
    ].join('\n'),
  );
  return 0;
}
