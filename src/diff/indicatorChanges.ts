/**
 * What changed in the prestatie-indicatoren from last year's jaarschijf to
 * this year's: per indicator (by id) whether it is new, dropped or changed,
 * and each value that differs: a streefwaarde or realised value of a year,
 * the baseline, its title, unit or note. Plain data, part of the diff's JSON.
 */
import type { Indicator, Jaarschijf } from '../model/schema.js';

export type IndicatorStatus = 'added' | 'removed' | 'changed' | 'unchanged';
export type Figure = string | number;

export interface IndicatorValueChange {
  /** target: a streefwaarde; realised: what was reached; baseline: the nulmeting (year and value). */
  what: 'target' | 'realised' | 'baseline' | 'title' | 'unit' | 'note';
  /** The year a target or realised value is for; null for the others. */
  year: string | null;
  before: Figure | null;
  after: Figure | null;
}

export interface IndicatorChange {
  id: string;
  /** This year's title; last year's for a dropped indicator. */
  title: string;
  unit: string | null;
  status: IndicatorStatus;
  values: IndicatorValueChange[];
}

export function indicatorChanges(previous: Jaarschijf, current: Jaarschijf): IndicatorChange[] {
  const before = previous.indicators ?? {};
  const after = current.indicators ?? {};
  // This year's order, then last year's dropped ones.
  const ids = [...Object.keys(after), ...Object.keys(before).filter((id) => !Object.hasOwn(after, id))];
  return ids.map((id) => {
    const b = before[id];
    const a = after[id];
    const shown = (a ?? b)!;
    const values = b && a ? valueChanges(b, a) : [];
    const status: IndicatorStatus = !b ? 'added' : !a ? 'removed' : values.length ? 'changed' : 'unchanged';
    return { id, title: shown.title, unit: shown.unit ?? null, status, values };
  });
}

function valueChanges(b: Indicator, a: Indicator): IndicatorValueChange[] {
  const out: IndicatorValueChange[] = [];
  const single = (what: 'title' | 'unit' | 'note', x: string | undefined, y: string | undefined) => {
    if (x !== y) out.push({ what, year: null, before: x ?? null, after: y ?? null });
  };
  single('title', b.title, a.title);
  single('unit', b.unit, a.unit);
  const baseline = (i: Indicator) => (i.baseline ? `${i.baseline.value} (${i.baseline.year})` : null);
  if (baseline(b) !== baseline(a)) out.push({ what: 'baseline', year: null, before: baseline(b), after: baseline(a) });
  for (const what of ['target', 'realised'] as const) {
    const x = (what === 'target' ? b.targets : b.realised) ?? {};
    const y = (what === 'target' ? a.targets : a.realised) ?? {};
    const years = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    for (const year of years) {
      if (x[year] !== y[year]) out.push({ what, year, before: x[year] ?? null, after: y[year] ?? null });
    }
  }
  single('note', b.note, a.note);
  return out;
}
