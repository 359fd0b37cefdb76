/**
 * The coverage report as a document-model fragment: per theme a table
 * Doelstelling | Kaderafspraak | Jaarafspraken | Status, uncovered rows tagged.
 * The HTML report renders it through the HTML renderer; the rendered document
 * appends it as its annex (render --annex coverage).
 */
import { heading, note, paragraph, section } from '../document/builders.js';
import { tableFromColumns, type ColumnSpec } from '../document/columns.js';
import type { Block, CellBlock, Section, Table } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import type { RichBlock } from '../model/richtext.js';
import { parseMarkdown } from '../sources/markdown.js';
import type { CoverageReport, KaderCoverage, ServingAfspraak } from './computeCoverage.js';
import { rowRanges } from './rowRanges.js';

export interface CoverageSectionOptions {
  /** A heading above it all (the annex); without one the theme headings are the top level (the HTML report has its own title). */
  heading?: string;
  /** The summary sentence under the heading (default true). */
  summary?: boolean;
  /** Jaarafspraak and kaderafspraak ids beside the row numbers (default false: the signed document shows no ids). */
  ids?: boolean;
  /** Markdown -> rich text; the loaded sources' parsed texts when at hand. */
  rich?: (markdown: string) => readonly RichBlock[];
}

export function coverageSections(report: CoverageReport, w: Wording, options: CoverageSectionOptions = {}): Section[] {
  const rich = options.rich ?? parseMarkdown;
  const blocks: Block[] = [];
  if (options.heading) blocks.push(heading(1, options.heading, 'dekking'));
  if (options.summary ?? true) blocks.push(...coverageSummary(report, w).map((text) => paragraph(text)));
  const level = options.heading ? 2 : 1;
  for (const theme of report.themes) {
    const kaders = report.kaderafspraken.filter((k) => k.theme === theme.id);
    if (!kaders.length) continue;
    const covered = kaders.filter((k) => k.covered).length;
    const anchor = `dekking-${theme.id}`;
    blocks.push(heading(level, w.text('coverage.themeHeading', { number: theme.number ?? '', title: theme.title, covered, total: kaders.length }), anchor));
    blocks.push(themeTable(report, kaders, theme.title, anchor, w, rich, options.ids ?? false));
  }
  return [section(options.heading ? 'bijlage-dekking' : 'dekking', options.heading ?? w.text('coverage.reportTitle', { year: report.year }), blocks, { startOnNewPage: options.heading !== undefined })];
}

/** "47 van 53 kaderafspraken gedekt; ..." and, when some count only by a reference, a second sentence. */
export function coverageSummary(report: CoverageReport, w: Wording): string[] {
  const { total, covered, uncovered, byReference } = report.summary;
  const lines = [w.text('coverage.summary', { total, covered, uncovered, year: report.year })];
  if (byReference) lines.push(w.text('coverage.summaryReferences', { count: byReference }));
  return lines;
}

function themeTable(
  report: CoverageReport,
  kaders: readonly KaderCoverage[],
  title: string,
  anchor: string,
  w: Wording,
  rich: (markdown: string) => readonly RichBlock[],
  ids: boolean,
): Table {
  const columns: ColumnSpec<KaderCoverage>[] = [
    // The doelstelling spans its kaderafspraken, as in the document's tables.
    { key: 'doelstelling', header: w.text('coverage.columns.doelstelling'), width: 0.24, merge: (k) => k.doelstelling, cell: (k) => rich(k.doelstellingText) as CellBlock[] },
    { key: 'kaderafspraak', header: w.text('coverage.columns.kaderafspraak', report.period), width: 0.34, cell: (k) => [...(rich(k.text) as CellBlock[]), ...(ids ? [note(k.id)] : [])] },
    { key: 'jaarafspraken', header: w.text('coverage.columns.jaarafspraken', { year: report.year }), width: 0.26, cell: (k) => servingBlocks(report, k, w, ids) },
    { key: 'status', header: w.text('coverage.columns.status'), width: 0.16, cell: (k) => [paragraph(statusLabel(k, w), 'body', k.covered ? [] : ['bold'])] },
  ];
  return tableFromColumns({
    anchor: `${anchor}-tabel`,
    summary: w.text('coverage.tableSummary', { title, year: report.year }),
    continuedLabel: w.text('continued'),
    columns,
    rows: kaders,
    rowProps: (k) => ({ anchor: `dekking-${k.id}`, tags: tagsOf(k) }),
  });
}

/** Row labels: "covered" or "uncovered", and "reference" when only cross-references cover it. */
function tagsOf(k: KaderCoverage): string[] {
  if (!k.covered) return ['uncovered'];
  return k.serving.every((s) => s.reference) ? ['covered', 'reference'] : ['covered'];
}

function servingBlocks(report: CoverageReport, k: KaderCoverage, w: Wording, ids: boolean): CellBlock[] {
  if (!k.covered) return [note(w.text('coverage.none', { year: report.year }))];
  if (ids) return k.serving.map((s) => paragraph(servingLabel(report, k, s, w, true)));
  // Without ids, the rows of the kaderafspraak's own theme read as one range: "rijen 2-5".
  const own = k.serving.filter((s) => s.theme === k.theme && !s.reference);
  const blocks = own.length ? [paragraph(w.text('coverage.rows', { rows: rowRanges(own.map((s) => s.row)), several: own.length > 1 }))] : [];
  return [...blocks, ...k.serving.filter((s) => !own.includes(s)).map((s) => paragraph(servingLabel(report, k, s, w, false)))];
}

/** "rij 9 · duu-09: verwijzing naar thema 7 (productieafspraken)". */
export function servingLabel(report: CoverageReport, k: KaderCoverage, s: ServingAfspraak, w: Wording, ids: boolean): string {
  const themeNumber = (id: string) => report.themes.find((t) => t.id === id)?.number;
  const otherTheme = s.theme !== k.theme ? (themeNumber(s.theme) ?? s.theme) : '';
  const label = w.text('coverage.row', { row: s.row, theme: otherTheme, id: ids ? s.afspraak : '' });
  if (!s.reference) return label;
  const target = report.themes.find((t) => t.id === s.reference);
  return `${label}: ${w.text('coverage.reference', { number: target?.number ?? '', title: target?.title ?? s.reference })}`;
}

/** "✓ gedekt", "✓ gedekt via verwijzing" or "✗ niet gedekt": never colour alone. */
export function statusLabel(k: KaderCoverage, w: Wording): string {
  const tags = tagsOf(k);
  if (tags.includes('uncovered')) return w.text('coverage.uncovered');
  return w.text(tags.includes('reference') ? 'coverage.coveredByReference' : 'coverage.covered');
}
