/**
 * The coverage report as Markdown, for a memo: the same tables as the HTML
 * report, in the documents' wording (templates/wording.json, key "coverage").
 */
import type { Wording } from '../document/wording.js';
import type { CoverageReport, KaderCoverage } from './computeCoverage.js';
import { coverageSummary, servingLabel, statusLabel } from './coverageSections.js';
import { markdownCell } from './markdownCell.js';
import { oneLine } from './oneLine.js';

export function formatCoverageMarkdown(report: CoverageReport, w: Wording): string {
  const { period, year } = report;
  const out: string[] = [
    `# ${markdownCell(w.text('coverage.reportTitle', { year }))}`,
    '',
    markdownCell(w.text('coverage.reportSubtitle', { raamovereenkomst: report.raamovereenkomstTitle, from: period.from, to: period.to, file: report.file })),
    '',
    `**${markdownCell(coverageSummary(report, w).join(' '))}**`,
  ];
  for (const theme of report.themes) {
    const kaders = report.kaderafspraken.filter((k) => k.theme === theme.id);
    if (!kaders.length) continue;
    const covered = kaders.filter((k) => k.covered).length;
    out.push('', `## ${markdownCell(w.text('coverage.themeHeading', { number: theme.number ?? '', title: theme.title, covered, total: kaders.length }))}`, '');
    const header = [
      w.text('coverage.columns.doelstelling'),
      w.text('coverage.columns.kaderafspraak', period),
      w.text('coverage.columns.jaarafspraken', { year }),
      w.text('coverage.columns.status'),
    ];
    out.push(`| ${header.map(markdownCell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    kaders.forEach((k, i) => {
      // Like the document's merged cells: the doelstelling only on its first row.
      const doelstelling = kaders[i - 1]?.doelstelling === k.doelstelling ? '' : markdownCell(oneLine(k.doelstellingText));
      const cells = [doelstelling, `${markdownCell(oneLine(k.text))} (\`${k.id}\`)`, serving(report, k, w), status(k, w)];
      out.push(`| ${cells.join(' | ')} |`);
    });
  }
  return `${out.join('\n')}\n`;
}

function serving(report: CoverageReport, k: KaderCoverage, w: Wording): string {
  if (!k.covered) return `*${markdownCell(w.text('coverage.none', { year: report.year }))}*`;
  return k.serving.map((s) => markdownCell(servingLabel(report, k, s, w, true))).join('<br>');
}

function status(k: KaderCoverage, w: Wording): string {
  const label = markdownCell(statusLabel(k, w));
  return k.covered ? label : `**${label}**`;
}
