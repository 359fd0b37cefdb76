/**
 * The table layouts of the jaarschijf document, as column specs over the
 * aligned rows (src/years): the four-column kaderafspraken table
 * (Doelstelling | Kaderafspraak | last year | this year) and the afspraken
 * table (Afspraak | Toelichting | Trekker | Gereed). A redline shows the same
 * rows, with the same numbers, and last year's texts as tracked changes in
 * this year's cells instead of a column of their own.
 */
import type { Jaarafspraak } from '../model/schema.js';
import type { RichBlock } from '../model/richtext.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import type { AlignedTheme, AlignedYears, Slot } from '../years/alignYears.js';
import { note, paragraph } from './builders.js';
import { trekkerLabel } from './trekkerLabel.js';
import { tableFromColumns, type ColumnSpec } from './columns.js';
import type { CellBlock, Paragraph, Row, Table } from './types.js';
import type { Wording } from './wording.js';

/** What a redline needs from the diff (src/diff); the builder puts it where the texts stand. */
export interface Redline {
  /** Last year's text (Markdown) -> this year's, with deleted and inserted runs marked (either may be absent). */
  blocks(before: string | undefined, after: string | undefined): readonly RichBlock[];
  /** The same for rich text the builder made (a trekker and deadline line). */
  changes(before: readonly RichBlock[] | undefined, after: readonly RichBlock[] | undefined): readonly RichBlock[];
  /** Last year's introduction and theme intros. */
  previousTexts: { introduction?: string; intros: Readonly<Record<string, string | undefined>> };
}

export interface LayoutContext {
  loaded: LoadedJaarschijf;
  w: Wording;
  aligned: AlignedYears;
  redline?: Redline;
}

/** The row number, as every layout shows it; a row the document does not number stays empty. */
function numberColumn(w: Wording, width: number): ColumnSpec<Slot> {
  return {
    key: 'number',
    header: w.text('columns.number'),
    width,
    kind: 'number',
    cell: (slot) => (slot.row === null ? [] : [paragraph(w.text('rowNumber', { number: slot.row }))]),
  };
}

/** Doelstelling | Kaderafspraak | last year | this year, numbered, with merged cells. */
export function kaderTable(ctx: LayoutContext, theme: AlignedTheme, anchor: string): Table {
  const { loaded, w, aligned, redline } = ctx;
  const raam = loaded.raamovereenkomst;
  const doelstellingen = raam.themes[theme.id]!.doelstellingen;
  // A redline shows last year's text as tracked changes in this year's column.
  const withPrevious = aligned.previousYear !== null && !redline;
  const widths = withPrevious ? [0.035, 0.17, 0.215, 0.29, 0.29] : [0.035, 0.2, 0.255, 0.51];
  const years = { year: loaded.jaarschijf.year };
  const columns: ColumnSpec<Slot>[] = [
    numberColumn(w, widths[0]!),
    {
      key: 'doelstelling',
      header: w.text('columns.doelstelling'),
      width: widths[1]!,
      merge: (s) => s.doelstelling!,
      cell: (s) => loaded.rich(doelstellingen[s.doelstelling!]!.text) as CellBlock[],
    },
    {
      key: 'kaderafspraak',
      header: w.text('columns.kaderafspraak', raam.period),
      width: widths[2]!,
      merge: (s) => `${s.doelstelling}/${s.kader}`,
      cell: (s) => loaded.rich(doelstellingen[s.doelstelling!]!.kaderafspraken[s.kader!]!) as CellBlock[],
    },
    ...(withPrevious
      ? [{ key: 'previous', header: w.text('columns.jaarafspraken', { year: aligned.previousYear }), width: widths[3]!, cell: (s: Slot) => afspraakBlocks(ctx, s.previous) }]
      : []),
    {
      key: 'current',
      header: w.text('columns.jaarafspraken', years),
      width: widths.at(-1)!,
      cell: (s) => (redline ? redlineBlocks(ctx, redline, s) : afspraakBlocks(ctx, s.current)),
    },
  ];
  const changes = redline ? rowChanges(theme.slots) : [];
  return tableFromColumns({
    anchor: `${anchor}-tabel`,
    summary: w.text('tableSummary', { title: theme.title, years: withPrevious ? `${aligned.previousYear} en ${years.year}` : String(years.year) }),
    continuedLabel: w.text('continued'),
    columns,
    rows: theme.slots,
    rowProps: (s, i) => rowProps(s, changes[i]),
  });
}

/** Afspraak | Toelichting | Trekker | Gereed (theme 7, productieafspraken). */
export function afsprakenTable(ctx: LayoutContext, theme: AlignedTheme, anchor: string): Table {
  const { loaded, w, redline } = ctx;
  const raam = loaded.raamovereenkomst;
  const plain = (text: string | undefined): Paragraph[] => (text ? [paragraph(text)] : []);
  /** Toelichting, trekker and gereed, as the last three cells show them. */
  const details = (x: Jaarafspraak | undefined): CellBlock[][] =>
    x ? [x.toelichting ? (loaded.rich(x.toelichting) as CellBlock[]) : [], plain(x.trekker?.length ? trekkerLabel(raam, x.trekker, w) : undefined), plain(x.gereed)] : [[], [], []];
  // A continued agreement in a redline: last year's explanation, trekker and deadline as tracked changes too.
  const detail = (s: Slot, i: number): CellBlock[] => {
    if (redline && s.current && s.previous) return redline.changes(details(s.previous)[i] as RichBlock[], details(s.current)[i] as RichBlock[]) as CellBlock[];
    return details(s.current ?? s.previous)[i]!;
  };
  const detailColumn = (key: 'toelichting' | 'trekker' | 'gereed', i: number, width: number): ColumnSpec<Slot> => ({ key, header: w.text(`columns.${key}`), width, cell: (s) => detail(s, i) });
  // A redline adds last year's dropped agreements of this theme as deleted rows; the document shows this year's.
  const slots = redline ? theme.slots : theme.slots.filter((s) => s.current);
  return tableFromColumns({
    anchor: `${anchor}-tabel`,
    summary: w.text('afsprakenSummary', { title: theme.title }),
    continuedLabel: w.text('continued'),
    columns: [
      numberColumn(w, 0.035),
      {
        key: 'afspraak',
        header: w.text('columns.afspraak'),
        width: 0.375,
        cell: (s) => (redline ? (redline.blocks(s.previous?.text, s.current?.text) as CellBlock[]) : (loaded.rich(s.current!.text) as CellBlock[])),
      },
      detailColumn('toelichting', 0, 0.375),
      detailColumn('trekker', 1, 0.115),
      detailColumn('gereed', 2, 0.1),
    ],
    rows: slots,
    rowProps: (s) => rowProps(s, redline ? (!s.previous ? 'insert' : !s.current ? 'delete' : undefined) : undefined),
  });
}

function rowProps(s: Slot, change: Row['change']): Omit<Row, 'cells'> {
  const id = s.current?.id ?? s.previous?.id;
  return { ...(id ? { anchor: `afspraak-${id}` } : {}), ...(change ? { change } : {}) };
}

/**
 * The tracked change of each row of a redline's four-column table: a new
 * agreement is an inserted row, a dropped one a deleted row; except in a
 * kaderafspraak's first row, which holds its merged cells (and stands for the
 * empty row a kaderafspraak without agreements has): there only the text changes.
 */
function rowChanges(slots: readonly Slot[]): Row['change'][] {
  return slots.map((s, i) => {
    if (slots[i - 1]?.kader !== s.kader) return undefined;
    return s.current && !s.previous ? 'insert' : !s.current && s.previous ? 'delete' : undefined;
  });
}

/**
 * The agreement's text with its tracked changes, and its trekker/deadline
 * note: this year's, last year's deleted when the agreement was dropped, and
 * the changes from last year's when it continues.
 */
function redlineBlocks(ctx: LayoutContext, redline: Redline, { current, previous }: Slot): CellBlock[] {
  if (!current && !previous) return [];
  const notes = (a: Jaarafspraak | undefined) => afspraakBlocks(ctx, a).filter((b): b is Paragraph => b.type === 'paragraph' && b.style === 'note');
  const marked: Paragraph[] = !current
    ? notes(previous).map((b) => ({ ...b, inlines: b.inlines.map((i) => (i.type === 'text' ? { ...i, change: 'delete' as const } : i)) }))
    : !previous
      ? notes(current)
      : redline.changes(notes(previous), notes(current)).flatMap((b) => (b.type === 'paragraph' ? [{ ...b, style: 'note' as const }] : []));
  return [...(redline.blocks(previous?.text, current?.text) as CellBlock[]), ...marked];
}

/** The agreement's text, and a small line with its trekker and deadline when it has them. */
function afspraakBlocks({ loaded, w }: LayoutContext, a: Jaarafspraak | undefined): CellBlock[] {
  if (!a) return [];
  const blocks: CellBlock[] = [...(loaded.rich(a.text) as RichBlock[])];
  const trekker = a.trekker?.length ? trekkerLabel(loaded.raamovereenkomst, a.trekker, w) : '';
  const line = w.text('afspraakNote', { trekker, gereed: a.gereed ?? '' });
  if (line) blocks.push(note(line));
  return blocks;
}
