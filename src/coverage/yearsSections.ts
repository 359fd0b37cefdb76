/**
 * The matrix kaderafspraak x year as a document-model fragment: per theme a
 * table Kaderafspraak | one column per year | years without a jaarafspraak.
 */
import { heading, note, paragraph, section } from '../document/builders.js';
import { tableFromColumns, type ColumnSpec } from '../document/columns.js';
import type { Block, CellBlock, Section } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import { parseMarkdown } from '../sources/markdown.js';
import type { KaderYears, YearsReport } from './coverageYears.js';
import { yearCell, yearsLabel, yearsTags } from './yearCell.js';

export function yearsSections(report: YearsReport, w: Wording): Section[] {
  const blocks: Block[] = [];
  const n = report.years.length;
  const yearWidth = Math.min(0.1, 0.45 / (n + 1));
  const columns: ColumnSpec<KaderYears>[] = [
    { key: 'kaderafspraak', header: w.text('coverage.years.kaderafspraak'), width: 1 - yearWidth * (n + 1), cell: (k) => [...(parseMarkdown(k.text) as CellBlock[]), note(k.id)] },
    ...report.years.map((year, i): ColumnSpec<KaderYears> => ({
      key: String(year),
      header: String(year),
      width: yearWidth,
      cell: (k) => [paragraph(yearCell(k.years[i]!, w), 'body', k.years[i]!.covered ? [] : ['bold'])],
    })),
    { key: 'without', header: w.text('coverage.years.without'), width: yearWidth, cell: (k) => [paragraph(w.text('coverage.years.withoutCount', { count: k.withoutAfspraak, years: n }))] },
  ];
  for (const theme of report.themes) {
    const kaders = report.kaderafspraken.filter((k) => k.theme === theme.id);
    if (!kaders.length) continue;
    const anchor = `dekking-${theme.id}`;
    blocks.push(heading(1, w.text('coverage.years.themeHeading', { number: theme.number ?? '', title: theme.title }), anchor));
    blocks.push(
      tableFromColumns({
        anchor: `${anchor}-tabel`,
        summary: w.text('coverage.years.tableSummary', { title: theme.title, years: yearsLabel(report.years) }),
        continuedLabel: w.text('continued'),
        columns,
        rows: kaders,
        rowProps: (k) => ({ anchor: `dekking-${k.id}`, tags: yearsTags(k) }),
      }),
    );
  }
  return [section('dekking', w.text('coverage.years.title', { years: yearsLabel(report.years) }), blocks)];
}

/** One sentence per year, and how many kaderafspraken went without a jaarafspraak for several years. */
export function yearsSummary(report: YearsReport, w: Wording): string[] {
  const lines = report.summary.years.map((y) => w.text('coverage.years.summaryYear', { ...y, total: report.summary.total }));
  if (report.years.length > 1) lines.push(w.text('coverage.years.summarySeveral', { count: report.summary.withoutAfspraakSeveralYears, min: 2 }));
  return lines;
}
