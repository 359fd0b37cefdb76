import { wantsColor } from '../output/terminalStyle.js';
import { computeDiff, type JaarschijfDiff } from '../diff/computeDiff.js';
import { formatDiffText } from '../diff/formatDiffText.js';
import type { MonitorOf } from '../monitor/monitorOf.js';
import { wordingFiles } from '../document/wording.js';
import { inputFiles } from '../output/inputFiles.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { outputFile, parseCommandArgs, parseFormats } from './args.js';
import { commands, UsageError } from './usage.js';

const formats = ['text', 'json', 'html', 'docx'] as const;
type Format = (typeof formats)[number];

/**
 * `jaarschijf diff [<previous.ts>] <current.ts> [--format text|json|html|docx] [-o file] [--templates dir]`:
 * what changed since last year. With one source, the previous jaarschijf it names.
 * Text, JSON and HTML go to stdout unless -o names a file; the Word redline is a file.
 */
export async function run(args: string[]): Promise<number> {
  const usage = commands.diff;
  const { values, positionals } = parseCommandArgs(
    args,
    { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, templates: { type: 'string' }, monitor: { type: 'string' } },
    usage,
  );
  const [format, ...more] = parseFormats(values.format, formats, ['text'], usage);
  if (!format || more.length) throw new UsageError(`name one format: ${formats.join(', ')}`, usage);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('name the current jaarschijf, or the previous and the current one', usage);
  if (values.out !== undefined) outputFile(values.out, usage);
  if (values.monitor !== undefined && format !== 'html') throw new UsageError('--monitor toont de stand in het HTML-rapport: gebruik --format html', usage);

  const { previous, current } = await loadPair(positionals);
  if (previous.jaarschijf.year >= current.jaarschijf.year) {
    throw new UsageError(`${previous.file} is the jaarschijf ${previous.jaarschijf.year}, not before ${current.file} (${current.jaarschijf.year}): name the previous year first`, usage);
  }
  const diff = computeDiff(previous, current);
  const monitor = values.monitor === undefined ? undefined : await (await import('../monitor/monitorOf.js')).monitorOf(values.monitor, [previous, current], '');
  const toTerminal = values.out === undefined;
  const write = (target: string, data: string | Uint8Array) =>
    writeOutputSet([{ target, data }], { inputs: [...inputFiles(previous, current), ...wordingFiles(values.templates), ...(monitor?.files ?? [])] });

  if (format === 'docx') {
    const { renderRedline } = await import('../diff/buildRedline.js');
    const { data, fileName } = await renderRedline(diff, previous, current, values.templates);
    const target = values.out ?? `output/${fileName}.docx`;
    await write(target, data);
    process.stdout.write(`${target}\n`);
    return 0;
  }
  const output = await formatted(diff, format, previous, current, values.templates, monitor, {
    color: toTerminal && wantsColor(process.stdout),
    ...(toTerminal && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
  });
  if (values.out !== undefined) {
    await write(values.out, output);
    process.stdout.write(`${values.out}\n`);
  } else {
    process.stdout.write(output);
  }
  return 0;
}

async function formatted(
  diff: JaarschijfDiff,
  format: Exclude<Format, 'docx'>,
  previous: LoadedJaarschijf,
  current: LoadedJaarschijf,
  templates: string | undefined,
  monitor: MonitorOf | undefined,
  terminal: { color: boolean; width?: number },
): Promise<string> {
  const files = { from: previous.file, to: current.file };
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  if (format === 'html') {
    const statuses = monitor ? { latest: monitor.latest, year: monitor.jaarschijf.jaarschijf.year } : undefined;
    return (await import('../diff/renderDiffHtml.js')).renderDiffHtml(diff, previous, current, templates, statuses);
  }
  return formatDiffText(diff, { ...terminal, files });
}

/** Both sources, every problem of both reported at once; with one, the previous year it names. */
async function loadPair(positionals: readonly string[]): Promise<{ previous: LoadedJaarschijf; current: LoadedJaarschijf }> {
  if (positionals.length === 1) {
    const current = await loadJaarschijf(positionals[0]!);
    if (!current.previous) {
      throw new UsageError(`${current.file} names no previous jaarschijf; name both: jaarschijf diff <previous.ts> ${positionals[0]}`, commands.diff);
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
