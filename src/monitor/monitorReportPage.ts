/**
 * What the monitor's HTML report shows (templates/monitor.html.hbs): its
 * header (title, subtitle, the illustration note, the summary, a filter on
 * the latest status with its counts) and its sections, charts included. The
 * HTML renderer turns the sections into HTML; the template wraps them.
 */
import type { Section } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import { monitorStatuses } from '../model/monitorSchema.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';
import type { MonitorReport } from './computeMonitor.js';
import type { DrawChart } from './monitorFigures.js';
import { monitorSections, statusTag, subtitle, summaryLines } from './monitorSections.js';

/** Charts are drawn this wide (in CSS pixels) and shown as wide as the page: on a laptop screen their labels come out near the size of the text. */
const CHART_WIDTH = 680;

export interface MonitorReportPage {
  /** Everything the template shows but the content. */
  data: Record<string, unknown>;
  sections: Section[];
}

export async function monitorReportPage(loaded: LoadedMonitor, report: MonitorReport, w: Wording, draw?: DrawChart): Promise<MonitorReportPage> {
  const { counts, unreported, total } = report.summary;
  const filters = [
    { status: 'all', label: w.text('monitor.filterAll'), count: total, checked: true },
    ...monitorStatuses.map((status) => ({ status: statusTag(status), label: status, count: counts[status], checked: false })),
    ...(unreported ? [{ status: statusTag(null), label: w.text('monitor.unreported'), count: unreported, checked: false }] : []),
  ];
  return {
    data: {
      lang: 'nl-NL',
      title: report.title,
      subtitle: subtitle(report, w),
      illustration: report.illustration ? w.text('monitor.illustrationNote') : '',
      watermark: report.illustration ? w.text('monitor.illustrationMark') : '',
      summary: summaryLines(report, w),
      filterLabel: w.text('monitor.filter'),
      filters,
    },
    sections: await monitorSections(loaded, report, w, { chartWidth: CHART_WIDTH, titleBlocks: false, ...(draw ? { draw } : {}) }),
  };
}
