import { skippedNotice } from '../sources/sourceFiles.js';
import { documentDate } from '../model/dates.js';
import { computeCoverage, withMonitorStatuses } from '../coverage/computeCoverage.js';
import { coverageReport, yearsReport } from '../coverage/coverageReport.js';
import { coverageYears } from '../coverage/coverageYears.js';
import { formatCoverageText, type TextOptions } from '../coverage/formatCoverageText.js';
import { formatYearsText } from '../coverage/formatYearsText.js';
import { loadYears } from '../coverage/loadYears.js';
import { wantsColor } from '../output/terminalStyle.js';
import { loadWording, wordingFiles, type Wording } from '../document/wording.js';
import { inputFiles } from '../output/inputFiles.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { loadJaarschijf } from '../sources/loadJaarschijf.js';
import { outputFile, parseCommandArgs } from './args.js';
import { chooseFormat, outputTarget, produce, type Outputs } from './formats.js';
import { once } from './once.js';
import { commands, UsageError } from './usage.js';

const formats = ['text', 'json', 'md', 'html', 'docx', 'pdf'] as const;
type Format = (typeof formats)[number];

/**
 * `jaarschijf coverage <file.ts> [--format text|json|md|html|docx|pdf] [-o file] [--strict] [--templates dir]`
 * `jaarschijf coverage --years <file.ts>... | <dir>`: the matrix kaderafspraak x year.
 * --strict exits 1 when a kaderafspraak has no jaarafspraak (with --years: in the latest year).
 * Text, JSON, Markdown and HTML go to stdout unless -o names a file; Word and PDF are files.
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
  const format = chooseFormat(values.format, values.out, formats, 'text', usage);
  if (!positionals.length) throw new UsageError(values.years ? 'noem de jaarschijven, één ervan, of hun map' : 'noem één jaarschijf (een .ts-bestand)', usage);
  if (!values.years && positionals.length > 1) throw new UsageError('noem één jaarschijf (of gebruik --years om er meer te vergelijken)', usage);
  if (values.out !== undefined) outputFile(values.out, usage);
  if (values.monitor !== undefined && values.years) throw new UsageError('--monitor hoort bij één jaarschijf, niet bij --years', usage);

  const w = loadWording(values.templates);
  const toTerminal = values.out === undefined;
  const textOptions: TextOptions = {
    color: toTerminal && wantsColor(process.stdout),
    ...(toTerminal && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
  };
  const { outputs, uncovered, year, inputs, fileName } = values.years ? await yearsOutputs(positionals, w, textOptions) : await yearOutputs(positionals[0]!, w, textOptions, values.monitor);
  const output = await produce(format, outputs);

  const target = outputTarget(values.out, format, fileName);
  if (target !== undefined) {
    await writeOutputSet([{ target, data: output }], { inputs: [...inputs, ...wordingFiles(values.templates)] });
    process.stdout.write(`${target}\n`);
  } else {
    process.stdout.write(output);
  }
  if (values.strict && uncovered) {
    process.stderr.write(`jaarschijf coverage --strict: ${uncovered} kaderafspra${uncovered === 1 ? 'ak' : 'ken'} zonder jaarafspraak in ${year}\n`);
    return 1;
  }
  return 0;
}

interface CoverageOutputs {
  outputs: Outputs;
  /** Kaderafspraken without a jaarafspraak in `year` (for --strict). */
  uncovered: number;
  year: number;
  /** The sources read, which -o may not replace. */
  inputs: string[];
  /** The report's file name without extension, for Word and PDF without -o. */
  fileName: () => string;
}

async function yearOutputs(file: string, w: Wording, textOptions: TextOptions, monitorFile?: string): Promise<CoverageOutputs> {
  const loaded = await loadJaarschijf(file);
  const monitor = monitorFile === undefined ? undefined : await (await import('../monitor/monitorOf.js')).monitorOf(monitorFile, loaded, '');
  const report = monitor ? withMonitorStatuses(computeCoverage(loaded), monitor.latest, monitor.file) : computeCoverage(loaded);
  const date = documentDate(loaded.jaarschijf);
  const doc = once(() => coverageReport(report, w, date, loaded.raamovereenkomst.gemeente));
  return {
    outputs: { text: () => formatCoverageText(report, textOptions), json: () => report, document: doc },
    uncovered: report.summary.uncovered,
    year: report.year,
    inputs: [...inputFiles(loaded), ...(monitor?.files ?? [])],
    fileName: () => doc().meta.fileName,
  };
}

/** The matrix kaderafspraak x year; --strict looks at the latest year. */
async function yearsOutputs(paths: readonly string[], w: Wording, textOptions: TextOptions): Promise<CoverageOutputs> {
  const loaded = await loadYears(paths, (file, other) => process.stderr.write(`${skippedNotice(file, other)}\n`));
  const report = coverageYears(loaded.map((one) => computeCoverage(one)));
  const latest = report.summary.years.at(-1)!;
  const last = loaded.at(-1)!.jaarschijf;
  const date = documentDate(last);
  const doc = once(() => yearsReport(report, w, date, loaded.at(-1)!.raamovereenkomst.gemeente));
  return {
    outputs: { text: () => formatYearsText(report, textOptions), json: () => report, document: doc },
    uncovered: latest.uncovered,
    year: latest.year,
    inputs: inputFiles(...loaded),
    fileName: () => doc().meta.fileName,
  };
}
