/**
 * What changed from last year's jaarschijf to this year's: per agreement its
 * status and word changes, the changes to the introduction and the theme
 * intros, and the counts. Plain data: this is the JSON contract; the text,
 * HTML and Word outputs are formatted from it.
 */
import { allAfspraken } from '../model/lookup.js';
import { alignById, alignRows } from '../document/alignRows.js';
import { plainText } from '../model/richtext.js';
import { isJaarafspraak, type Jaarafspraak, type Jaarschijf } from '../model/schema.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { diffRich, type Word } from './diffRich.js';
import { matchAgreements, type Agreement, type Match } from './matchAgreements.js';

export const statuses = ['added', 'removed', 'changed', 'moved', 'unchanged'] as const;
export type Status = (typeof statuses)[number];

export interface AgreementChange {
  /** This year's id; last year's for a removed agreement. */
  id: string;
  theme: string;
  kader: string | null;
  status: Status;
  /** Last year's text (Markdown, as in the source); null for an added agreement. */
  before: string | null;
  /** This year's text; null for a removed agreement. */
  after: string | null;
  /** Word changes of the plain text: equal + delete = plain(before), equal + insert = plain(after). */
  words: Word[];
  /** Where the agreement stood last year; null for an added agreement. */
  previous: { id: string; theme: string; kader: string | null } | null;
  /** Its trekker, deadline and explanation where they differ from last year's (both years have the agreement). */
  fields: FieldChange[];
}

export const changeableFields = ['trekker', 'gereed', 'toelichting'] as const;

/** A field of an agreement as in the sources: trekker is a list of party or group ids, the others text (Markdown). */
export interface FieldChange {
  field: (typeof changeableFields)[number];
  before: string | readonly string[] | null;
  after: string | readonly string[] | null;
}

export interface TextChange {
  /** "introduction" or "themes.<theme id>.intro". */
  field: string;
  status: Exclude<Status, 'moved'>;
  before: string | null;
  after: string | null;
  words: Word[];
}

export interface ThemeInfo {
  id: string;
  title: string;
  /** The theme's number in this year's document; null for a theme of last year only. */
  number: number | null;
}

export interface JaarschijfDiff {
  from: number;
  to: number;
  /** Every agreement of either year, in this year's document order; removed ones where they stood. */
  changes: AgreementChange[];
  summary: Record<Status, number>;
  texts: TextChange[];
  /** The themes of both years: this year's in document order, numbered as in the document; then those of last year only. */
  themes: ThemeInfo[];
}

export function computeDiff(previous: LoadedJaarschijf, current: LoadedJaarschijf): JaarschijfDiff {
  const old = agreements(previous);
  const now = agreements(current);
  const matches = matchAgreements(old, now);
  const renames = new Map([...matches].map(([id, m]) => [m.previous.afspraak.id, id]));
  const lastYear = rekeyPrevious(previous.jaarschijf, renames);
  const oldByKey = new Map(old.map((a) => [renames.get(a.afspraak.id) ?? a.afspraak.id, a]));
  const nowById = new Map(now.map((a) => [a.afspraak.id, a]));

  const changes: AgreementChange[] = [];
  const placed = new Set<Agreement>();
  const add = (slot: { current?: Jaarafspraak; previous?: Jaarafspraak }) => {
    const c = slot.current ? nowById.get(slot.current.id) : undefined;
    const p = slot.previous ? oldByKey.get(slot.previous.id) : undefined;
    if (!c && !p) return;
    if (p) placed.add(p);
    changes.push(change(previous, current, c, p, c ? matches.get(c.afspraak.id) : undefined));
  };

  const lastYearAll = allAfspraken(lastYear);
  const currentIds = new Set(now.map((a) => a.afspraak.id));
  const lastYearById = new Map(lastYearAll.map((a) => [a.id, a]));
  for (const [themeId, theme] of Object.entries(current.jaarschijf.themes)) {
    const raamTheme = current.raamovereenkomst.themes[themeId];
    if (theme.layout === 'kaderafspraken' && raamTheme) {
      alignRows(raamTheme, theme.afspraken, lastYearAll, currentIds).forEach(add);
    } else {
      const sameTheme = (lastYear.themes[themeId]?.afspraken ?? []).filter(isJaarafspraak).filter((a) => !a.kader);
      alignById(theme.afspraken, sameTheme, lastYearById, currentIds).forEach(add);
    }
  }
  // Last year's agreements with no place in this year's tables (e.g. their theme is gone): at the end.
  for (const p of old) if (!placed.has(p)) changes.push(change(previous, current, undefined, p, undefined));

  const summary = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of changes) summary[c.status]++;
  const themes = themeList(previous, current);
  return {
    from: previous.jaarschijf.year,
    to: current.jaarschijf.year,
    changes,
    summary,
    texts: texts(previous, current, themes),
    themes,
  };
}

/** Every jaarafspraak of a jaarschijf in source order, with its theme and plain text. */
function agreements(loaded: LoadedJaarschijf): Agreement[] {
  return Object.entries(loaded.jaarschijf.themes).flatMap(([theme, t]) =>
    t.afspraken.filter(isJaarafspraak).map((afspraak) => ({ afspraak, theme, kader: afspraak.kader ?? null, plain: plainText(loaded.rich(afspraak.text)) })),
  );
}

/**
 * Last year's jaarschijf with each agreement renamed to the id of this year's
 * agreement it continues, so tables line the two years up by id.
 */
export function rekeyPrevious(j: Jaarschijf, renames: ReadonlyMap<string, string>): Jaarschijf {
  const themes = Object.fromEntries(
    Object.entries(j.themes).map(([id, t]) => [
      id,
      { ...t, afspraken: t.afspraken.map((a) => (isJaarafspraak(a) && renames.has(a.id) ? { ...a, id: renames.get(a.id)! } : a)) },
    ]),
  );
  return { ...j, themes } as Jaarschijf;
}

function change(previous: LoadedJaarschijf, current: LoadedJaarschijf, c: Agreement | undefined, p: Agreement | undefined, match: Match | undefined): AgreementChange {
  const before = p?.afspraak.text ?? null;
  const after = c?.afspraak.text ?? null;
  const { words } = diffRich(p && previous.rich(p.afspraak.text), c && current.rich(c.afspraak.text));
  const where = c ?? p!;
  const fields = c && p ? fieldChanges(p.afspraak, c.afspraak) : [];
  return {
    id: where.afspraak.id,
    theme: where.theme,
    kader: where.kader,
    status: status(c, p, match, fields.length > 0),
    before,
    after,
    words,
    previous: p ? { id: p.afspraak.id, theme: p.theme, kader: p.kader } : null,
    fields,
  };
}

function fieldChanges(before: Jaarafspraak, after: Jaarafspraak): FieldChange[] {
  const value = (a: Jaarafspraak, field: FieldChange['field']) => (field === 'trekker' && !a.trekker?.length ? null : (a[field] ?? null));
  return changeableFields
    .map((field) => ({ field, before: value(before, field), after: value(after, field) }))
    .filter((f) => JSON.stringify(f.before) !== JSON.stringify(f.after));
}

/**
 * Same id: moved when its kaderafspraak or theme changed, else changed when
 * its text, trekker, deadline or explanation changed. Paired by similarity (a
 * new id): moved when the text is the same, changed when reworded.
 */
function status(c: Agreement | undefined, p: Agreement | undefined, match: Match | undefined, fieldsChanged: boolean): Status {
  if (!p) return 'added';
  if (!c || !match) return 'removed';
  const sameText = c.afspraak.text === p.afspraak.text;
  if (match.by === 'similarity') return sameText ? 'moved' : 'changed';
  if (c.theme !== p.theme || c.kader !== p.kader) return 'moved';
  return sameText && !fieldsChanged ? 'unchanged' : 'changed';
}

function themeList(previous: LoadedJaarschijf, current: LoadedJaarschijf): ThemeInfo[] {
  const out = new Map<string, ThemeInfo>();
  for (const loaded of [current, previous]) {
    for (const [id, t] of Object.entries(loaded.jaarschijf.themes)) {
      const title = t.layout === 'afspraken' ? t.title : (loaded.raamovereenkomst.themes[id]?.title ?? id);
      if (!out.has(id)) out.set(id, { id, title, number: loaded === current ? out.size + 1 : null });
    }
  }
  return [...out.values()];
}

function texts(previous: LoadedJaarschijf, current: LoadedJaarschijf, themes: readonly { id: string }[]): TextChange[] {
  const fields: [string, string | undefined, string | undefined][] = [
    ['introduction', previous.jaarschijf.introduction, current.jaarschijf.introduction],
    ...themes.map(({ id }): [string, string | undefined, string | undefined] => [
      `themes.${id}.intro`,
      previous.jaarschijf.themes[id]?.intro,
      current.jaarschijf.themes[id]?.intro,
    ]),
  ];
  return fields
    .filter(([, before, after]) => before !== undefined || after !== undefined)
    .map(([field, before, after]) => ({
      field,
      status: before === undefined ? 'added' : after === undefined ? 'removed' : before === after ? 'unchanged' : 'changed',
      before: before ?? null,
      after: after ?? null,
      words: diffRich(before === undefined ? undefined : previous.rich(before), after === undefined ? undefined : current.rich(after)).words,
    }));
}
