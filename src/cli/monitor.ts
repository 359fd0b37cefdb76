import { formatDiagnostic } from '../sources/diagnostics.js';
import { wordingFiles, loadWording } from '../document/wording.js';
import { computeMonitor, type MonitorReport } from '../monitor/computeMonitor.js';
import { writeOutputSet } from '../output/writeOutputSet.js';
import { wantsColor } from '../output/terminalStyle.js';
import { renderers } from '../render/renderers.js';
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

  const charts = format === 'text' || format === 'json' || format === 'md' ? undefined : import('../chart/renderChart.js').then((m) => m.loadChartLibraries());
  // Vega loads while the sources are read (the sandbox runs on its own thread); a failure shows when it is awaited.
  charts?.catch(() => undefined);
  const w = loadWording(values.templates);
  const loaded = await loadMonitor(positionals[0]!);
  for (const warning of loaded.warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
  const report = computeMonitor(loaded, w);
  await charts;

  const toTerminal = values.out === undefined;
  const output = await formatted(loaded, report, format, values.templates, {
    color: toTerminal && wantsColor(process.stdout),
    ...(toTerminal && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
  });
  const fileFormat = format === 'docx' || format === 'pdf';
  if (values.out === undefined && !fileFormat) {
    process.stdout.write(output.data);
    return 0;
  }
  const target = values.out ?? `output/${output.fileName}.${format}`;
  await writeOutputSet([{ target, data: output.data }], { inputs: [...loaded.files, ...wordingFiles(values.templates)] });
  process.stdout.write(`${target}\n`);
  return 0;
}

async function formatted(
  loaded: LoadedMonitor,
  report: MonitorReport,
  format: Format,
  templates: string | undefined,
  terminal: { color: boolean; width?: number },
): Promise<{ data: string | Uint8Array; fileName: string }> {
  const w = loadWording(templates);
  const { monitorFileName } = await import('../monitor/monitorFileName.js');
  const fileName = monitorFileName(loaded);
  switch (format) {
    case 'json':
      return { data: `${JSON.stringify(report, null, 2)}\n`, fileName };
    case 'text':
      return { data: (await import('../monitor/formatMonitorText.js')).formatMonitorText(report, w, terminal), fileName };
    case 'md':
      return { data: await (await import('../monitor/formatMonitorMarkdown.js')).formatMonitorMarkdown(loaded, report, w), fileName };
    case 'html':
      return { data: await (await import('../monitor/renderMonitorHtml.js')).renderMonitorHtml(loaded, report, w), fileName };
    case 'docx':
    case 'pdf': {
      const [{ buildMonitorDocument }, render] = await Promise.all([import('../monitor/monitorDocument.js'), renderers[format]()]);
      return { data: await render(await buildMonitorDocument(loaded, report, w)), fileName };
    }
  }
}
