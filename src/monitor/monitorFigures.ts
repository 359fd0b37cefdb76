/**
 * The monitor's figures for the document model: each chart rendered to SVG,
 * with its caption, a description in words (what a screen reader says) and
 * its data as a table. The wording comes from templates/wording.json
 * ("monitor").
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartSvg } from '../chart/renderChart.js';
import type { CellBlock, Column, Figure, Row, Table } from '../document/types.js';
import { joinList, type Wording } from '../document/wording.js';
import { monitorStatuses, nieuwbouwPhases } from '../model/monitorSchema.js';
import { textRun } from '../model/richtext.js';
import type { MonitorReport, StatusCounts } from './computeMonitor.js';
import type { NieuwbouwReport } from './computeNieuwbouw.js';
import { cumulativeChartSpec, formatNumber, perYearChartSpec, splitChartSpec, statusChartSpec } from './monitorCharts.js';

/** Draws a chart: the chart renderer, or (for a format without drawings) nothing. */
export type DrawChart = (spec: TopLevelSpec, idPrefix: string) => Promise<ChartSvg>;

/** "4 gereed, 9 op schema en 2 vertraagd" (statuses with a count only). */
export function countsText(counts: StatusCounts, w: Wording): string {
  const parts = monitorStatuses.filter((s) => counts[s] > 0).map((s) => w.text('monitor.count', { count: counts[s], status: s }));
  return joinAnd(parts, w);
}

export async function statusFigure(report: MonitorReport, number: number, width: number, w: Wording, renderChart: DrawChart): Promise<Figure> {
  const { round } = report.summary;
  const themes = report.summary.themes.filter((t) => t.total > 0);
  const chart = await renderChart(statusChartSpec(themes, { axis: w.text('monitor.statusChart.axis') }, width), 'figuur-status');
  const alt = w.text('monitor.statusChart.alt', {
    round,
    themes: themes.map((t) => w.text('monitor.statusChart.theme', { title: t.title, counts: countsText(t.counts, w) })).join(' '),
  });
  const statusColumns = [...monitorStatuses, w.text('monitor.unreported')];
  const rows: Row[] = themes.map((t) => ({
    cells: cells([`${t.number}. ${t.title}`, ...monitorStatuses.map((s) => formatNumber(t.counts[s])), formatNumber(t.unreported), formatNumber(t.total)]),
  }));
  const total = report.summary;
  rows.push({ cells: cells([w.text('monitor.columns.total'), ...monitorStatuses.map((s) => formatNumber(total.counts[s])), formatNumber(total.unreported), formatNumber(total.total)], true) });
  return figure('figuur-status', number, w.text('monitor.statusChart.caption', { number, round }), chart, alt, {
    summary: w.text('monitor.statusChart.summary', { round }),
    header: [w.text('monitor.columns.theme'), ...statusColumns, w.text('monitor.columns.total')],
    columns: [0.3, ...statusColumns.map(() => 0.1), 0.1].map(numeric(0)),
    rows,
    w,
  });
}

export async function perYearFigure(n: NieuwbouwReport, number: number, width: number, w: Wording, renderChart: DrawChart): Promise<Figure> {
  const phases = [...nieuwbouwPhases].reverse();
  const phaseLabel = (p: (typeof phases)[number]) => w.text(`monitor.nieuwbouw.phases.${p}`);
  const labels = { axis: w.text('monitor.nieuwbouw.perYear.axis'), phases: Object.fromEntries(nieuwbouwPhases.map((p) => [p, phaseLabel(p)])) as Record<(typeof phases)[number], string> };
  const chart = await renderChart(perYearChartSpec(n, labels, width), 'figuur-per-jaar');
  const years = n.perYear.map((y) =>
    y.total
      ? w.text('monitor.nieuwbouw.perYear.year', { year: y.year, total: formatNumber(y.total), parts: phases.filter((p) => y.byPhase[p]).map((p) => `${formatNumber(y.byPhase[p])} ${phaseLabel(p).toLowerCase()}`).join(', ') })
      : w.text('monitor.nieuwbouw.perYear.none', { year: y.year }),
  );
  const alt = w.text('monitor.nieuwbouw.perYear.alt', { from: n.perYear[0]!.year, to: n.perYear.at(-1)!.year, years: years.join(' ') });
  return figure('figuur-per-jaar', number, w.text('monitor.nieuwbouw.perYear.caption', { number }), chart, alt, {
    summary: w.text('monitor.nieuwbouw.perYear.summary'),
    header: [w.text('monitor.nieuwbouw.columns.year'), ...phases.map(phaseLabel), w.text('monitor.nieuwbouw.columns.total')],
    columns: [0.2, ...phases.map(() => 0.16), 0.16].map(numeric(0)),
    rows: n.perYear.map((y) => ({ cells: cells([String(y.year), ...phases.map((p) => formatNumber(y.byPhase[p])), formatNumber(y.total)]) })),
    w,
  });
}

export async function cumulativeFigure(n: NieuwbouwReport, currentYear: number, number: number, width: number, w: Wording, renderChart: DrawChart): Promise<Figure> {
  const k = (key: string) => w.text(`monitor.nieuwbouw.cumulative.${key}`);
  const labels = { axis: k('axis'), realised: k('realised'), total: k('total'), band: k('band') };
  const chart = await renderChart(cumulativeChartSpec(n, currentYear, labels, width), 'figuur-opgeteld');
  const { target } = n;
  const shown = n.cumulative.filter((y) => y.year <= currentYear);
  const atTarget = n.cumulative.find((y) => y.year === target.to) ?? n.cumulative.at(-1)!;
  const alt = w.text('monitor.nieuwbouw.cumulative.alt', {
    from: target.from,
    to: target.to,
    realised: formatNumber(shown.at(-1)?.realised ?? 0),
    realisedYear: shown.at(-1)?.year ?? target.from,
    total: formatNumber(atTarget.total),
    min: formatNumber(target.min),
    max: formatNumber(target.max),
  });
  const columns = ['year', 'realised', 'total', 'targetMin', 'targetMax'].map((c) => w.text(`monitor.nieuwbouw.cumulative.columns.${c}`));
  return figure('figuur-opgeteld', number, w.text('monitor.nieuwbouw.cumulative.caption', { number, from: target.from, to: target.to, min: formatNumber(target.min), max: formatNumber(target.max) }), chart, alt, {
    summary: w.text('monitor.nieuwbouw.cumulative.summary', { from: target.from }),
    header: columns,
    columns: [0.2, 0.2, 0.2, 0.2, 0.2].map(numeric(0)),
    rows: n.cumulative.map((y) => ({
      cells: cells([
        String(y.year),
        y.year <= currentYear ? formatNumber(y.realised) : '',
        formatNumber(y.total),
        y.year <= target.to ? formatNumber(y.targetMin) : '',
        y.year <= target.to ? formatNumber(y.targetMax) : '',
      ]),
    })),
    w,
  });
}

export async function splitFigure(n: NieuwbouwReport, number: number, width: number, w: Wording, renderChart: DrawChart): Promise<Figure> {
  const k = (key: string, data?: Record<string, unknown>) => w.text(`monitor.nieuwbouw.split.${key}`, data);
  const labels = { axis: k('axis'), agreed: k('agreed'), all: k('all', { homes: formatNumber(n.totals.total) }), realised: k('realised', { homes: formatNumber(n.totals.realised) }) };
  const chart = await renderChart(splitChartSpec(n, labels, width), 'figuur-verdeling');
  const shares = (pick: (c: NieuwbouwReport['split']['corporations'][number]) => number) =>
    joinAnd(n.split.corporations.map((c) => w.text('monitor.nieuwbouw.share', { name: c.name, share: formatNumber(pick(c)) })), w);
  const alt = k('alt', {
    rows: [
      k('row', { label: labels.agreed, shares: shares((c) => c.agreed) }),
      k('row', { label: labels.all, shares: shares((c) => c.share) }),
      k('row', { label: labels.realised, shares: shares((c) => c.realisedShare) }),
    ].join(' '),
  });
  const columns = ['corporation', 'agreed', 'homes', 'share', 'realised', 'realisedShare'].map((c) => k(`columns.${c}`));
  return figure('figuur-verdeling', number, k('caption', { number }), chart, alt, {
    summary: k('summary', { to: n.target.to }),
    header: columns,
    columns: [0.25, 0.15, 0.15, 0.15, 0.15, 0.15].map(numeric(0)),
    rows: n.split.corporations.map((c) => ({
      cells: cells([c.name, `${formatNumber(c.agreed)}%`, formatNumber(c.homes), `${formatNumber(c.share)}%`, formatNumber(c.realised), `${formatNumber(c.realisedShare)}%`]),
    })),
    w,
  });
}

interface DataTable {
  summary: string;
  header: string[];
  columns: Column[];
  rows: Row[];
  w: Wording;
}

function figure(anchor: string, number: number, caption: string, chart: ChartSvg, alt: string, data: DataTable): Figure {
  const table: Table = {
    type: 'table',
    anchor: `${anchor}-gegevens`,
    summary: data.summary,
    columns: data.columns,
    header: data.header,
    rows: data.rows,
    continuedLabel: data.w.text('continued'),
  };
  return { type: 'figure', anchor, caption, svg: chart.svg, width: chart.width, height: chart.height, alt, table, dataLabel: data.w.text('monitor.figureData', { number }) };
}

/** Column widths, the first few text, the rest numbers (set right-aligned). */
function numeric(textColumns: number): (width: number, index: number) => Column {
  return (width, index) => ({ width, kind: index <= textColumns ? 'text' : 'number' });
}

function cells(texts: readonly string[], bold = false): Row['cells'] {
  return texts.map((text, column) => ({ column, rowSpan: 1, blocks: text ? [paragraph(text, bold)] : [] }));
}

function paragraph(text: string, bold: boolean): CellBlock {
  return { type: 'paragraph', inlines: [textRun(text, bold ? ['bold'] : [])] };
}

function joinAnd(parts: readonly string[], w: Wording): string {
  return joinList(parts, w.text('and'));
}
