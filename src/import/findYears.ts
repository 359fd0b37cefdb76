/**
 * The year of the jaarschijf from the tables' column headers ("Jaarafspraken
 * 2024"), else the title or the signing sentence; the raamovereenkomst's
 * period from "Kaderafspraken 2022-2026".
 */
import type { ImportOptions } from './mapDocument.js';
import { ImportError } from './openPackage.js';
import type { ReadTable } from './tableColumns.js';
import type { Warnings } from './warnings.js';

/** The year from the column headers, else the title or the signing sentence; the period from "Kaderafspraken 2022-2026". */
export function findYears(
  tables: ReadonlyMap<number, ReadTable>,
  title: string | undefined,
  sentenceYear: number | undefined,
  options: ImportOptions,
  warnings: Warnings,
): { year: number; previousYear: number | undefined; period: { from: number; to: number } } {
  const current: number[] = [];
  const previous: number[] = [];
  let period: { from: number; to: number } | undefined;
  let hasPreviousColumn = false;
  for (const read of tables.values()) {
    const jaar = read.columns.filter((c) => c.kind === 'jaarafspraken');
    if (read.layout === 'kaderafspraken') {
      if (jaar.at(-1)?.years[0]) current.push(jaar.at(-1)!.years[0]!);
      if (jaar.length > 1) {
        hasPreviousColumn = true;
        if (jaar.at(-2)!.years[0]) previous.push(jaar.at(-2)!.years[0]!);
      }
      const kader = read.columns.find((c) => c.kind === 'kaderafspraak');
      if (!period && kader && kader.years.length >= 2) period = { from: Math.min(...kader.years), to: Math.max(...kader.years) };
    } else if (jaar.length && jaar.at(-1)!.years[0]) current.push(jaar.at(-1)!.years[0]!);
  }
  const titleYear = title ? Number(/jaarschijf\s*(\d{4})/i.exec(title)?.[1] ?? [...title.matchAll(/\b(2\d{3})\b/g)].at(-1)?.[1] ?? NaN) : NaN;
  const year =
    options.year ??
    mostCommon(current) ??
    (previous.length ? mostCommon(previous)! + 1 : undefined) ??
    (Number.isFinite(titleYear) ? titleYear : undefined) ??
    sentenceYear;
  if (year === undefined) {
    throw new ImportError('het jaar van de jaarschijf staat niet in de kolomkoppen ("Jaarafspraken 2024") of de titel; geef het op met --year');
  }
  const odd = current.filter((y) => y !== year);
  if (odd.length && options.year === undefined) warnings.add('kolomkoppen', `de tabellen noemen verschillende jaren (${[...new Set(current)].join(', ')}); gelezen als jaarschijf ${year}`);
  const previousYear = hasPreviousColumn ? year - 1 : undefined;
  if (previous.some((y) => y !== year - 1)) warnings.add('kolomkoppen', `de kolom van vorig jaar noemt ${[...new Set(previous)].join(', ')}; gelezen als ${year - 1}`);
  if (!period) {
    period = { from: previousYear ?? year, to: year };
    warnings.add('kolomkoppen', `de looptijd van de raamovereenkomst staat niet in de kolomkop van de kaderafspraken (zoals "Kaderafspraken 2022-2026"); ${period.from}-${period.to} ingevuld, pas die aan in raamovereenkomst.ts`);
  }
  const from = Math.min(period.from, previousYear ?? year);
  const to = Math.max(period.to, year);
  if (from !== period.from || to !== period.to) {
    warnings.add('kolomkoppen', `de looptijd ${period.from}-${period.to} omvat de jaren ${previousYear ?? year}-${year} van de tabellen niet; verruimd tot ${from}-${to}`);
  }
  return { year, previousYear, period: { from, to } };
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}
