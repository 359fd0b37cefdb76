import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { draftSource } from '../draft/draftSource.js';
import { inputFiles } from '../output/inputFiles.js';
import { checkOutputs, writeOutputSet } from '../output/writeOutputSet.js';
import { SourceError } from '../sources/diagnostics.js';
import { displayPath } from '../sources/displayPath.js';
import { loadJaarschijf, loadRaamovereenkomst } from '../sources/loadJaarschijf.js';
import { outputFile, parseCommandArgs } from './args.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf draft <year> --from <file.ts> [--raamovereenkomst <file.ts>] [-o file] [--force]` */
export async function run(args: string[]): Promise<number> {
  const usage = commands.draft;
  const { values, positionals } = parseCommandArgs(
    args,
    { from: { type: 'string' }, raamovereenkomst: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean' }, monitor: { type: 'string' } },
    usage,
  );
  if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]!)) throw new UsageError('noem het jaar van het concept, bijvoorbeeld `jaarschijf draft 2025 --from agreements/harderwijk/2024.ts`', usage);
  if (!values.from) throw new UsageError('noem met --from de jaarschijf waaruit het concept wordt gemaakt', usage);
  const year = Number(positionals[0]);
  if (values.out !== undefined) outputFile(values.out, usage);

  const loaded = await loadJaarschijf(values.from);
  const newPeriod = values.raamovereenkomst === undefined ? undefined : await loadRaamovereenkomst(values.raamovereenkomst);
  const standalone = loaded.raamovereenkomst.standalone === true && !newPeriod;
  const { period, title } = newPeriod?.raamovereenkomst ?? loaded.raamovereenkomst;
  // A monitor of another jaarschijf is refused: the draft follows the monitor of the year it is made from.
  const monitor = values.monitor === undefined ? undefined : await (await import('../monitor/monitorOf.js')).monitorOf(values.monitor, loaded, '--from');
  const refuse = (message: string) => new SourceError([{ file: loaded.file, message }]);
  if (newPeriod && year !== period.from) {
    throw new SourceError([{ file: newPeriod.file, message: `de raamovereenkomst "${title}" begint in ${period.from}; met --raamovereenkomst wordt het eerste jaar van een nieuwe periode gemaakt, niet ${year}` }]);
  }
  if (!newPeriod && !standalone && (year < period.from || year > period.to)) {
    const hint = year > period.to ? `; noem voor de eerste jaarschijf van een nieuwe periode de nieuwe raamovereenkomst met --raamovereenkomst` : '';
    throw refuse(`kan geen concept voor ${year} maken: dat jaar valt buiten de periode van de raamovereenkomst "${title}" (${period.from}-${period.to})${hint}`);
  }
  if (year <= loaded.jaarschijf.year) throw refuse(`kan geen concept voor ${year} maken uit de jaarschijf ${loaded.jaarschijf.year}: het concept moet erna komen`);
  if (year !== loaded.jaarschijf.year + 1) {
    throw refuse(`kan geen concept voor ${year} maken uit de jaarschijf ${loaded.jaarschijf.year}: een jaarschijf volgt op het jaar ervoor; maak eerst ${loaded.jaarschijf.year + 1}`);
  }

  const target = resolve(values.out ?? join(dirname(loaded.path), `${year}.ts`));
  // A loaded source is never replaced, not even with --force.
  const output = { inputs: [...inputFiles(loaded), ...(newPeriod ? [newPeriod.path] : []), ...(monitor?.files ?? [])], source: true };
  checkOutputs([target], output);
  if (existsSync(target) && !values.force) {
    throw new SourceError([{ file: displayPath(target), message: 'bestaat al en wordt niet overschreven (gebruik --force om het te vervangen)' }]);
  }
  const fromTarget = (abs: string) => {
    const rel = relative(dirname(target), abs);
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  const raamPath = newPeriod?.path ?? (standalone ? undefined : loaded.raamPath);
  const { source, stats } = draftSource(
    loaded,
    year,
    { raamovereenkomst: raamPath && fromTarget(raamPath), previous: fromTarget(loaded.path) },
    { newPeriod: newPeriod?.raamovereenkomst, monitor },
  );
  await writeOutputSet([{ target, data: source }], output);
  process.stdout.write(
    [
      `${displayPath(target)}: concept van jaarschijf ${year} geschreven`,
      `  ${stats.carried} afspraken overgenomen; ${stats.namesOldYear} noemen ${loaded.jaarschijf.year}, ${stats.pastDeadline} hebben een verstreken gereed-datum`,
      ...(standalone ? [] : [`  ${stats.withoutAfspraak} kaderafspraken ${newPeriod ? 'zonder' : `hadden in ${loaded.jaarschijf.year} geen`} jaarafspraak`]),
      ...(newPeriod ? [`  ${stats.notCarried} ${stats.notCarried === 1 ? 'afspraak' : 'afspraken'} niet overgenomen: de nieuwe raamovereenkomst heeft geen plaats voor hun kaderafspraak`] : []),
      ...(monitor
        ? [`  volgens de monitor (${monitor.file}): ${stats.done} afspraken gereed of vervallen en niet overgenomen, ${stats.behind} vertraagd of niet gestart en gemarkeerd`]
        : []),
      `  alles om na te kijken staat als review-punt in het bestand; verder met: jaarschijf check ${displayPath(target)}`,
      '',
    ].join('\n'),
  );
  return 0;
}

