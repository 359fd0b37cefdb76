/**
 * The aligned years: which agreement of this year stands beside which of last
 * year, in which row, under which number, and what changed. Computed once
 * (compare pandoc's AnnotatedTable) and read by the document builder, the
 * Word redline, coverage and the diff, so that all of them number and pair
 * the rows the same way.
 *
 * Pairing: the same id in both years is the same agreement, wherever it
 * stands now; the agreements left are paired by text similarity within a
 * kaderafspraak (matchAgreements). Order: four-column themes follow the
 * raamovereenkomst's doelstellingen and kaderafspraken, each kaderafspraak's
 * rows this year's entries in order with last year's dropped agreements after
 * their predecessor; other themes this year's agreements in order, with last
 * year's dropped ones of that theme at their place.
 */
import { plainText } from '../model/richtext.js';
import { isJaarafspraak, type AfspraakEntry, type Jaarafspraak } from '../model/schema.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { matchAgreements, type Agreement, type Match } from './matchAgreements.js';

/**
 * What a row shows about its agreement since last year:
 * same, reworded (its text changed), fields (its trekker, gereed or
 * toelichting changed, not its text), added, removed, moved (to another
 * kaderafspraak or theme, or paired under a new id with the same text),
 * empty (a row without any agreement: an empty row of the source, or a
 * kaderafspraak with no agreement in either year).
 */
export type SlotChange = 'same' | 'reworded' | 'fields' | 'added' | 'removed' | 'moved' | 'empty';

export const changeableFields = ['trekker', 'gereed', 'toelichting'] as const;

/** A field of an agreement as in the sources: trekker is a list of party or group ids, the others text (Markdown). */
export interface FieldChange {
  field: (typeof changeableFields)[number];
  before: string | readonly string[] | null;
  after: string | readonly string[] | null;
}

export interface Slot {
  /** This year's agreement. */
  current?: Jaarafspraak;
  /** Last year's agreement that this one continues, or that was dropped (under last year's id). */
  previous?: Jaarafspraak;
  /** The row's doelstelling and kaderafspraak (four-column themes). */
  doelstelling?: string;
  kader?: string;
  /** The number the documents show for this row; null where the document of this year does not show the row. */
  row: number | null;
  change: SlotChange;
  /** How the two years were paired (both present). */
  pairedBy?: Match['by'];
  /** The continued agreement's changed trekker, gereed and toelichting. */
  fields: FieldChange[];
  /** Where last year's agreement stood. */
  previousPlace?: { theme: string; kader: string | null };
}

export interface AlignedTheme {
  id: string;
  /** The theme's number in this year's document; null for a theme of last year only. */
  number: number | null;
  title: string;
  layout: 'kaderafspraken' | 'afspraken';
  slots: Slot[];
}

export interface AlignedYears {
  year: number;
  /** Last year, when the documents show it. */
  previousYear: number | null;
  /** This year's themes in document order, then those of last year only. */
  themes: AlignedTheme[];
}

/**
 * @param previous last year's jaarschijf to line up with (the one a source names, or the one the diff is asked for)
 */
export function alignYears(current: LoadedJaarschijf, previous: LoadedJaarschijf | undefined): AlignedYears {
  const now = agreementsOf(current);
  const old = previous ? agreementsOf(previous) : [];
  const matches = matchAgreements(old, now);
  /** Last year's agreement id -> this year's agreement that continues it. */
  const continued = new Map([...matches].map(([id, m]) => [m.previous.afspraak.id, id]));
  const oldById = new Map(old.map((a) => [a.afspraak.id, a]));
  const nowById = new Map(now.map((a) => [a.afspraak.id, a]));
  const placed = new Set<string>();

  const slot = (c: Jaarafspraak | undefined, p: Jaarafspraak | undefined, where: { doelstelling?: string; kader?: string }): Omit<Slot, 'row'> => {
    if (p) placed.add(p.id);
    return describe(c && nowById.get(c.id), p && oldById.get(p.id), c ? matches.get(c.id) : undefined, where);
  };
  const pairs = (entries: readonly AfspraakEntry[], lastYear: readonly Jaarafspraak[]) =>
    pairInOrder(
      entries,
      lastYear,
      (id) => matches.get(id)?.previous.afspraak,
      (id) => continued.has(id),
    );

  const themes: AlignedTheme[] = [];
  let number = 0;
  for (const [themeId, theme] of Object.entries(current.jaarschijf.themes)) {
    const raamTheme = current.raamovereenkomst.themes[themeId];
    const slots: Omit<Slot, 'row'>[] = [];
    if (theme.layout === 'kaderafspraken' && raamTheme) {
      const thisYear = groupBy(theme.afspraken, (a) => a.kader ?? '');
      const lastYear = groupBy(old.map((a) => a.afspraak), (a) => a.kader ?? '');
      for (const [doelstelling, d] of Object.entries(raamTheme.doelstellingen)) {
        for (const kader of Object.keys(d.kaderafspraken)) {
          const group = thisYearFirst(pairs(thisYear.get(kader) ?? [], lastYear.get(kader) ?? []));
          if (!group.length) group.push({});
          for (const { current: c, previous: p } of group) slots.push(slot(c, p, { doelstelling, kader }));
        }
      }
    } else {
      // Last year's agreements of this theme that serve no kaderafspraak, at their place.
      const lastYear = (previous?.jaarschijf.themes[themeId]?.afspraken ?? []).filter(isJaarafspraak).filter((a) => !a.kader);
      for (const { current: c, previous: p } of pairs(theme.afspraken, lastYear)) slots.push(slot(c, p, {}));
    }
    themes.push({
      id: themeId,
      number: ++number,
      title: theme.layout === 'afspraken' ? theme.title : (raamTheme?.title ?? themeId),
      layout: theme.layout,
      slots: numbered(slots, theme.layout === 'kaderafspraken' && previous !== undefined),
    });
  }

  // Last year's agreements with no place in this year's tables (their theme is gone): in a theme of last year only.
  for (const p of old) {
    if (placed.has(p.afspraak.id) || continued.has(p.afspraak.id)) continue;
    let theme = themes.find((t) => t.id === p.theme);
    if (!theme) {
      const t = previous!.jaarschijf.themes[p.theme]!;
      const title = t.layout === 'afspraken' ? t.title : (previous!.raamovereenkomst.themes[p.theme]?.title ?? p.theme);
      theme = { id: p.theme, number: null, title, layout: t.layout, slots: [] };
      themes.push(theme);
    }
    theme.slots.push({ ...describe(undefined, p, undefined, {}), row: null });
  }
  return { year: current.jaarschijf.year, previousYear: previous?.jaarschijf.year ?? null, themes };
}

/**
 * Row numbers as the document shows them: a four-column table with last
 * year's column numbers every row (last year's dropped agreements stand in
 * it too); otherwise only the rows that show an agreement of this year, or
 * an empty row of this year.
 */
function numbered(slots: readonly Omit<Slot, 'row'>[], withLastYear: boolean): Slot[] {
  let n = 0;
  return slots.map((s) => ({ ...s, row: withLastYear || s.current || s.change === 'empty' ? ++n : null }));
}

/**
 * A kaderafspraak's first row holds its merged cells, so it shows an entry of
 * this year: when last year's dropped agreements come first, this year's
 * first entry moves up (a redline can then delete their rows as a whole).
 */
function thisYearFirst(pairs: Pair[]): Pair[] {
  const first = pairs.findIndex((p) => p.current || !p.previous);
  if (first > 0) pairs.unshift(...pairs.splice(first, 1));
  return pairs;
}

interface Pair {
  current?: Jaarafspraak;
  previous?: Jaarafspraak;
}

/**
 * One group of rows: this year's entries in order, each beside the agreement
 * of last year it continues; last year's agreements of the group that nothing
 * continues after their predecessor in last year's order.
 */
function pairInOrder(
  current: readonly AfspraakEntry[],
  lastYear: readonly Jaarafspraak[],
  continues: (id: string) => Jaarafspraak | undefined,
  isContinued: (previousId: string) => boolean,
): Pair[] {
  const pairs: Pair[] = current.map((a) => {
    if (!isJaarafspraak(a)) return {};
    const p = continues(a.id);
    return p ? { current: a, previous: p } : { current: a };
  });
  lastYear.forEach((p, index) => {
    if (isContinued(p.id)) return;
    let at = 0;
    for (let k = index - 1; k >= 0; k--) {
      const found = pairs.findIndex((s) => s.previous?.id === lastYear[k]!.id);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    pairs.splice(at, 0, { previous: p });
  });
  return pairs;
}

function describe(c: Agreement | undefined, p: Agreement | undefined, match: Match | undefined, where: { doelstelling?: string; kader?: string }): Omit<Slot, 'row'> {
  const fields = c && p ? fieldChanges(p.afspraak, c.afspraak) : [];
  return {
    ...(c ? { current: c.afspraak } : {}),
    ...(p ? { previous: p.afspraak } : {}),
    ...where,
    change: changeOf(c, p, match, fields.length > 0),
    ...(c && p && match ? { pairedBy: match.by } : {}),
    fields,
    ...(p ? { previousPlace: { theme: p.theme, kader: p.kader } } : {}),
  };
}

/**
 * Same id: moved when its kaderafspraak or theme changed, else reworded when
 * its text changed, fields when only its trekker, deadline or explanation did.
 * Paired by similarity (a new id): moved when the text is the same, reworded otherwise.
 */
function changeOf(c: Agreement | undefined, p: Agreement | undefined, match: Match | undefined, fieldsChanged: boolean): SlotChange {
  if (!c && !p) return 'empty';
  if (!p) return 'added';
  if (!c || !match) return 'removed';
  const sameText = c.afspraak.text === p.afspraak.text;
  if (match.by === 'similarity') return sameText ? 'moved' : 'reworded';
  if (c.theme !== p.theme || c.kader !== p.kader) return 'moved';
  return !sameText ? 'reworded' : fieldsChanged ? 'fields' : 'same';
}

function fieldChanges(before: Jaarafspraak, after: Jaarafspraak): FieldChange[] {
  const value = (a: Jaarafspraak, field: FieldChange['field']) => (field === 'trekker' && !a.trekker?.length ? null : (a[field] ?? null));
  return changeableFields
    .map((field) => ({ field, before: value(before, field), after: value(after, field) }))
    .filter((f) => JSON.stringify(f.before) !== JSON.stringify(f.after));
}

/** Every jaarafspraak of a jaarschijf in source order, with its theme and plain text. */
function agreementsOf(loaded: LoadedJaarschijf): Agreement[] {
  return Object.entries(loaded.jaarschijf.themes).flatMap(([theme, t]) =>
    t.afspraken.filter(isJaarafspraak).map((afspraak) => ({ afspraak, theme, kader: afspraak.kader ?? null, plain: plainText(loaded.rich(afspraak.text)) })),
  );
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
