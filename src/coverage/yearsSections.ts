/**
 * The matrix kaderafspraak x year as a document-model fragment: per theme a
 * table Kaderafspraak | one column per year | years without a jaarafspraak.
 */
import type { Block, CellBlock, Row, Section } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import { textRun } from '../model/richtext.js';
import { parseMarkdown } from '../sources/markdown.js';
import type { YearsReport } from './coverageYears.js';
import { yearCell, yearsLabel, yearsTags } from './yearCell.js';

export function yearsSections(report: YearsReport, w: Wording): Section[] {
  const blocks: Block[] = [];
  const n = report.years.length;
  for (const theme of report.themes) {
    const kaders = report.kaderafspraken.filter((k) => k.theme === theme.id);
    if (!kaders.length) continue;
    const anchor = `dekking-${theme.id}`;
    blocks.push({ type: 'heading', level: 1, text: w.text('coverage.years.themeHeading', { number: theme.number ?? '', title: theme.title }), anchor });
    const rows: Row[] = kaders.map((k) => ({
      anchor: `dekking-${k.id}`,
      tags: yearsTags(k),
      cells: [
        { column: 0, rowSpan: 1, blocks: [...(parseMarkdown(k.text) as CellBlock[]), paragraph(k.id, 'note')] },
        ...k.years.map((y, i) => ({ column: i + 1, rowSpan: 1, blocks: [paragraph(yearCell(y, w), undefined, !y.covered)] })),
        { column: n + 1, rowSpan: 1, blocks: [paragraph(w.text('coverage.years.withoutCount', { count: k.withoutAfspraak, years: n }))] },
      ],
    }));
    const yearWidth = Math.min(0.1, 0.45 / (n + 1));
    blocks.push({
      type: 'table',
      anchor: `${anchor}-tabel`,
      summary: w.text('coverage.years.tableSummary', { title: theme.title, years: yearsLabel(report.years) }),
      columns: [1 - yearWidth * (n + 1), ...Array.from({ length: n + 1 }, () => yearWidth)].map((width) => ({ width, kind: 'text' as const })),
      header: [w.text('coverage.years.kaderafspraak'), ...report.years.map(String), w.text('coverage.years.without')],
      rows,
      continuedLabel: w.text('continued'),
    });
  }
  return [{ id: 'dekking', bookmark: w.text('coverage.years.title', { years: yearsLabel(report.years) }), startOnNewPage: false, blocks }];
}

/** One sentence per year, and how many kaderafspraken went without a jaarafspraak for several years. */
export function yearsSummary(report: YearsReport, w: Wording): string[] {
  const lines = report.summary.years.map((y) => w.text('coverage.years.summaryYear', { ...y, total: report.summary.total }));
  if (report.years.length > 1) lines.push(w.text('coverage.years.summarySeveral', { count: report.summary.withoutAfspraakSeveralYears, min: 2 }));
  return lines;
}

function paragraph(text: string, style?: 'note', bold = false): CellBlock {
  return { type: 'paragraph', inlines: [textRun(text, bold ? ['bold'] : [])], ...(style ? { style } : {}) };
}
