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
 * @param currentIds ids of this year's agreements that continue last year's (default: the theme's);
 *   the redline passes all of the jaarschijf's, so an agreement moved to another theme is not also shown as dropped
 */
export function alignRows(
  theme: RaamTheme,
  current: readonly AfspraakEntry[],
  previous: readonly Jaarafspraak[],
  currentIds: ReadonlySet<string> = new Set(current.filter(isJaarafspraak).map((a) => a.id)),
): AlignedRow[] {
  const { previousById, lastYearByKader } = indexPrevious(previous);
  const thisYearByKader = groupBy(current, (a) => a.kader ?? '');
  const rows: AlignedRow[] = [];
  for (const [doelstelling, d] of Object.entries(theme.doelstellingen)) {
    for (const kader of Object.keys(d.kaderafspraken)) {
      const slots = alignById(thisYearByKader.get(kader) ?? [], lastYearByKader.get(kader) ?? [], previousById, currentIds);
      if (!slots.length) slots.push({});
      for (const slot of slots) rows.push({ doelstelling, kader, ...slot });
    }
  }
  return rows;
}

const previousIndexes = new WeakMap<readonly Jaarafspraak[], { previousById: Map<string, Jaarafspraak>; lastYearByKader: Map<string, Jaarafspraak[]> }>();

/** Last year's agreements indexed once per list, so aligning every theme stays linear. */
function indexPrevious(previous: readonly Jaarafspraak[]) {
  let index = previousIndexes.get(previous);
  if (!index) {
    index = { previousById: new Map(previous.map((a) => [a.id, a])), lastYearByKader: groupBy(previous, (a) => a.kader ?? '') };
    previousIndexes.set(previous, index);
  }
  return index;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface AlignedSlot {
  current?: Jaarafspraak;
  previous?: Jaarafspraak;
}

/**
 * One group of rows: this year's entries in order, each with last year's
 * agreement of the same id, and last year's agreements of the group that were
 * dropped (not in `currentIds`) after their predecessor in last year's order.
 */
export function alignById(
  current: readonly AfspraakEntry[],
  lastYear: readonly Jaarafspraak[],
  previousById: ReadonlyMap<string, Jaarafspraak>,
  currentIds: ReadonlySet<string>,
): AlignedSlot[] {
  const slots: AlignedSlot[] = current.map((a) => {
    if (!isJaarafspraak(a)) return {};
    const prev = previousById.get(a.id);
    return prev ? { current: a, previous: prev } : { current: a };
  });
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
  return slots;
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
