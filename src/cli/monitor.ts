import { wordingFiles, loadWording, type Wording } from '../document/wording.js';
import type { DocumentModel } from '../document/types.js';
import type { ChartWorker } from '../chart/startChartWorker.js';
import { computeMonitor, type MonitorReport } from '../monitor/computeMonitor.js';
import { formatMonitorText } from '../monitor/formatMonitorText.js';
import { monitorFileName } from '../monitor/monitorFileName.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { wantsColor } from '../output/terminalStyle.js';
import { renderers, type DocumentFormat } from '../render/renderers.js';
import { formatDiagnostic } from '../sources/diagnostics.js';
import { loadMonitor, type LoadedMonitor } from '../sources/loadMonitor.js';
import { outputFile, parseCommandArgs } from './args.js';
import { chooseFormat, isDocumentFormat, outputTarget, produce } from './formats.js';
import { phase } from './phases.js';
import { commands, UsageError } from './usage.js';

const formats = ['text', 'json', 'md', 'html', 'docx', 'pdf'] as const;

/**
 * `jaarschijf monitor <monitor.ts> [--format text|json|md|html|docx|pdf] [-o file] [--templates dir]`:
 * what became of the year's agreements, per bestuurlijk overleg, and the nieuwbouwmonitor.
 * Text, JSON, Markdown and HTML go to stdout unless -o names a file; Word and PDF are files.
 * What a reader would miss (an agreement without a status in the latest overleg) is printed as a warning.
 */
export async function run(args: string[]): Promise<number> {
  phase('imports');
  const usage = commands.monitor;
  const { values, positionals } = parseCommandArgs(
    args,
    { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, templates: { type: 'string' } },
    usage,
  );
  const format = chooseFormat(values.format, values.out, formats, 'text', usage);
  if (positionals.length !== 1) throw new UsageError('noem één monitor (een .ts-bestand met `export default defineMonitor(jaarschijf, { ... })`)', usage);
  if (values.out !== undefined) outputFile(values.out, usage);

  // Formats with charts draw them on a worker thread, which loads Vega while the sources are read here.
  const charts = format === 'html' || format === 'docx' || format === 'pdf' ? (await import('../chart/startChartWorker.js')).startChartWorker() : undefined;
  try {
    const w = loadWording(values.templates);
    const loaded = await loadMonitor(positionals[0]!);
    for (const warning of loaded.warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
    phase('source');
    const report = computeMonitor(loaded, w);
    const toTerminal = values.out === undefined;
    // The document is made first (its charts are drawn on their thread); the writer loads meanwhile.
    const doc = isDocumentFormat(format) ? (await Promise.all([monitorDocument(loaded, report, format, w, charts), renderers[format]()]))[0] : undefined;
    phase('build');
    const data = await produce(format, {
      text: () =>
        formatMonitorText(report, w, {
          color: toTerminal && wantsColor(process.stdout),
          ...(toTerminal && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
        }),
      json: () => report,
      document: () => doc!,
    });
    phase(format);
    const target = outputTarget(values.out, format, () => monitorFileName(loaded));
    if (target === undefined) {
      process.stdout.write(data);
      return 0;
    }
    await writeOutputSet([{ target, data }], { inputs: [...loaded.files, ...wordingFiles(values.templates)] });
    process.stdout.write(`${target}\n`);
    phase('write');
    return 0;
  } finally {
    await charts?.close();
  }
}

/** Word and PDF: the monitor on the jaarschijf's pages; HTML and Markdown: the report (Markdown without drawings). */
async function monitorDocument(loaded: LoadedMonitor, report: MonitorReport, format: DocumentFormat, w: Wording, charts: ChartWorker | undefined): Promise<DocumentModel> {
  const draw = charts ? charts.render : undefined;
  if (format === 'docx' || format === 'pdf') return (await import('../monitor/monitorDocument.js')).buildMonitorDocument(loaded, report, w, draw);
  return (await import('../monitor/monitorReport.js')).monitorReport(loaded, report, w, format === 'md' ? false : draw);
}
