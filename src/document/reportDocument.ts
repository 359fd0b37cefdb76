import { footerParts } from './footerParts.js';
import { pageLayout } from './layout.js';
import type { DocumentModel, ReportFrame, Section } from './types.js';
import type { Wording } from './wording.js';

/**
 * A report (coverage, diff) as a document: its sections, and the frame that
 * the HTML page shows above them. Reports are dated by the jaarschijf they
 * report on, never by the clock. Printed (Word, PDF), every page's footer
 * names the report and the page.
 */
export function reportDocument(report: { title: string; subject: string; fileName: string; date: string; frame: ReportFrame; sections: readonly Section[] }, w: Wording): DocumentModel {
  return {
    meta: {
      title: report.title,
      subject: report.subject,
      author: 'jaarschijf',
      company: '',
      keywords: [],
      language: 'nl-NL',
      date: report.date,
      fileName: report.fileName,
      draft: false,
    },
    page: pageLayout(undefined),
    header: { logos: [] },
    footer: [{ type: 'text', text: `${report.title} · ` }, ...footerParts(w)],
    sections: report.sections,
    report: report.frame,
  };
}
