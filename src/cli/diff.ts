import { wantsColor } from '../output/terminalStyle.js';
import { computeDiff } from '../diff/computeDiff.js';
import { formatDiffText } from '../diff/formatDiffText.js';
import { loadWording, wordingFiles } from '../document/wording.js';
import { inputFiles } from '../output/inputFiles.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears } from '../years/alignYears.js';
import { outputFile, parseCommandArgs } from './args.js';
import { buildRedline } from '../diff/buildRedline.js';
import type { DocumentModel } from '../document/types.js';
import { diffReport } from '../diff/diffReport.js';
import { chooseFormat, outputTarget, produce } from './formats.js';
import { once } from './once.js';
import { commands, UsageError } from './usage.js';

const formats = ['text', 'json', 'md', 'html', 'docx', 'pdf'] as const;

/**
 * `jaarschijf diff [<previous.ts>] <current.ts> [--format text|json|md|html|docx|pdf] [-o file] [--templates dir]`:
 * what changed since last year. With one source, the previous jaarschijf it names.
 * Text, JSON, Markdown and HTML go to stdout unless -o names a file; the Word
 * redline (this year's document with every change tracked) is a file.
 */
export async function run(args: string[]): Promise<number> {
  const usage = commands.diff;
  const { values, positionals } = parseCommandArgs(
    args,
    { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, templates: { type: 'string' }, monitor: { type: 'string' } },
    usage,
  );
  const format = chooseFormat(values.format, values.out, formats, 'text', usage);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('noem de jaarschijf van dit jaar, of die van vorig jaar en van dit jaar', usage);
  if (values.out !== undefined) outputFile(values.out, usage);
  if (values.monitor !== undefined && format !== 'html' && format !== 'md' && format !== 'pdf') throw new UsageError('--monitor toont de stand in het rapport: gebruik --format html, md of pdf', usage);

  const { previous, current } = await loadPair(positionals);
  if (previous.jaarschijf.year >= current.jaarschijf.year) {
    throw new UsageError(`${previous.file} is de jaarschijf ${previous.jaarschijf.year}, niet een jaar voor ${current.file} (${current.jaarschijf.year}): noem eerst het vorige jaar`, usage);
  }
  // The two years lined up once; the diff, its report and the redline all read them.
  const aligned = alignYears(current, previous);
  const diff = computeDiff(previous, current, aligned);
  const monitor = values.monitor === undefined ? undefined : await (await import('../monitor/monitorOf.js')).monitorOf(values.monitor, [previous, current], '');
  const toTerminal = values.out === undefined;
  // Word is the redline (this year's document with tracked changes); the other formats the report.
  const doc = once(
    (): DocumentModel =>
      format === 'docx'
        ? buildRedline(previous, current, { aligned, ...(values.templates ? { templates: values.templates } : {}) })
        : diffReport(diff, previous, current, loadWording(values.templates), monitor ? { latest: monitor.latest, year: monitor.jaarschijf.jaarschijf.year } : undefined),
  );
  const output = await produce(format, {
    text: () =>
      formatDiffText(diff, {
        color: toTerminal && wantsColor(process.stdout),
        ...(toTerminal && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
        files: { from: previous.file, to: current.file },
      }),
    json: () => diff,
    document: doc,
  });
  const target = outputTarget(values.out, format, () => doc().meta.fileName);
  if (target === undefined) {
    process.stdout.write(output);
    return 0;
  }
  await writeOutputSet([{ target, data: output }], { inputs: [...inputFiles(previous, current), ...wordingFiles(values.templates), ...(monitor?.files ?? [])] });
  process.stdout.write(`${target}\n`);
  return 0;
}

/** Both sources, every problem of both reported at once; with one, the previous year it names. */
async function loadPair(positionals: readonly string[]): Promise<{ previous: LoadedJaarschijf; current: LoadedJaarschijf }> {
  if (positionals.length === 1) {
    const current = await loadJaarschijf(positionals[0]!);
    if (!current.previous) {
      throw new UsageError(`${current.file} noemt geen vorige jaarschijf; noem ze allebei: jaarschijf diff <vorig.ts> ${positionals[0]}`, commands.diff);
    }
    return { previous: current.previous, current };
  }
  const problems: Diagnostic[] = [];
  const loaded = await Promise.all(
    positionals.map(async (file) => {
      try {
        // The two named sources are compared; the chains behind them are not needed.
        return await loadJaarschijf(file, { previous: false });
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        problems.push(...error.diagnostics);
        return undefined;
      }
    }),
  );
  if (problems.length) throw new SourceError(problems);
  return { previous: loaded[0]!, current: loaded[1]! };
}
