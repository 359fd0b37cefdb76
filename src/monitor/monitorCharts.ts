/**
 * The monitor's charts as Vega-Lite specs: data in, spec out (the chart
 * renderer turns them into SVG). Set like the documents: Source Sans 3, the
 * palette of typography.ts, quiet axes; every count written on its bar, so a
 * grey print and a reader who cannot tell the colours apart lose nothing.
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import { typography as t } from '../document/typography.js';
import { monitorStatuses, nieuwbouwPhases, type NieuwbouwPhase } from '../model/monitorSchema.js';
import type { NieuwbouwReport } from './computeNieuwbouw.js';
import type { ThemeSummary } from './computeMonitor.js';

const hex = (c: string) => `#${c}`;
const c = t.colors;

/** What every chart shares: font, sizes and colours of axes, legends and labels; no background, so the page (and its mark) shows through. */
/** Source Sans 3 where the reader has it (the PDF and the PNG always do); a sans-serif otherwise. */
const font = `"${t.fontFamily}", "Source Sans Pro", Arial, sans-serif`;

const config = {
  font,
  background: null as unknown as string,
  view: { stroke: null },
  padding: { top: 4, right: 8, bottom: 4, left: 4 },
  axis: {
    labelFont: font,
    labelFontSize: 8,
    labelColor: hex(c.muted),
    titleFont: font,
    titleFontSize: 8,
    titleFontWeight: 600,
    titleColor: hex(c.text),
    domainColor: hex(c.rule),
    tickColor: hex(c.rule),
    gridColor: '#E3E3E3',
    gridWidth: 0.5,
    domainWidth: 0.5,
    tickWidth: 0.5,
  },
  legend: {
    labelFont: font,
    labelFontSize: 8,
    labelColor: hex(c.text),
    orient: 'bottom',
    direction: 'horizontal',
    symbolType: 'square',
    symbolSize: 70,
    columnPadding: 14,
    offset: 14,
    title: null,
  },
  text: { font, fontSize: 7.5 },
} as const satisfies Config;

/** Dutch numbers: 1.300, not 1,300 (the chart renderer sets the locale; this is the format). */
const integer = ',d';

export interface StatusChartLabels {
  axis: string;
}

/** Per theme one bar, split by the latest status, with the count in each part. */
export function statusChartSpec(themes: readonly ThemeSummary[], labels: StatusChartLabels, width: number): TopLevelSpec {
  const rowOf = (theme: ThemeSummary) => `${theme.number}. ${theme.title}`;
  const values = themes.flatMap((theme) =>
    monitorStatuses
      .map((status, order) => ({ row: rowOf(theme), status, order, count: theme.counts[status], label: hex(t.status[status].label) }))
      .filter((v) => v.count > 0),
  );
  const max = Math.max(1, ...themes.map((theme) => theme.total));
  return stackedRows(
    {
      values,
      rows: themes.map(rowOf),
      value: 'count',
      step: 17,
      x: { title: labels.axis, scale: { domain: [0, max], nice: false }, axis: { format: integer, tickMinStep: 1, grid: true, titlePadding: 6 } },
      color: {
        field: 'status',
        type: 'nominal',
        scale: { domain: [...monitorStatuses], range: monitorStatuses.map((s) => hex(t.status[s].mark)) },
        legend: { values: [...monitorStatuses] },
      },
      text: { field: 'count', type: 'quantitative', format: integer },
    },
    width,
  );
}

export interface PerYearLabels {
  axis: string;
  phases: Record<NieuwbouwPhase, string>;
}

/** Homes per year of completion, stacked by phase (delivered at the bottom), with each year's total above. */
export function perYearChartSpec(nieuwbouw: NieuwbouwReport, labels: PerYearLabels, width: number): TopLevelSpec {
  const phases = [...nieuwbouwPhases].reverse(); // opgeleverd first: the bottom of the stack
  const values = nieuwbouw.perYear.flatMap((y) =>
    phases.map((phase, order) => ({ year: String(y.year), phase: labels.phases[phase], order, homes: y.byPhase[phase] })).filter((v) => v.homes > 0),
  );
  const totals = nieuwbouw.perYear.map((y) => ({ year: String(y.year), total: y.total }));
  const years = nieuwbouw.perYear.map((y) => String(y.year));
  return {
    config,
    width,
    height: 170,
    autosize: { type: 'fit-x', contains: 'padding' },
    layer: [
      {
        data: { values },
        transform: [{ stack: 'homes', groupby: ['year'], sort: [{ field: 'order' }], as: ['y0', 'y1'] }],
        mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 0.75, width: { band: 0.7 } },
        encoding: {
          x: { field: 'year', type: 'ordinal', sort: years, title: null, axis: { labelAngle: 0, ticks: false, domainColor: hex(c.rule) } },
          y: { field: 'y0', type: 'quantitative', title: labels.axis, axis: { format: integer, tickMinStep: 1, grid: true, titlePadding: 6 } },
          y2: { field: 'y1' },
          color: {
            field: 'phase',
            type: 'nominal',
            scale: { domain: phases.map((p) => labels.phases[p]), range: phases.map((_, i) => hex(t.series[i] ?? t.series.at(-1)!)) },
            legend: { values: phases.map((p) => labels.phases[p]) },
          },
        },
      },
      {
        data: { values: totals.filter((v) => v.total > 0) },
        mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 8, color: hex(c.text) },
        encoding: {
          x: { field: 'year', type: 'ordinal', sort: years },
          y: { field: 'total', type: 'quantitative' },
          text: { field: 'total', type: 'quantitative', format: integer },
        },
      },
    ],
  };
}

export interface CumulativeLabels {
  axis: string;
  realised: string;
  total: string;
  band: string;
}

/**
 * The running total against the target band: delivered homes up to the
 * monitor's year (a flat line after it would say nothing), delivered and
 * expected to the end, and the band of the target taken pro rata.
 */
export function cumulativeChartSpec(nieuwbouw: NieuwbouwReport, currentYear: number, labels: CumulativeLabels, width: number): TopLevelSpec {
  const { target } = nieuwbouw;
  const band = nieuwbouw.cumulative.filter((y) => y.year <= target.to).map((y) => ({ year: y.year, min: y.targetMin, max: y.targetMax, series: labels.band }));
  const lines = nieuwbouw.cumulative.flatMap((y) => [
    ...(y.year <= currentYear ? [{ year: y.year, value: y.realised, series: labels.realised }] : []),
    { year: y.year, value: y.total, series: labels.total },
  ]);
  const last = nieuwbouw.cumulative.at(-1)!.year;
  const series = [labels.band, labels.realised, labels.total];
  const color = { field: 'series', type: 'nominal', scale: { domain: series, range: [hex(t.band), hex(c.accent), hex(t.series[1])] }, legend: { values: series } } as const;
  const x = { field: 'year', type: 'quantitative', title: null, scale: { domain: [target.from, last] as number[], nice: false }, axis: { format: 'd', tickMinStep: 1, grid: false, labelFlush: true } } as const;
  return {
    config,
    width,
    height: 190,
    autosize: { type: 'fit-x', contains: 'padding' },
    layer: [
      {
        data: { values: band },
        mark: { type: 'area', opacity: 1, line: { color: '#A9CDA0', strokeWidth: 0.75 } },
        encoding: {
          x,
          y: { field: 'min', type: 'quantitative', title: labels.axis, scale: { domain: [0, Math.max(target.max, ...nieuwbouw.cumulative.map((y) => y.total))], nice: true }, axis: { format: integer, grid: true, titlePadding: 6 } },
          y2: { field: 'max' },
          color,
        },
      },
      // Planned dashed, under the delivered line where they coincide.
      {
        data: { values: lines.filter((l) => l.series === labels.total) },
        mark: { type: 'line', strokeWidth: 1.5, strokeDash: [4, 2.5], point: { filled: true, size: 14 } },
        encoding: { x, y: { field: 'value', type: 'quantitative' }, color },
      },
      {
        data: { values: lines.filter((l) => l.series === labels.realised) },
        mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 20 } },
        encoding: { x, y: { field: 'value', type: 'quantitative' }, color },
      },
      {
        // The target at its year, written at the band's end.
        data: { values: [{ year: target.to, value: (target.min + target.max) / 2, text: `${formatNumber(target.min)}–${formatNumber(target.max)}` }] },
        mark: { type: 'text', align: 'right', baseline: 'middle', dx: -6, fontSize: 8, fontWeight: 600, color: '#3F6E37' },
        encoding: { x: { field: 'year', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
      },
    ],
  };
}

export interface SplitLabels {
  axis: string;
  agreed: string;
  all: string;
  realised: string;
}

/** The agreed split and the split of the projects' homes, as bars of 100 percent side by side. */
export function splitChartSpec(nieuwbouw: NieuwbouwReport, labels: SplitLabels, width: number): TopLevelSpec {
  const corporations = nieuwbouw.split.corporations;
  const rows = [
    { row: labels.agreed, share: (x: (typeof corporations)[number]) => x.agreed },
    { row: labels.all, share: (x: (typeof corporations)[number]) => x.share },
    { row: labels.realised, share: (x: (typeof corporations)[number]) => x.realisedShare },
  ];
  const names = corporations.map((x) => x.name);
  const colors = corporations.map((_, i) => t.series[[0, 2, 1, 3][i] ?? 3]!);
  const values = rows.flatMap((r) =>
    corporations.map((x, order) => ({ row: r.row, corporation: x.name, order, share: r.share(x), label: isDark(colors[order]!) ? '#FFFFFF' : hex(c.text) })),
  );
  return stackedRows(
    {
      values,
      rows: rows.map((r) => r.row),
      value: 'share',
      step: 22,
      calculate: [{ calculate: "format(datum.share, ',.1~f') + '%'", as: 'text' }],
      x: { title: labels.axis, scale: { domain: [0, 100], nice: false }, axis: { values: [0, 20, 40, 60, 80, 100], labelExpr: "datum.label + '%'", grid: true, titlePadding: 6 } },
      color: { field: 'corporation', type: 'nominal', scale: { domain: names, range: colors.map(hex) }, legend: { values: names } },
      text: { field: 'text', type: 'nominal' },
      labelFilter: 'datum.share >= 4',
    },
    width,
  );
}

/** Horizontal bars, one per row in the order given, of stacked parts (each datum: row, order, the value, and its label's colour). */
interface StackedRows {
  values: { row: string; order: number; label: string }[];
  rows: string[];
  /** The field stacked. */
  value: string;
  /** Height of a row, in points. */
  step: number;
  /** More fields, made after the stack and its midpoint `mid`. */
  calculate?: { calculate: string; as: string }[];
  /** The value axis: its title, scale and axis. */
  x: object;
  color: object;
  /** What each part says, written at its middle in its own colour. */
  text: object;
  /** Which parts say it. */
  labelFilter?: string;
}

/** The status chart and the split chart: bars of stacked parts, each part's figure on it. */
function stackedRows(spec: StackedRows, width: number): TopLevelSpec {
  return {
    config,
    width,
    height: { step: spec.step },
    autosize: { type: 'fit-x', contains: 'padding' },
    // The labels' colours are their own, without a legend.
    resolve: { scale: { color: 'independent' } },
    data: { values: spec.values },
    transform: [
      { stack: spec.value, groupby: ['row'], sort: [{ field: 'order' }], as: ['x0', 'x1'] },
      { calculate: '(datum.x0 + datum.x1) / 2', as: 'mid' },
      ...(spec.calculate ?? []),
    ],
    encoding: {
      y: { field: 'row', type: 'nominal', sort: spec.rows, title: null, axis: { labelLimit: 220, ticks: false, domain: false, labelPadding: 6, labelColor: hex(c.text), labelFontSize: 8.5 } },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 0.75, height: { band: 0.72 } },
        encoding: { x: { field: 'x0', type: 'quantitative', ...spec.x }, x2: { field: 'x1' }, color: spec.color },
      },
      {
        ...(spec.labelFilter ? { transform: [{ filter: spec.labelFilter }] } : {}),
        mark: { type: 'text', baseline: 'middle', align: 'center', fontWeight: 600 },
        encoding: {
          x: { field: 'mid', type: 'quantitative' },
          text: spec.text,
          color: { field: 'label', type: 'nominal', scale: null, legend: null },
        },
      },
    ],
  } as TopLevelSpec;
}

/** 1300 -> "1.300", 62.5 -> "62,5" (written out, not left to the machine's ICU data). */
export function formatNumber(n: number): string {
  const [whole, fraction] = (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '').split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

function isDark(color: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 140;
}
