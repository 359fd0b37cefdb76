/**
 * How a theme's agreements are shown, as column specs over the aligned rows
 * (src/years): the four-column kaderafspraken table (Doelstelling |
 * Kaderafspraak | last year | this year), the afspraken table (Afspraak |
 * Toelichting | Trekker | Gereed), a table of the columns a theme names, and
 * a list of bullets grouped by kind. A redline shows the same rows, with the
 * same numbers, and last year's texts as tracked changes in this year's.
 */
import { kindLabels } from '../model/lookup.js';
import type { AfspraakColumn, Jaarafspraak, JaarschijfTheme } from '../model/schema.js';
import type { RichBlock } from '../model/richtext.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import type { AlignedTheme, AlignedYears, Slot } from '../years/alignYears.js';
import { heading, note, paragraph } from './builders.js';
import { tableFromColumns, type ColumnSpec } from './columns.js';
import { withPlaces, type Place } from './longText.js';
import { trekkerLabel } from './trekkerLabel.js';
import type { Block, CellBlock, Paragraph, Row, Table } from './types.js';
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
  /** Chapters and bijlagen by id, for links in texts. */
  places: ReadonlyMap<string, Place>;
}

/** A theme's agreements, as its layout shows them. */
export function themeBlocks(ctx: LayoutContext, theme: AlignedTheme, anchor: string, level: number): Block[] {
  switch (theme.layout) {
    case 'kaderafspraken':
      return [kaderTable(ctx, theme, anchor)];
    case 'afspraken':
      return [afsprakenTable(ctx, theme, anchor)];
    case 'tabel':
      return [columnsTable(ctx, theme, anchor)];
    case 'lijst':
      return kindList(ctx, theme, anchor, level);
  }
}

/** The row number, as every table shows it; a row the document does not number stays empty. */
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
function kaderTable(ctx: LayoutContext, theme: AlignedTheme, anchor: string): Table {
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
      cell: (s) => cellText(ctx, doelstellingen[s.doelstelling!]!.text),
    },
    {
      key: 'kaderafspraak',
      header: w.text('columns.kaderafspraak', raam.period),
      width: widths[2]!,
      merge: (s) => `${s.doelstelling}/${s.kader}`,
      cell: (s) => cellText(ctx, doelstellingen[s.doelstelling!]!.kaderafspraken[s.kader!]!),
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
  // Last year's agreements whose kaderafspraak this raamovereenkomst lacks (a new period) have no row here.
  const slots = theme.slots.filter((s) => s.doelstelling !== undefined);
  const changes = redline ? rowChanges(slots) : [];
  return tableFromColumns({
    anchor: `${anchor}-tabel`,
    summary: w.text('tableSummary', { title: theme.title, years: withPrevious ? `${aligned.previousYear} en ${years.year}` : String(years.year) }),
    continuedLabel: w.text('continued'),
    columns,
    rows: slots,
    rowProps: (s, i) => rowProps(s, changes[i]),
  });
}

/** Afspraak | Toelichting | Trekker | Gereed (Harderwijk's productieafspraken). */
function afsprakenTable(ctx: LayoutContext, theme: AlignedTheme, anchor: string): Table {
  return fieldTable(ctx, theme, anchor, [
    { field: 'afspraak', width: 0.375 },
    { field: 'toelichting', width: 0.375 },
    { field: 'trekker', width: 0.115 },
    { field: 'gereed', width: 0.1 },
  ], ctx.w.text('afsprakenSummary', { title: theme.title }));
}

/** The columns the theme names, from the agreements' fields: text columns wide, the short ones narrow. */
function columnsTable(ctx: LayoutContext, theme: AlignedTheme, anchor: string): Table {
  const own = ctx.loaded.jaarschijf.themes[theme.id] as Extract<JaarschijfTheme, { layout: 'tabel' }>;
  const weight: Record<AfspraakColumn, number> = { afspraak: 3, toelichting: 3, kaderafspraak: 2.5, trekker: 1.2, gereed: 1, soort: 1.2, budget: 1 };
  const wanted = own.columns.map((c) => (typeof c === 'string' ? { field: c } : c));
  const total = wanted.reduce((sum, c) => sum + weight[c.field], 0);
  const rest = 1 - 0.035;
  return fieldTable(
    ctx,
    theme,
    anchor,
    wanted.map((c) => ({ ...c, width: Math.round((rest * weight[c.field] * 1000) / total) / 1000 })),
    ctx.w.text('themeTableSummary', { title: theme.title }),
  );
}

/**
 * A numbered table with a column per field. A redline adds last year's dropped
 * agreements as deleted rows, and shows a continued agreement's fields as
 * tracked changes; the document shows this year's agreements.
 */
function fieldTable(ctx: LayoutContext, theme: AlignedTheme, anchor: string, fields: readonly { field: AfspraakColumn; header?: string; width: number }[], summary: string): Table {
  const { w, redline } = ctx;
  const plain = (text: string | undefined): Paragraph[] => (text ? [paragraph(text)] : []);
  const shown = (field: AfspraakColumn, x: Jaarafspraak | undefined): CellBlock[] => (x ? fieldBlocks(ctx, field, x, plain) : []);
  const cell = (field: AfspraakColumn) => (s: Slot): CellBlock[] => {
    if (field === 'afspraak') return redline ? (redline.blocks(s.previous?.text, s.current?.text) as CellBlock[]) : shown(field, s.current);
    if (redline && s.current && s.previous) return redline.changes(shown(field, s.previous) as RichBlock[], shown(field, s.current) as RichBlock[]) as CellBlock[];
    return shown(field, s.current ?? s.previous);
  };
  const slots = redline ? theme.slots : theme.slots.filter((s) => s.current);
  return tableFromColumns({
    anchor: `${anchor}-tabel`,
    summary,
    continuedLabel: w.text('continued'),
    columns: [numberColumn(w, 0.035), ...fields.map((f) => ({ key: f.field, header: f.header ?? w.text(`columns.${columnWording[f.field]}`, { from: ctx.loaded.raamovereenkomst.period.from, to: ctx.loaded.raamovereenkomst.period.to }), width: f.width, cell: cell(f.field) }))],
    rows: slots,
    rowProps: (s) => rowProps(s, redline ? (!s.previous ? 'insert' : !s.current ? 'delete' : undefined) : undefined),
  });
}

/** The wording entry (under `columns`) of each column's header. */
const columnWording: Record<AfspraakColumn, string> = {
  afspraak: 'afspraak',
  toelichting: 'toelichting',
  trekker: 'trekker',
  gereed: 'gereed',
  soort: 'soort',
  budget: 'budget',
  kaderafspraak: 'kaderafspraak',
};

/** What a cell of a field column shows for an agreement. */
function fieldBlocks(ctx: LayoutContext, field: AfspraakColumn, x: Jaarafspraak, plain: (text: string | undefined) => Paragraph[]): CellBlock[] {
  const { loaded, w } = ctx;
  switch (field) {
    case 'afspraak':
      return cellText(ctx, x.text);
    case 'toelichting':
      return x.toelichting ? cellText(ctx, x.toelichting) : [];
    case 'trekker':
      return plain(x.trekker?.length ? trekkerLabel(loaded.raamovereenkomst, x.trekker, w) : undefined);
    case 'gereed':
      return plain(x.gereed);
    case 'budget':
      return plain(x.budget);
    case 'soort':
      return plain(x.kind ? kindLabels(loaded.raamovereenkomst, loaded.jaarschijf).get(x.kind) : undefined);
    case 'kaderafspraak': {
      const kader = x.kader ? Object.values(loaded.raamovereenkomst.themes).flatMap((t) => Object.values(t.doelstellingen)).find((d) => x.kader! in d.kaderafspraken) : undefined;
      return kader ? cellText(ctx, kader.kaderafspraken[x.kader!]!) : [];
    }
  }
}

/**
 * The agreements as bullets under their kind's label, in the order the kinds
 * are declared (agreements without a kind first); each bullet its text (with
 * its own sub-bullets) and a small line with its trekker and deadline.
 */
function kindList(ctx: LayoutContext, theme: AlignedTheme, anchor: string, level: number): Block[] {
  const { loaded, w, redline } = ctx;
  const labels = kindLabels(loaded.raamovereenkomst, loaded.jaarschijf);
  const slots = redline ? theme.slots : theme.slots.filter((s) => s.current);
  const kindOf = (s: Slot) => (s.current ?? s.previous)?.kind;
  const groups: (string | undefined)[] = [undefined, ...labels.keys()];
  const blocks: Block[] = [];
  for (const kind of groups) {
    const members = slots.filter((s) => kindOf(s) === kind || (kind === undefined && kindOf(s) !== undefined && !labels.has(kindOf(s)!)));
    if (!members.length) continue;
    if (kind !== undefined) blocks.push({ ...heading(Math.min(4, level + 1) as 2 | 3 | 4, labels.get(kind)!, `${anchor}-${kind}`), toc: false });
    else if (groups.length > 1 && slots.some((s) => kindOf(s) !== undefined)) blocks.push({ ...heading(Math.min(4, level + 1) as 2 | 3 | 4, w.text('otherKind'), `${anchor}-overig`), toc: false });
    blocks.push({ type: 'list', items: members.map((s) => (redline ? redlineBlocks(ctx, redline, s) : afspraakBlocks(ctx, s.current))) });
  }
  return blocks;
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
function afspraakBlocks(ctx: LayoutContext, a: Jaarafspraak | undefined): CellBlock[] {
  if (!a) return [];
  const { loaded, w } = ctx;
  const blocks: CellBlock[] = cellText(ctx, a.text);
  const trekker = a.trekker?.length ? trekkerLabel(loaded.raamovereenkomst, a.trekker, w) : '';
  const line = w.text('afspraakNote', { trekker, gereed: a.gereed ?? '' });
  if (line) blocks.push(note(line));
  return blocks;
}

/** A text in a cell (an agreement, a kaderafspraak), with its links to places in the document resolved. */
function cellText({ loaded, places }: LayoutContext, text: string): CellBlock[] {
  return loaded.rich(text).map((b) => withPlaces(b, places)) as CellBlock[];
}
