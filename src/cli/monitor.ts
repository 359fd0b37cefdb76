import { wordingFiles, loadWording, type Wording } from '../document/wording.js';
import type { ChartWorker } from '../chart/startChartWorker.js';
import { computeMonitor, type MonitorReport } from '../monitor/computeMonitor.js';
import { monitorFileName } from '../monitor/monitorFileName.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { wantsColor } from '../output/terminalStyle.js';
import { renderers } from '../render/renderers.js';
import { formatDiagnostic } from '../sources/diagnostics.js';
import { loadMonitor, type LoadedMonitor } from '../sources/loadMonitor.js';
import { outputFile, parseCommandArgs, parseFormats } from './args.js';
import { commands, UsageError } from './usage.js';

const formats = ['text', 'json', 'md', 'html', 'docx', 'pdf'] as const;
type Format = (typeof formats)[number];

/**
 * `jaarschijf monitor <monitor.ts> [--format text|json|md|html|docx|pdf] [-o file] [--templates dir]`:
 * what became of the year's agreements, per bestuurlijk overleg, and the nieuwbouwmonitor.
 * Text, JSON, Markdown and HTML go to stdout unless -o names a file; Word and PDF are files.
 * What a reader would miss (an agreement without a status in the latest overleg) is printed as a warning.
 */
export async function run(args: string[]): Promise<number> {
  const usage = commands.monitor;
  const { values, positionals } = parseCommandArgs(
    args,
    { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, templates: { type: 'string' } },
    usage,
  );
  const [format, ...more] = parseFormats(values.format, formats, ['text'], usage);
  if (!format || more.length) throw new UsageError(`noem één formaat: ${formats.join(', ')}`, usage);
  if (positionals.length !== 1) throw new UsageError('noem één monitor (een .ts-bestand met `export default defineMonitor(jaarschijf, { ... })`)', usage);
  if (values.out !== undefined) outputFile(values.out, usage);

  // Formats with charts draw them on a worker thread, which loads Vega while the sources are read here.
  const charts = format === 'html' || format === 'docx' || format === 'pdf' ? (await import('../chart/startChartWorker.js')).startChartWorker() : undefined;
  try {
    const w = loadWording(values.templates);
    const loaded = await loadMonitor(positionals[0]!);
    for (const warning of loaded.warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
    const report = computeMonitor(loaded, w);
    const toTerminal = values.out === undefined;
    const data = await formatted(loaded, report, format, w, charts, {
      color: toTerminal && wantsColor(process.stdout),
      ...(toTerminal && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
    });
    if (values.out === undefined && format !== 'docx' && format !== 'pdf') {
      process.stdout.write(data);
      return 0;
    }
    const target = values.out ?? `output/${monitorFileName(loaded)}.${format}`;
    await writeOutputSet([{ target, data }], { inputs: [...loaded.files, ...wordingFiles(values.templates)] });
    process.stdout.write(`${target}\n`);
    return 0;
  } finally {
    await charts?.close();
  }
}

async function formatted(
  loaded: LoadedMonitor,
  report: MonitorReport,
  format: Format,
  w: Wording,
  charts: ChartWorker | undefined,
  terminal: { color: boolean; width?: number },
): Promise<string | Uint8Array> {
  const draw = charts ? charts.render : undefined;
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'text':
      return (await import('../monitor/formatMonitorText.js')).formatMonitorText(report, w, terminal);
    case 'md':
      return (await import('../monitor/formatMonitorMarkdown.js')).formatMonitorMarkdown(loaded, report, w);
    case 'html': {
      // The report page: its data from the monitor, its sections rendered to HTML, wrapped by templates/monitor.html.hbs.
      const [{ monitorReportPage }, { renderSections }, { renderHtmlTemplate }] = await Promise.all([
        import('../monitor/monitorReportPage.js'),
        import('../render/html/renderHtmlBlocks.js'),
        import('../render/html/htmlTemplate.js'),
      ]);
      const page = await monitorReportPage(loaded, report, w, draw);
      return renderHtmlTemplate('monitor', { ...page.data, content: renderSections(page.sections) });
    }
    case 'docx':
    case 'pdf': {
      // The renderer loads here while the charts are drawn on their thread.
      const [render, doc] = await Promise.all([renderers[format](), import('../monitor/monitorDocument.js').then((m) => m.buildMonitorDocument(loaded, report, w, draw))]);
      return render(doc);
    }
  }
}
