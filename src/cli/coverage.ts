import { computeCoverage, withMonitorStatuses } from '../coverage/computeCoverage.js';
import { coverageYears } from '../coverage/coverageYears.js';
import { formatCoverageMarkdown } from '../coverage/formatCoverageMarkdown.js';
import { formatCoverageText, type TextOptions } from '../coverage/formatCoverageText.js';
import { formatYearsMarkdown } from '../coverage/formatYearsMarkdown.js';
import { formatYearsText } from '../coverage/formatYearsText.js';
import { loadYears } from '../coverage/loadYears.js';
import { renderCoverageHtml } from '../coverage/renderCoverageHtml.js';
import { renderYearsHtml } from '../coverage/renderYearsHtml.js';
import { wantsColor } from '../output/terminalStyle.js';
import { loadWording, wordingFiles, type Wording } from '../document/wording.js';
import { inputFiles } from '../output/inputFiles.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { outputFile, parseCommandArgs, parseFormats } from './args.js';
import { commands, UsageError } from './usage.js';

const formats = ['text', 'json', 'md', 'html'] as const;
type Format = (typeof formats)[number];

/**
 * `jaarschijf coverage <file.ts> [--format text|json|md|html] [-o file] [--strict] [--templates dir]`
 * `jaarschijf coverage --years <file.ts>... | <dir>`: the matrix kaderafspraak x year.
 * --strict exits 1 when a kaderafspraak has no jaarafspraak (with --years: in the latest year).
 */
export async function run(args: string[]): Promise<number> {
  const usage = commands.coverage;
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      strict: { type: 'boolean' },
      years: { type: 'boolean' },
      templates: { type: 'string' },
      monitor: { type: 'string' },
    },
    usage,
  );
  const [format, ...more] = parseFormats(values.format, formats, ['text'], usage);
  if (!format || more.length) throw new UsageError(`name one format: ${formats.join(', ')}`, usage);
  if (!positionals.length) throw new UsageError(values.years ? 'name the jaarschijven, one of them, or their folder' : 'name one jaarschijf source', usage);
  if (!values.years && positionals.length > 1) throw new UsageError('name one jaarschijf source (or use --years to compare several)', usage);
  if (values.out !== undefined) outputFile(values.out, usage);
  if (values.monitor !== undefined && values.years) throw new UsageError('--monitor hoort bij één jaarschijf, niet bij --years', usage);

  const w = loadWording(values.templates);
  const toTerminal = values.out === undefined;
  const textOptions: TextOptions = {
    color: toTerminal && wantsColor(process.stdout),
    ...(toTerminal && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
  };
  const { output, uncovered, year, inputs } = values.years
    ? await yearsOutput(positionals, format, w, textOptions)
    : await yearOutput(positionals[0]!, format, w, textOptions, values.monitor);

  if (values.out !== undefined) {
    await writeOutputSet([{ target: values.out, data: output }], { inputs: [...inputs, ...wordingFiles(values.templates)] });
    process.stdout.write(`${values.out}\n`);
  } else {
    process.stdout.write(output);
  }
  if (values.strict && uncovered) {
    process.stderr.write(`jaarschijf coverage --strict: ${uncovered} kaderafspra${uncovered === 1 ? 'ak' : 'ken'} without a jaarafspraak in ${year}\n`);
    return 1;
  }
  return 0;
}

interface Output {
  output: string;
  /** Kaderafspraken without a jaarafspraak in `year` (for --strict). */
  uncovered: number;
  year: number;
  /** The sources read, which -o may not replace. */
  inputs: string[];
}

async function yearOutput(file: string, format: Format, w: Wording, textOptions: TextOptions, monitorFile?: string): Promise<Output> {
  const loaded = await loadJaarschijf(file);
  const monitor = monitorFile === undefined ? undefined : await (await import('../monitor/monitorOf.js')).monitorOf(monitorFile, loaded, '');
  const report = monitor ? withMonitorStatuses(computeCoverage(loaded), monitor.latest, monitor.file) : computeCoverage(loaded);
  const output =
    format === 'json' ? json(report)
    : format === 'md' ? formatCoverageMarkdown(report, w)
    : format === 'html' ? renderCoverageHtml(report, w)
    : formatCoverageText(report, textOptions);
  return { output, uncovered: report.summary.uncovered, year: report.year, inputs: [...inputFiles(loaded), ...(monitor?.files ?? [])] };
}

/** The matrix kaderafspraak x year; --strict looks at the latest year. */
async function yearsOutput(paths: readonly string[], format: Format, w: Wording, textOptions: TextOptions): Promise<Output> {
  const loaded = await loadYears(paths);
  const report = coverageYears(loaded.map(computeCoverage));
  const output =
    format === 'json' ? json(report)
    : format === 'md' ? formatYearsMarkdown(report, w)
    : format === 'html' ? renderYearsHtml(report, w)
    : formatYearsText(report, textOptions);
  const latest = report.summary.years.at(-1)!;
  return { output, uncovered: latest.uncovered, year: latest.year, inputs: inputFiles(...loaded) };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
