/**
 * The coverage report as one self-contained HTML page: the document-model
 * fragment rendered by the HTML renderer, wrapped by templates/coverage.html.hbs
 * (summary, filter toggle, inline CSS and script; no external assets).
 */
import type { Wording } from '../document/wording.js';
import { renderHtmlTemplate } from '../render/html/htmlTemplate.js';
import { renderSections } from '../render/html/renderHtmlBlocks.js';
import type { CoverageReport } from './computeCoverage.js';
import { coverageSections, coverageSummary } from './coverageSections.js';

export function renderCoverageHtml(report: CoverageReport, w: Wording): string {
  const { period, summary } = report;
  return renderHtmlTemplate('coverage', {
    lang: 'nl-NL',
    kind: 'coverage',
    title: w.text('coverage.reportTitle', { year: report.year }),
    subtitle: w.text('coverage.reportSubtitle', { raamovereenkomst: report.raamovereenkomstTitle, from: period.from, to: period.to, file: report.file }),
    summary: coverageSummary(report, w),
    // The bar: the share covered (the sentence above says it in words).
    meter: percent(summary.covered, summary.total),
    filterLabel: w.text('coverage.filter'),
    content: renderSections(coverageSections(report, w, { summary: false, ids: true })),
  });
}

function percent(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 10 : 0;
}
