/**
 * Row alignment of the four-column table: for each doelstelling and each of
 * its kaderafspraken (in the raamovereenkomst's order), the rows of this year
 * and last year, lined up by jaarafspraak id. Last year's agreements that are
 * not carried over keep their place among their neighbours.
 */
import type { RaamTheme } from '../model/schema.js';
import { isJaarafspraak, type AfspraakEntry, type Jaarafspraak } from '../model/schema.js';

export interface AlignedRow {
  doelstelling: string;
  kader: string;
  current?: Jaarafspraak;
  previous?: Jaarafspraak;
}

/**
 * @param current this year's entries of the theme, in order (empty rows included)
 * @param previous last year's jaarafspraken of the whole jaarschijf, in order
 */
export function alignRows(theme: RaamTheme, current: readonly AfspraakEntry[], previous: readonly Jaarafspraak[]): AlignedRow[] {
  const previousById = new Map(previous.map((a) => [a.id, a]));
  const currentIds = new Set(current.filter(isJaarafspraak).map((a) => a.id));
  const rows: AlignedRow[] = [];
  for (const [doelstelling, d] of Object.entries(theme.doelstellingen)) {
    for (const kader of Object.keys(d.kaderafspraken)) {
      const slots: { current?: Jaarafspraak; previous?: Jaarafspraak }[] = current
        .filter((a) => a.kader === kader)
        .map((a) => {
          if (!isJaarafspraak(a)) return {};
          const prev = previousById.get(a.id);
          return prev ? { current: a, previous: prev } : { current: a };
        });
      // Dropped agreements: after their predecessor in last year's order.
      const lastYear = previous.filter((a) => a.kader === kader);
      lastYear.forEach((p, index) => {
        if (currentIds.has(p.id)) return;
        let at = 0;
        for (let k = index - 1; k >= 0; k--) {
          const found = slots.findIndex((s) => s.previous?.id === lastYear[k]!.id);
          if (found >= 0) {
            at = found + 1;
            break;
          }
        }
        slots.splice(at, 0, { previous: p });
      });
      if (!slots.length) slots.push({});
      for (const slot of slots) rows.push({ doelstelling, kader, ...slot });
    }
  }
  return rows;
}

/** Lengths of runs of equal keys: [a, a, b] -> spans starting at 0 (2) and 2 (1). */
export function spans<T>(rows: readonly T[], key: (row: T) => string): Map<number, number> {
  const out = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || key(rows[i]!) !== key(rows[start]!)) {
      out.set(start, i - start);
      start = i;
    }
  }
  return out;
}
