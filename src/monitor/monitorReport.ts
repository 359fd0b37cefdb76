/**
 * The monitor as a report for the HTML page and Markdown: its frame (title,
 * subtitle, the illustration note, the summary, a filter on the latest status
 * with its counts) and its sections, charts included. The HTML writer puts it
 * in templates/monitor.html.hbs; Markdown shows each chart as its caption,
 * description and table.
 */
import { reportDocument } from '../document/reportDocument.js';
import type { DocumentModel } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import { monitorStatuses } from '../model/monitorSchema.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';
import type { MonitorReport } from './computeMonitor.js';
import { monitorFileName } from './monitorFileName.js';
import type { DrawChart } from './monitorFigures.js';
import { monitorSections, statusTag, subtitle, summaryLines } from './monitorSections.js';

/** Charts are drawn this wide (in CSS pixels) and shown as wide as the page: on a laptop screen their labels come out near the size of the text. */
const CHART_WIDTH = 680;

/** @param draw how charts are drawn; `false` for Markdown, which shows none */
export async function monitorReport(loaded: LoadedMonitor, report: MonitorReport, w: Wording, draw?: DrawChart | false): Promise<DocumentModel> {
  const { counts, unreported, total } = report.summary;
  const doc = reportDocument({
    title: report.title,
    subject: w.text('monitor.subject', { gemeente: loaded.jaarschijf.raamovereenkomst.gemeente, year: report.jaarschijf.year }),
    fileName: monitorFileName(loaded),
    // The date of the latest overleg: from the source, never the clock.
    date: report.summary.date,
    frame: {
      kind: 'monitor',
      subtitle: subtitle(report, w),
      ...(report.illustration ? { note: w.text('monitor.illustrationNote') } : {}),
      summary: summaryLines(report, w),
      filter: {
        label: w.text('monitor.filter'),
        choices: [
          { tag: 'all', label: w.text('monitor.filterAll'), count: total, checked: true },
          ...monitorStatuses.map((status) => ({ tag: statusTag(status), label: status, count: counts[status], checked: false })),
          ...(unreported ? [{ tag: statusTag(null), label: w.text('monitor.unreported'), count: unreported, checked: false }] : []),
        ],
      },
    },
    sections: await monitorSections(loaded, report, w, { chartWidth: CHART_WIDTH, titleBlocks: false, ...(draw !== undefined ? { draw } : {}) }),
  }, w);
  return report.illustration ? { ...doc, watermark: w.text('monitor.illustrationMark') } : doc;
}
