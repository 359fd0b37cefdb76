/**
 * What changed from last year's jaarschijf to this year's: per agreement its
 * status and word changes, the changes to the introduction and the theme
 * intros, and the counts. Plain data: this is the JSON contract; the text,
 * HTML and Word outputs are formatted from it.
 */
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears, type AlignedYears, type FieldChange, type Slot, type SlotChange } from '../years/alignYears.js';
import { diffRich, type Word } from './diffRich.js';

export { changeableFields, type FieldChange } from '../years/alignYears.js';

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
  /** Its row in this year's document (the same number the document and the Word redline show); null where it shows none. */
  row: number | null;
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

/** The status the diff reports for a row's change (its JSON contract keeps these five words). */
const statusOf: Record<Exclude<SlotChange, 'empty'>, Status> = { same: 'unchanged', reworded: 'changed', fields: 'changed', added: 'added', removed: 'removed', moved: 'moved' };

/** @param aligned the two years lined up (alignYears(current, previous)), when the caller has them already */
export function computeDiff(previous: LoadedJaarschijf, current: LoadedJaarschijf, aligned: AlignedYears = alignYears(current, previous)): JaarschijfDiff {
  const changes: AgreementChange[] = [];
  for (const theme of aligned.themes) {
    for (const slot of theme.slots) if (slot.change !== 'empty') changes.push(change(previous, current, theme.id, slot));
  }
  const summary = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of changes) summary[c.status]++;
  const themes = aligned.themes.map(({ id, title, number }) => ({ id, title, number }));
  return {
    from: previous.jaarschijf.year,
    to: current.jaarschijf.year,
    changes,
    summary,
    texts: texts(previous, current, themes),
    themes,
  };
}

function change(previous: LoadedJaarschijf, current: LoadedJaarschijf, theme: string, slot: Slot): AgreementChange {
  const c = slot.current;
  const p = slot.previous;
  const { words } = diffRich(p && previous.rich(p.text), c && current.rich(c.text));
  return {
    id: (c ?? p)!.id,
    // A dropped agreement belongs to the theme it stood in last year.
    theme: c ? theme : (slot.previousPlace?.theme ?? theme),
    kader: (c ?? p)!.kader ?? null,
    status: statusOf[slot.change as Exclude<SlotChange, 'empty'>],
    before: p?.text ?? null,
    after: c?.text ?? null,
    words,
    previous: p ? { id: p.id, theme: slot.previousPlace?.theme ?? theme, kader: p.kader ?? null } : null,
    fields: slot.fields,
    row: slot.row,
  };
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
