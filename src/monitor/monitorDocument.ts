/**
 * The voortgangsmonitor as a document (Word, PDF): the monitor's sections
 * on the jaarschijf's pages, with the parties' logos and the page footer;
 * an illustration says "VOORBEELD" on every page.
 */
import { footerParts } from '../document/footerParts.js';
import { pageLayout } from '../document/layout.js';
import type { DocumentModel } from '../document/types.js';
import { capitalize, type Wording } from '../document/wording.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';
import type { MonitorReport } from './computeMonitor.js';
import { monitorFileName } from './monitorFileName.js';
import type { DrawChart } from './monitorFigures.js';
import { monitorSections } from './monitorSections.js';

export async function buildMonitorDocument(loaded: LoadedMonitor, report: MonitorReport, w: Wording, draw?: DrawChart): Promise<DocumentModel> {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded.jaarschijf;
  const page = pageLayout(j.page);
  const parties = Object.values(raam.parties);
  const gemeente = parties.find((p) => p.kind === 'gemeente')?.name ?? raam.gemeente;
  return {
    meta: {
      title: report.title,
      subject: w.text('monitor.subject', { gemeente: raam.gemeente, year: j.year }),
      author: parties.map((p) => p.name).join(', '),
      company: capitalize(gemeente),
      keywords: w.text('monitor.keywords', { gemeente: raam.gemeente, year: j.year }).split(/\s*,\s*/),
      language: 'nl-NL',
      // The date of the latest overleg: from the source, never the clock.
      date: report.summary.date,
      fileName: monitorFileName(loaded),
      draft: false,
    },
    page,
    header: { logos: loaded.jaarschijf.logos },
    footer: footerParts(w),
    ...(report.illustration ? { watermark: w.text('monitor.illustrationMark') } : {}),
    // Charts as wide as the tables under them.
    sections: await monitorSections(loaded, report, w, { chartWidth: page.width - page.margins.left - page.margins.right, titleBlocks: true, ...(draw ? { draw } : {}) }),
  };
}
