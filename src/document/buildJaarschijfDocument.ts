/**
 * A loaded jaarschijf -> the document model of the signed document: title and
 * introduction, per theme its intro and table, the signature page.
 */
import { allAfspraken } from '../model/lookup.js';
import { formatDutchDate } from '../model/dates.js';
import { isTrekkerGroup } from '../model/lookup.js';
import { isJaarafspraak, type Jaarafspraak, type Jaarschijf, type JaarschijfTheme, type Raamovereenkomst } from '../model/schema.js';
import { textRun, type RichBlock } from '../model/richtext.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignRows, spans } from './alignRows.js';
import { pageLayout } from './layout.js';
import { currentIdsOf, redlineSlots, rowChanges, thisYearFirst } from './redlineRows.js';
import type { Block, Cell, CellBlock, DocumentModel, FooterPart, Paragraph, Row, Section, Table } from './types.js';
import { capitalize, joinList, loadWording, type Wording } from './wording.js';

export interface BuildOptions {
  /** Folder with a wording.json that overrides the package's wording. */
  templates?: string;
  /** Extra sections after the signature page (e.g. the coverage annex). */
  annex?: readonly Section[];
  /** Build a redline: this year's document with last year's changes as tracked changes, instead of last year's column. */
  redline?: Redline;
}

/** What a redline needs from the diff (src/diff); the builder puts it where the texts stand. */
export interface Redline {
  /** Last year's jaarschijf, each agreement renamed to the id of this year's agreement it continues, so rows line up by id. */
  previous: Jaarschijf;
  /** Last year's text (Markdown) -> this year's, with deleted and inserted runs marked (either may be absent). */
  blocks(before: string | undefined, after: string | undefined): readonly RichBlock[];
  /** The same for rich text the builder made (a trekker and deadline line). */
  changes(before: readonly RichBlock[] | undefined, after: readonly RichBlock[] | undefined): readonly RichBlock[];
}

export function buildJaarschijfDocument(loaded: LoadedJaarschijf, options: BuildOptions = {}): DocumentModel {
  const w = loadWording(options.templates);
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const parties = Object.values(raam.parties);
  const gemeente = parties.find((p) => p.kind === 'gemeente')?.name ?? raam.gemeente;
  const title = j.title ?? w.text('documentTitle', { year: j.year });
  // Unsigned, or with review marks left: not ready to sign.
  const draft = !j.signing || loaded.reviewMarks.length > 0;

  const sections: Section[] = [introSection(loaded, title, w, options.redline)];
  Object.entries(j.themes).forEach(([themeId, theme], index) => {
    sections.push(themeSection(loaded, themeId, theme, index + 1, w, options.redline));
  });
  if (j.signing) sections.push(signingSection(loaded, w));
  sections.push(...(options.annex ?? []));

  return {
    meta: {
      title,
      subject: w.text('subject', { gemeente: raam.gemeente, year: j.year }),
      author: parties.map((p) => p.name).join(', '),
      company: capitalize(gemeente),
      keywords: w.text('keywords', { year: j.year, gemeente: raam.gemeente, raamovereenkomst: raam.title }).split(/\s*,\s*/),
      language: 'nl-NL',
      date: j.signing?.date ?? `${j.year - 1}-12-01`,
      fileName: `${slug(raam.gemeente)}-${j.year}`,
      draft,
    },
    page: pageLayout(j.page),
    header: { logos: loaded.logos },
    footer: footerParts(w),
    ...(draft ? { watermark: w.text('draftMark') } : {}),
    sections,
  };
}

function introSection(loaded: LoadedJaarschijf, title: string, w: Wording, redline: Redline | undefined): Section {
  const intro = loaded.jaarschijf.introduction;
  const text = redline ? redline.blocks(redline.previous.introduction, intro) : intro ? loaded.rich(intro) : [];
  const blocks: Block[] = [{ type: 'paragraph', style: 'title', inlines: [textRun(title)] }];
  if (text.length) {
    blocks.push({ type: 'heading', level: 1, text: w.text('introductionHeading'), anchor: 'inleiding' });
    blocks.push(...text);
  }
  return { id: 'inleiding', bookmark: text.length ? w.text('introductionHeading') : title, startOnNewPage: false, blocks };
}

function themeSection(loaded: LoadedJaarschijf, themeId: string, theme: JaarschijfTheme, number: number, w: Wording, redline: Redline | undefined): Section {
  const raamTheme = loaded.raamovereenkomst.themes[themeId];
  const themeTitle = theme.layout === 'afspraken' ? theme.title : raamTheme!.title;
  const heading = w.text('themeHeading', { number, title: themeTitle });
  const anchor = `thema-${number}`;
  const blocks: Block[] = [{ type: 'heading', level: 1, text: heading, anchor }];
  if (redline) blocks.push(...redline.blocks(redline.previous.themes[themeId]?.intro, theme.intro));
  else if (theme.intro) blocks.push(...loaded.rich(theme.intro));
  blocks.push(
    theme.layout === 'afspraken'
      ? afsprakenTable(loaded, themeId, theme.afspraken.filter(isJaarafspraak), anchor, themeTitle, w, redline)
      : kaderTable(loaded, themeId, anchor, w, redline),
  );
  return { id: anchor, bookmark: heading, startOnNewPage: number === 1, blocks };
}

/** Doelstelling | Kaderafspraak | last year | this year, numbered, with merged cells. */
function kaderTable(loaded: LoadedJaarschijf, themeId: string, anchor: string, w: Wording, redline: Redline | undefined): Table {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const raamTheme = raam.themes[themeId]!;
  const previous = redline?.previous ?? loaded.previous?.jaarschijf;
  const previousAfspraken = previous ? allAfspraken(previous) : [];
  const rows = redline
    ? thisYearFirst(alignRows(raamTheme, j.themes[themeId]!.afspraken, previousAfspraken, currentIdsOf(j)))
    : alignRows(raamTheme, j.themes[themeId]!.afspraken, previousAfspraken);
  const doelSpans = spans(rows, (r) => r.doelstelling);
  const kaderSpans = spans(rows, (r) => `${r.doelstelling}/${r.kader}`);
  // A redline shows last year's text as tracked changes in this year's column.
  const withPrevious = previous !== undefined && !redline;
  const changes = redline ? rowChanges(rows) : [];
  let number = 0;

  const tableRows: Row[] = rows.map((row, i) => {
    const change = changes[i];
    // A deleted row has no number, so that accepting the changes leaves this year's numbering.
    const cells: Cell[] = [change === 'delete' ? { column: 0, rowSpan: 1, blocks: [] } : numberCell(++number, w)];
    const doelSpan = doelSpans.get(i);
    if (doelSpan) cells.push({ column: 1, rowSpan: doelSpan, blocks: loaded.rich(raamTheme.doelstellingen[row.doelstelling]!.text) as CellBlock[] });
    const kaderSpan = kaderSpans.get(i);
    if (kaderSpan) {
      const text = raamTheme.doelstellingen[row.doelstelling]!.kaderafspraken[row.kader]!;
      cells.push({ column: 2, rowSpan: kaderSpan, blocks: loaded.rich(text) as CellBlock[] });
    }
    if (withPrevious) cells.push({ column: 3, rowSpan: 1, blocks: afspraakBlocks(loaded, row.previous, raam, w) });
    const blocks = redline ? redlineBlocks(loaded, row.current, row.previous, raam, w, redline) : afspraakBlocks(loaded, row.current, raam, w);
    cells.push({ column: withPrevious ? 4 : 3, rowSpan: 1, blocks });
    const id = row.current?.id ?? row.previous?.id;
    return { cells, ...(id ? { anchor: `afspraak-${id}` } : {}), ...(change ? { change } : {}) };
  });

  const period = { from: raam.period.from, to: raam.period.to };
  const header = [
    w.text('columns.number'),
    w.text('columns.doelstelling'),
    w.text('columns.kaderafspraak', period),
    ...(withPrevious ? [w.text('columns.jaarafspraken', { year: previous!.year })] : []),
    w.text('columns.jaarafspraken', { year: j.year }),
  ];
  const columns = withPrevious
    ? [0.035, 0.17, 0.215, 0.29, 0.29]
    : [0.035, 0.2, 0.255, 0.51];
  return {
    type: 'table',
    anchor: `${anchor}-tabel`,
    summary: w.text('tableSummary', { title: raamTheme.title, years: withPrevious ? `${previous!.year} en ${j.year}` : String(j.year) }),
    columns: columns.map((width, index) => ({ width, kind: index === 0 ? 'number' : 'text' })),
    header,
    rows: tableRows,
    continuedLabel: w.text('continued'),
  };
}

/** Afspraak | Toelichting | Trekker | Gereed (theme 7, productieafspraken). */
function afsprakenTable(
  loaded: LoadedJaarschijf,
  themeId: string,
  afspraken: readonly Jaarafspraak[],
  anchor: string,
  title: string,
  w: Wording,
  redline: Redline | undefined,
): Table {
  const raam = loaded.raamovereenkomst;
  const plain = (text: string | undefined): Paragraph[] => (text ? [{ type: 'paragraph', inlines: [textRun(text)] }] : []);
  /** Toelichting, trekker and gereed, as the last three cells show them. */
  const details = (x: Jaarafspraak): CellBlock[][] => [
    x.toelichting ? (loaded.rich(x.toelichting) as CellBlock[]) : [],
    plain(x.trekker?.length ? trekkerLabel(raam, x.trekker, w) : undefined),
    plain(x.gereed),
  ];
  const zipDetails = (before: CellBlock[][], after: CellBlock[][], r: Redline) => before.map((b, i) => r.changes(b as RichBlock[], after[i] as RichBlock[]) as CellBlock[]);
  // A redline adds last year's agreements of this theme: continued ones beside this year's, dropped ones as deleted rows.
  const slots: { current?: Jaarafspraak; previous?: Jaarafspraak }[] = redline
    ? redlineSlots(loaded.jaarschijf, afspraken, themeId, redline.previous)
    : afspraken.map((a) => ({ current: a }));
  let number = 0;
  const rows: Row[] = slots.map(({ current: a, previous: p }) => {
    const shown = (a ?? p)!;
    const change = !p ? (redline ? 'insert' : undefined) : !a ? 'delete' : undefined;
    const text = redline ? (redline.blocks(p?.text, a?.text) as CellBlock[]) : (loaded.rich(shown.text) as CellBlock[]);
    // A continued agreement in a redline: last year's explanation, trekker and deadline as tracked changes too.
    const shownDetails = redline && a && p ? zipDetails(details(p), details(a), redline) : details(shown);
    return {
      anchor: `afspraak-${shown.id}`,
      ...(change ? { change } : {}),
      cells: [
        change === 'delete' ? { column: 0, rowSpan: 1, blocks: [] } : numberCell(++number, w),
        { column: 1, rowSpan: 1, blocks: text },
        ...shownDetails.map((blocks, i) => ({ column: 2 + i, rowSpan: 1, blocks })),
      ],
    };
  });
  return {
    type: 'table',
    anchor: `${anchor}-tabel`,
    summary: w.text('afsprakenSummary', { title }),
    columns: [0.035, 0.375, 0.375, 0.115, 0.1].map((width, index) => ({ width, kind: index === 0 ? 'number' : 'text' })),
    header: ['number', 'afspraak', 'toelichting', 'trekker', 'gereed'].map((c) => w.text(`columns.${c}`)),
    rows,
    continuedLabel: w.text('continued'),
  };
}

/**
 * The agreement's text with its tracked changes, and its trekker/deadline
 * note: this year's, last year's deleted when the agreement was dropped, and
 * the changes from last year's when it continues.
 */
function redlineBlocks(
  loaded: LoadedJaarschijf,
  current: Jaarafspraak | undefined,
  previous: Jaarafspraak | undefined,
  raam: Raamovereenkomst,
  w: Wording,
  redline: Redline,
): CellBlock[] {
  if (!current && !previous) return [];
  const note = (a: Jaarafspraak | undefined) => afspraakBlocks(loaded, a, raam, w).filter((b): b is Paragraph => b.type === 'paragraph' && b.style === 'note');
  const marked: Paragraph[] = !current
    ? note(previous).map((b) => ({ ...b, inlines: b.inlines.map((i) => (i.type === 'text' ? { ...i, change: 'delete' as const } : i)) }))
    : !previous
      ? note(current)
      : redline.changes(note(previous), note(current)).flatMap((b) => (b.type === 'paragraph' ? [{ ...b, style: 'note' as const }] : []));
  return [...(redline.blocks(previous?.text, current?.text) as CellBlock[]), ...marked];
}

function numberCell(n: number, w: Wording): Cell {
  return { column: 0, rowSpan: 1, blocks: [{ type: 'paragraph', inlines: [textRun(w.text('rowNumber', { number: n }))] }] };
}

/** The agreement's text, and a small line with its trekker and deadline when it has them. */
function afspraakBlocks(loaded: LoadedJaarschijf, a: Jaarafspraak | undefined, raam: Raamovereenkomst, w: Wording): CellBlock[] {
  if (!a) return [];
  const blocks: CellBlock[] = [...(loaded.rich(a.text) as RichBlock[])];
  const trekker = a.trekker?.length ? trekkerLabel(raam, a.trekker, w) : '';
  const note = w.text('afspraakNote', { trekker, gereed: a.gereed ?? '' });
  if (note) blocks.push({ type: 'paragraph', style: 'note', inlines: [textRun(note)] });
  return blocks;
}

/** ['woningcorporaties', 'gemeente'] -> "Woningcorporaties en gemeente". */
export function trekkerLabel(raam: Raamovereenkomst, trekker: readonly string[], w: Wording): string {
  const names = trekker.map((t) => (isTrekkerGroup(t) ? w.text(`trekkerGroups.${t}`) : (raam.parties[t]?.shortName ?? t)));
  return capitalize(joinList(names, w.text('and')));
}

function signingSection(loaded: LoadedJaarschijf, w: Wording): Section {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const signing = j.signing!;
  const names = (kind: string) => joinList(Object.values(raam.parties).filter((p) => p.kind === kind).map((p) => p.name), w.text('and'));
  const sentence = w.text('signingSentence', {
    gemeenten: names('gemeente'),
    woningcorporaties: names('woningcorporatie'),
    huurdersorganisaties: names('huurdersorganisatie'),
    year: j.year,
  });
  const usedNames = new Set<string>();
  const signatories = signing.signatories.map((s) => {
    const party = raam.parties[s.party]!;
    let fieldName = `handtekening-${slug(s.name)}`;
    for (let n = 2; usedNames.has(fieldName); n++) fieldName = `handtekening-${slug(s.name)}-${n}`;
    usedNames.add(fieldName);
    return {
      name: s.name,
      fieldName,
      lines: [
        w.text('signatory', { name: s.name, role: s.role, party: party.shortName }),
        w.text('signatoryParty', { partyName: party.name }),
      ],
    };
  });
  return {
    id: 'ondertekening',
    bookmark: w.text('signingBookmark'),
    startOnNewPage: true,
    blocks: [
      { type: 'paragraph', style: 'signing', inlines: [textRun(w.text('signingPlaceDate', { place: signing.place, date: formatDutchDate(signing.date) }))] },
      { type: 'paragraph', inlines: [textRun(sentence)] },
      { type: 'signatures', signatories },
    ],
  };
}

/** The footer template split around its page-number fields. */
export function footerParts(w: Wording): FooterPart[] {
  const marker = '\u0000';
  const text = w.text('footer', { page: `${marker}page${marker}`, pages: `${marker}pages${marker}` });
  return text
    .split(marker)
    .map((part, i): FooterPart | undefined => {
      if (i % 2 === 1) return part === 'page' ? { type: 'page' } : { type: 'pages' };
      return part ? { type: 'text', text: part } : undefined;
    })
    .filter((p): p is FooterPart => p !== undefined);
}

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
