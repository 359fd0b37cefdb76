/**
 * The coverage reports as documents for the writers (HTML page, Markdown,
 * Word, PDF): one year's coverage, and the matrix across the years. The HTML page shows
 * the frame's summary and bar above the tables, and filters their rows.
 */
import { reportDocument } from '../document/reportDocument.js';
import { slug } from '../model/slug.js';
import type { DocumentModel } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import type { CoverageReport } from './computeCoverage.js';
import { coverageSections, coverageSummary } from './coverageSections.js';
import type { YearsReport } from './coverageYears.js';
import { yearsLabel } from './yearCell.js';
import { yearsSections, yearsSummary } from './yearsSections.js';

/** @param gemeente names the files ("harderwijk-dekking-2024"), as the document's and the monitor's */
export function coverageReport(report: CoverageReport, w: Wording, date: string, gemeente: string): DocumentModel {
  const { period, summary } = report;
  return reportDocument({
    title: w.text('coverage.reportTitle', { year: report.year }),
    subject: report.raamovereenkomstTitle,
    fileName: `${slug(gemeente)}-dekking-${report.year}`,
    date,
    frame: {
      kind: 'coverage',
      subtitle: w.text(report.standalone ? 'coverage.reportSubtitleStandalone' : 'coverage.reportSubtitle', { raamovereenkomst: report.raamovereenkomstTitle, from: period.from, to: period.to, file: report.file }),
      summary: coverageSummary(report, w),
      // The bar: the share covered (the sentence beside it says it in words).
      meter: summary.total ? Math.round((summary.covered / summary.total) * 1000) / 10 : 0,
      filter: { label: w.text('coverage.filter') },
    },
    sections: coverageSections(report, w, { summary: false, ids: true }),
  }, w);
}

export function yearsReport(report: YearsReport, w: Wording, date: string, gemeente: string): DocumentModel {
  const { period } = report;
  return reportDocument({
    title: w.text('coverage.years.title', { years: yearsLabel(report.years) }),
    subject: report.raamovereenkomstTitle,
    fileName: `${slug(gemeente)}-dekking-${yearsLabel(report.years).replace(/\D+/g, '-')}`,
    date,
    frame: {
      kind: 'coverage-years',
      subtitle: w.text('coverage.years.subtitle', { raamovereenkomst: report.raamovereenkomstTitle, from: period.from, to: period.to, files: report.files.join(', ') }),
      summary: yearsSummary(report, w),
      filter: { label: w.text('coverage.years.filter') },
    },
    sections: yearsSections(report, w),
  }, w);
}
