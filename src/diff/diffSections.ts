/**
 * The diff as a document-model fragment for the HTML report: the changes to
 * the introduction, then per theme its intro's changes and a table with one
 * row per agreement: last year's text beside this year's, and this year's
 * with the changes marked (<del>/<ins>), changed trekker, deadline and
 * explanation below it. Rows carry their status as a tag
 * (the report's filters) and an anchor per agreement.
 */
import type { Block, CellBlock, Paragraph, Row, Section, Table } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import { plainText, textRun, type RichBlock } from '../model/richtext.js';
import type { AgreementChange, FieldChange, JaarschijfDiff, TextChange, ThemeInfo } from './computeDiff.js';
import { diffRich } from './diffRich.js';
import { tableFromColumns } from '../document/columns.js';

export interface DiffSectionSources {
  /** Markdown -> rich text (the loaded sources' parser). */
  rich(markdown: string): readonly RichBlock[];
  /** A kaderafspraak's text, this year's raamovereenkomst first. */
  kaderText(id: string): string | undefined;
  /** A trekker's party or group ids in words ("Woningcorporaties en gemeente"). */
  trekker(ids: readonly string[]): string;
  /** With `--monitor`: the agreement's latest status in words, for its first cell. */
  status?(c: AgreementChange): string | undefined;
}

export function diffSections(diff: JaarschijfDiff, sources: DiffSectionSources, w: Wording): Section[] {
  const sections: Section[] = [];
  const introduction = diff.texts.find((t) => t.field === 'introduction');
  if (introduction) {
    const heading = w.text('diff.introduction');
    sections.push({
      id: 'inleiding',
      bookmark: heading,
      startOnNewPage: false,
      blocks: [{ type: 'heading', level: 1, text: heading, anchor: 'inleiding-kop' }, ...textBlocks(introduction, heading, sources, w)],
    });
  }
  for (const theme of diff.themes) {
    const changes = diff.changes.filter((c) => c.theme === theme.id);
    const intro = diff.texts.find((t) => t.field === `themes.${theme.id}.intro`);
    if (!changes.length && !intro) continue;
    const id = theme.number ? `thema-${theme.number}` : `thema-${theme.id}`;
    const heading = w.text('diff.themeHeading', { number: theme.number ?? '', title: theme.title, from: diff.from });
    const blocks: Block[] = [{ type: 'heading', level: 1, text: heading, anchor: `${id}-kop` }];
    if (intro) blocks.push(...textBlocks(intro, w.text('diff.themeIntro'), sources, w));
    if (changes.length) blocks.push(themeTable(diff, theme, changes, id, sources, w));
    sections.push({ id, bookmark: heading, startOnNewPage: false, blocks });
  }
  if (diff.indicators.some((i) => i.status !== 'unchanged')) sections.push(indicatorSection(diff, w));
  return sections;
}

/** One row per changed value of an indicator: what, last year's value deleted, this year's inserted. */
function indicatorSection(diff: JaarschijfDiff, w: Wording): Section {
  const heading = w.text('diff.indicators');
  const rows = diff.indicators
    .filter((i) => i.status !== 'unchanged')
    .flatMap((i) => (i.values.length ? i.values : [null]).map((v) => ({ i, v })));
  const value = (x: string | number | null, change: 'delete' | 'insert'): CellBlock[] =>
    x === null ? [] : [{ type: 'paragraph', inlines: [textRun(String(x), [], { change })] }];
  const table = tableFromColumns({
    anchor: 'indicatoren-tabel',
    summary: w.text('diff.indicatorsSummary', { from: diff.from, to: diff.to }),
    continuedLabel: w.text('continued'),
    columns: [
      {
        key: 'indicator',
        header: w.text('diff.indicatorColumns.indicator'),
        width: 0.34,
        merge: (r) => r.i.id,
        cell: (r) => [
          { type: 'paragraph', inlines: [textRun(r.i.title, ['bold']), ...(r.i.unit ? [textRun(` (${r.i.unit})`)] : [])] },
          note(w.text(`diff.status.${r.i.status}`)),
        ],
      },
      { key: 'what', header: w.text('diff.indicatorColumns.what'), width: 0.22, cell: (r) => (r.v ? [note(w.text(`diff.indicatorValue.${r.v.what}`, { year: r.v.year ?? '' }))] : []) },
      { key: 'before', header: w.text('diff.indicatorColumns.year', { year: diff.from }), width: 0.22, cell: (r) => (r.v ? value(r.v.before, 'delete') : []) },
      { key: 'after', header: w.text('diff.indicatorColumns.year', { year: diff.to }), width: 0.22, cell: (r) => (r.v ? value(r.v.after, 'insert') : []) },
    ],
    rows,
    rowProps: (r) => ({ anchor: `indicator-${r.i.id}${r.v ? `-${r.v.what}${r.v.year ?? ''}` : ''}`, tags: [r.i.status] }),
  });
  return { id: 'indicatoren', bookmark: heading, startOnNewPage: false, blocks: [{ type: 'heading', level: 1, text: heading, anchor: 'indicatoren-kop' }, table] };
}

/** "Inleiding van het thema: Nieuw", then the text with its changes marked. */
function textBlocks(t: TextChange, label: string, sources: DiffSectionSources, w: Wording): Block[] {
  const status = w.text(`diff.status.${t.status}`);
  const rich = (text: string | null) => (text === null ? undefined : sources.rich(text));
  return [note(w.text('diff.textStatus', { text: label, status })), ...diffRich(rich(t.before), rich(t.after)).blocks];
}

function themeTable(diff: JaarschijfDiff, theme: ThemeInfo, changes: readonly AgreementChange[], id: string, sources: DiffSectionSources, w: Wording): Table {
  const rich = (text: string | null): CellBlock[] => (text === null ? [] : [...sources.rich(text)]);
  const rows: Row[] = changes.map((c, i) => {
    // Unchanged, or moved with the same words: nothing to mark.
    const marked: CellBlock[] = c.words.every((x) => x.op === 'equal')
      ? [note(w.text('diff.unchanged'))]
      : diffRich(c.before === null ? undefined : sources.rich(c.before), c.after === null ? undefined : sources.rich(c.after)).blocks;
    return {
      anchor: `afspraak-${c.id}`,
      tags: [c.status],
      cells: [
        { column: 0, rowSpan: 1, blocks: afspraakBlocks(diff, c, changes[i - 1]?.kader !== c.kader, sources, w) },
        { column: 1, rowSpan: 1, blocks: rich(c.before) },
        { column: 2, rowSpan: 1, blocks: rich(c.after) },
        { column: 3, rowSpan: 1, blocks: [...marked, ...fieldBlocks(c, sources, w)] },
      ],
    };
  });
  return {
    type: 'table',
    anchor: `${id}-tabel`,
    summary: w.text('diff.tableSummary', { title: theme.title, from: diff.from, to: diff.to }),
    columns: [0.16, 0.28, 0.28, 0.28].map((width) => ({ width, kind: 'text' as const })),
    header: [w.text('diff.columns.afspraak'), w.text('diff.columns.jaarafspraken', { year: diff.from }), w.text('diff.columns.jaarafspraken', { year: diff.to }), w.text('diff.columns.inline')],
    rows,
    continuedLabel: w.text('continued'),
  };
}

/**
 * The id in bold, the status in words, where it stood last year when that
 * differs, and in the first row of a kaderafspraak's rows its text (as the
 * document's merged cell shows it once).
 */
function afspraakBlocks(diff: JaarschijfDiff, c: AgreementChange, firstOfKader: boolean, sources: DiffSectionSources, w: Wording): CellBlock[] {
  const blocks: CellBlock[] = [
    { type: 'paragraph', inlines: [textRun(c.id, ['bold'])] },
    { type: 'paragraph', style: 'note', inlines: [textRun(w.text(`diff.status.${c.status}`), ['bold'])] },
  ];
  const p = c.previous;
  if (p && c.after !== null) {
    if (p.id !== c.id) blocks.push(note(w.text('diff.previousId', { id: p.id, year: diff.from })));
    if (p.theme !== c.theme) {
      const title = diff.themes.find((t) => t.id === p.theme)?.title ?? p.theme;
      blocks.push(note(w.text('diff.previousTheme', { title, year: diff.from })));
    } else if (p.kader !== c.kader && p.kader) {
      blocks.push(note(w.text('diff.previousKader', { text: sources.kaderText(p.kader) ?? p.kader, year: diff.from })));
    }
  }
  const status = sources.status?.(c);
  if (status) blocks.push({ type: 'paragraph', style: 'note', inlines: [textRun(status, ['bold'])] });
  if (c.kader && firstOfKader) blocks.push(note(w.text('diff.kader', { text: sources.kaderText(c.kader) ?? c.kader })));
  return blocks;
}

/** A changed trekker, deadline or explanation: its label, last year's value deleted, this year's inserted. */
function fieldBlocks(c: AgreementChange, sources: DiffSectionSources, w: Wording): CellBlock[] {
  const shown = (value: FieldChange['before']) =>
    value === null ? undefined : typeof value === 'string' ? plainText(sources.rich(value)).replace(/\s+/g, ' ').trim() : sources.trekker(value);
  return c.fields.map((f): Paragraph => {
    const before = shown(f.before);
    const after = shown(f.after);
    return {
      type: 'paragraph',
      style: 'note',
      inlines: [
        textRun(`${w.text(`columns.${f.field}`)}: `, ['bold']),
        ...(before === undefined ? [] : [textRun(before, [], { change: 'delete' })]),
        ...(before !== undefined && after !== undefined ? [textRun(' ')] : []),
        ...(after === undefined ? [] : [textRun(after, [], { change: 'insert' })]),
      ],
    };
  });
}

function note(text: string): Paragraph {
  return { type: 'paragraph', style: 'note', inlines: [textRun(text)] };
}
