/**
 * The monitor as one self-contained HTML page: the document-model sections
 * (charts as inline SVG, each with its data table) rendered by the HTML
 * renderer, wrapped by templates/monitor.html.hbs with the summary, a filter
 * on the latest status, inline CSS and script; no external assets.
 */
import type { Wording } from '../document/wording.js';
import { monitorStatuses } from '../model/monitorSchema.js';
import { renderHtmlTemplate } from '../render/html/htmlTemplate.js';
import { renderSections } from '../render/html/renderHtmlBlocks.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';
import type { MonitorReport } from './computeMonitor.js';
import { monitorSections, statusTag, subtitle, summaryLines } from './monitorSections.js';

/** Charts are drawn this wide (in CSS pixels) and shown as wide as the page: on a laptop screen their labels come out near the size of the text. */
const CHART_WIDTH = 680;

export async function renderMonitorHtml(loaded: LoadedMonitor, report: MonitorReport, w: Wording): Promise<string> {
  const { counts, unreported, total } = report.summary;
  const filters = [
    { status: 'all', label: w.text('monitor.filterAll'), count: total, checked: true },
    ...monitorStatuses.map((status) => ({ status: statusTag(status), label: status, count: counts[status], checked: false })),
    ...(unreported ? [{ status: statusTag(null), label: w.text('monitor.unreported'), count: unreported, checked: false }] : []),
  ];
  return renderHtmlTemplate('monitor', {
    lang: 'nl-NL',
    title: report.title,
    subtitle: subtitle(report, w),
    illustration: report.illustration ? w.text('monitor.illustrationNote') : '',
    watermark: report.illustration ? w.text('monitor.illustrationMark') : '',
    summary: summaryLines(report, w),
    filterLabel: w.text('monitor.filter'),
    filters,
    content: renderSections(await monitorSections(loaded, report, w, { chartWidth: CHART_WIDTH, titleBlocks: false })),
  });
}
