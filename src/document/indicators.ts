/**
 * Prestatie-indicatoren as a table: Indicator | Eenheid | Nulmeting | a
 * Streefwaarde column per year | Gerealiseerd. Figures are written the Dutch
 * way (1.300; 12,5).
 */
import type { Indicator } from '../model/schema.js';
import { note, paragraph } from './builders.js';
import { tableFromColumns, type ColumnSpec } from './columns.js';
import type { LayoutContext } from './layouts.js';
import type { Table } from './types.js';

// Made on first use: the first Intl formatter of a process loads its locale data (some 30 ms), and most documents have no indicators.
let dutch: Intl.NumberFormat | undefined;

export function figure(value: number | string): string {
  return typeof value === 'number' ? (dutch ??= new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })).format(value) : value;
}

/** @param which all indicators of the jaarschijf (`true`), or these ids in this order */
export function indicatorTable({ loaded, w }: Pick<LayoutContext, 'loaded' | 'w'>, which: true | readonly string[], anchor: string): Table {
  const all = loaded.jaarschijf.indicators ?? {};
  const rows = (which === true ? Object.keys(all) : which).map((id) => [id, all[id]!] as const);
  const years = [...new Set(rows.flatMap(([, i]) => Object.keys(i.targets)))].sort();
  const realised = rows.some(([, i]) => i.realised && Object.keys(i.realised).length);
  const fixed = 0.34 + 0.1 + 0.12 + (realised ? 0.14 : 0);
  const yearWidth = (1 - fixed) / Math.max(1, years.length);
  type R = (typeof rows)[number];
  const columns: ColumnSpec<R>[] = [
    { key: 'indicator', header: w.text('indicators.columns.indicator'), width: 0.34, cell: ([, i]) => [paragraph(i.title), ...(i.note ? [note(i.note)] : [])] },
    { key: 'unit', header: w.text('indicators.columns.unit'), width: 0.1, cell: ([, i]) => (i.unit ? [paragraph(i.unit)] : []) },
    { key: 'baseline', header: w.text('indicators.columns.baseline'), width: 0.12, cell: ([, i]) => (i.baseline ? [paragraph(w.text('indicators.baseline', { year: i.baseline.year, value: figure(i.baseline.value) }))] : []) },
    ...years.map((year): ColumnSpec<R> => ({ key: year, header: w.text('indicators.columns.target', { year }), width: yearWidth, cell: ([, i]) => (i.targets[year] !== undefined ? [paragraph(figure(i.targets[year]!))] : []) })),
    ...(realised ? [{ key: 'realised', header: w.text('indicators.columns.realised'), width: 0.14, cell: ([, i]: R) => realisedLines(i, w) }] : []),
  ];
  return tableFromColumns({ anchor, summary: w.text('indicators.summary'), continuedLabel: w.text('continued'), columns, rows, rowProps: ([id]) => ({ anchor: `indicator-${id}` }) });
}

function realisedLines(i: Indicator, w: LayoutContext['w']) {
  return Object.entries(i.realised ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, value]) => paragraph(w.text('indicators.realised', { year, value: figure(value) })));
}
