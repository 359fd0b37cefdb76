/** The matrix kaderafspraak x year as Markdown, in the documents' wording. */
import type { Wording } from '../document/wording.js';
import type { YearsReport } from './coverageYears.js';
import { markdownCell } from './markdownCell.js';
import { oneLine } from './oneLine.js';
import { yearCell, yearsLabel } from './yearCell.js';
import { yearsSummary } from './yearsSections.js';

export function formatYearsMarkdown(report: YearsReport, w: Wording): string {
  const { period } = report;
  const out: string[] = [
    `# ${markdownCell(w.text('coverage.years.title', { years: yearsLabel(report.years) }))}`,
    '',
    markdownCell(w.text('coverage.years.subtitle', { raamovereenkomst: report.raamovereenkomstTitle, from: period.from, to: period.to, files: report.files.join(', ') })),
    '',
    ...yearsSummary(report, w).map((line) => `- ${markdownCell(line)}`),
  ];
  for (const theme of report.themes) {
    const kaders = report.kaderafspraken.filter((k) => k.theme === theme.id);
    if (!kaders.length) continue;
    out.push('', `## ${markdownCell(w.text('coverage.years.themeHeading', { number: theme.number ?? '', title: theme.title }))}`, '');
    const header = [w.text('coverage.years.kaderafspraak'), ...report.years.map(String), w.text('coverage.years.without')];
    out.push(`| ${header.map(markdownCell).join(' | ')} |`, `| --- |${report.years.map(() => ' :---: |').join('')} :---: |`);
    for (const k of kaders) {
      const without = markdownCell(w.text('coverage.years.withoutCount', { count: k.withoutAfspraak, years: report.years.length }));
      const cells = [`${markdownCell(oneLine(k.text))} (\`${k.id}\`)`, ...k.years.map((y) => markdownCell(yearCell(y, w))), k.withoutAfspraak ? `**${without}**` : without];
      out.push(`| ${cells.join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
