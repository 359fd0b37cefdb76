/**
 * Rows of a redline table (this year's document with tracked changes against
 * last year): which of last year's agreements stand where, and which rows are
 * inserted or deleted as a whole.
 */
import { allAfspraken } from '../model/lookup.js';
import { isJaarafspraak, type Jaarafspraak, type Jaarschijf } from '../model/schema.js';
import { alignById, type AlignedSlot } from './alignRows.js';

/** This year's agreements of an afspraken theme, with last year's of the same theme (no kaderafspraak) by id. */
export function redlineSlots(j: Jaarschijf, afspraken: readonly Jaarafspraak[], themeId: string, previous: Jaarschijf): AlignedSlot[] {
  const lastYearAll = allAfspraken(previous);
  const lastYear = (previous.themes[themeId]?.afspraken ?? []).filter(isJaarafspraak).filter((a) => !a.kader);
  return alignById(afspraken, lastYear, new Map(lastYearAll.map((a) => [a.id, a])), currentIdsOf(j));
}

/** Ids of all of this year's agreements. */
export function currentIdsOf(j: Jaarschijf): Set<string> {
  return new Set(Object.values(j.themes).flatMap((t) => t.afspraken.filter(isJaarafspraak).map((a) => a.id)));
}

/**
 * A kaderafspraak's first row holds its merged cells, so in a redline it must
 * not be a deleted row: when a dropped agreement comes first, this year's
 * first row moves up.
 */
export function thisYearFirst<R extends { kader: string; current?: Jaarafspraak; previous?: Jaarafspraak }>(rows: readonly R[]): R[] {
  const out = [...rows];
  for (let start = 0; start < out.length; ) {
    let end = start;
    while (end < out.length && out[end]!.kader === out[start]!.kader) end++;
    const first = out.findIndex((r, i) => i >= start && i < end && (r.current || !r.previous));
    if (first > start) out.splice(start, 0, ...out.splice(first, 1));
    start = end;
  }
  return out;
}

/**
 * The tracked change of each row of a redline table: a new agreement is an
 * inserted row, a dropped one a deleted row; except in a kaderafspraak's first
 * row, which holds its merged cells (and stands for the empty row a
 * kaderafspraak without agreements has): there only the text changes.
 */
export function rowChanges(rows: readonly { kader: string; current?: Jaarafspraak; previous?: Jaarafspraak }[]): ('insert' | 'delete' | undefined)[] {
  return rows.map((r, i) => {
    if (rows[i - 1]?.kader !== r.kader) return undefined;
    return r.current && !r.previous ? 'insert' : !r.current && r.previous ? 'delete' : undefined;
  });
}
