/** The matrix kaderafspraak x year as one self-contained HTML page (templates/coverage.html.hbs). */
import type { Wording } from '../document/wording.js';
import { renderHtmlTemplate } from '../render/html/htmlTemplate.js';
import { renderSections } from '../render/html/renderHtmlBlocks.js';
import type { YearsReport } from './coverageYears.js';
import { yearsLabel } from './yearCell.js';
import { yearsSections, yearsSummary } from './yearsSections.js';

export function renderYearsHtml(report: YearsReport, w: Wording): string {
  const { period } = report;
  return renderHtmlTemplate('coverage', {
    lang: 'nl-NL',
    kind: 'coverage-years',
    title: w.text('coverage.years.title', { years: yearsLabel(report.years) }),
    subtitle: w.text('coverage.years.subtitle', { raamovereenkomst: report.raamovereenkomstTitle, from: period.from, to: period.to, files: report.files.join(', ') }),
    summary: yearsSummary(report, w),
    meter: false,
    filterLabel: w.text('coverage.years.filter'),
    content: renderSections(yearsSections(report, w)),
  });
}
