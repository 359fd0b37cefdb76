/**
 * A four-column table (Doelstelling | Kaderafspraken | Jaarafspraken <year-1>
 * | Jaarafspraken <year>) -> doelstellingen, kaderafspraken and per row this
 * year's and last year's agreement. A doelstelling or kaderafspraak spans
 * rows by a merged cell, by empty cells under it (as in the seed), or by the
 * same text repeated; a row with one cell across the table starts a theme.
 */
import { cellWhere } from './warnings.js';
import { clip } from './toMarkdown.js';
import type { ReadTable } from './tableColumns.js';
import {
  cellMarkdown,
  cellPlain,
  namedTheme,
  splitNotes,
  trekkerIds,
  type AfspraakDraft,
  type CellContext,
  type DoelDraft,
  type KaderDraft,
  type ThemeDraft,
} from './themeDraft.js';

export interface TableContext extends CellContext {
  /** Start a theme at a row spanning the table. */
  startTheme(title: string, where: string): ThemeDraft;
}

/** Placeholder texts where the document leaves a doelstelling or kaderafspraak out; each is warned about. */
export const missingDoelstelling = 'Doelstelling (niet ingevuld in het Word-document)';
export const missingKaderafspraak = 'Kaderafspraak (niet ingevuld in het Word-document)';

export function readKaderTable(read: ReadTable, first: ThemeDraft, ctx: TableContext): ThemeDraft {
  const { columns, table } = read;
  const index = (kind: string) => columns.findIndex((c) => c.kind === kind);
  const jaar = columns.map((c, i) => (c.kind === 'jaarafspraken' ? i : -1)).filter((i) => i >= 0);
  const cur = jaar.at(-1)!;
  const prev = jaar.length > 1 ? jaar.at(-2)! : -1;
  const doelCol = index('doelstelling');
  const kaderCol = index('kaderafspraak');
  const numberCol = index('number');
  const themaCol = index('thema');
  let themaText = '';
  const extra = { trekker: index('trekker'), gereed: index('gereed'), toelichting: index('toelichting') };
  const used = new Set([cur, prev, doelCol, kaderCol, numberCol, themaCol, ...Object.values(extra)].filter((i) => i >= 0));
  const unknownColumns = columns.map((_, i) => i).filter((i) => !used.has(i));

  let theme = first;
  let doel: DoelDraft | undefined = theme.doelstellingen.at(-1);
  let kader: KaderDraft | undefined = doel?.kaders.at(-1);

  for (const row of read.rows) {
    const where = (column?: number) => cellWhere(table.number, row.number, column === undefined ? undefined : column + 1);
    const cell = (i: number) => (i >= 0 ? row.cells[i] : undefined);
    // A new theme: a row across the table, or a new text in a Thema column (one table for all themes).
    const themeCell = cell(themaCol);
    const themeText = row.spanning ? cellPlain(row.spanning) : themeCell && !themeCell.continued ? cellPlain(themeCell.blocks) : '';
    if (themeText && themeText !== themaText) {
      themaText = themeText;
      const next = namedTheme(themeText, theme, (title) => ctx.startTheme(title, where()));
      if (next !== theme) {
        theme = next;
        doel = undefined;
        kader = undefined;
      }
    }
    if (row.spanning) continue;

    if (numberCol >= 0) {
      const n = cellPlain(cell(numberCol)?.blocks ?? []);
      if (n && !/^\d+[.)]?$/.test(n)) ctx.warnings.add(where(numberCol), `de nummerkolom bevat tekst; niet overgenomen: "${clip(n)}"`);
    }

    // The doelstelling: a new one where the text changes, unless the cell continues the one above.
    let newDoel = false;
    if (doelCol < 0) {
      if (!doel) {
        ctx.warnings.add(where(), `de tabel heeft geen kolom Doelstelling; de kaderafspraken staan onder één doelstelling met de titel van het thema ("${theme.title}")`);
        doel = { text: theme.title, kaders: [] };
        theme.doelstellingen.push(doel);
        newDoel = true;
      }
    } else {
      const c = cell(doelCol);
      const text = c && !c.continued ? cellMarkdown(c.blocks, where(doelCol), ctx) : '';
      if (text && !(doel && text === doel.text && !c?.mergeStart)) {
        doel = { text, kaders: [] };
        theme.doelstellingen.push(doel);
        newDoel = true;
      } else if (!doel) {
        ctx.warnings.add(where(doelCol), `de doelstelling ontbreekt; "${missingDoelstelling}" ingevuld`);
        doel = { text: missingDoelstelling, kaders: [] };
        theme.doelstellingen.push(doel);
        newDoel = true;
      }
    }

    // The kaderafspraak, the same way; a new doelstelling always starts a new one.
    {
      const c = cell(kaderCol);
      const text = c && !c.continued ? cellMarkdown(c.blocks, where(kaderCol), ctx) : '';
      if (text && (newDoel || !(kader && text === kader.text && !c?.mergeStart))) {
        kader = { text, rows: [] };
        doel.kaders.push(kader);
      } else if (newDoel || !kader) {
        const carried = c?.continued && kader ? kader.text : undefined;
        if (carried) ctx.warnings.add(where(kaderCol), 'de samengevoegde cel van de kaderafspraak loopt door over twee doelstellingen; de kaderafspraak staat nu onder beide');
        else ctx.warnings.add(where(kaderCol), `de kaderafspraak ontbreekt; "${missingKaderafspraak}" ingevuld`);
        kader = { text: carried ?? missingKaderafspraak, rows: [] };
        doel.kaders.push(kader);
      }
    }

    const current = afspraak(cell(cur)?.blocks ?? [], where(cur), ctx);
    if (current) {
      const trekker = extra.trekker >= 0 ? trekkerIds(cellPlain(cell(extra.trekker)?.blocks ?? []), where(extra.trekker), ctx) : undefined;
      const gereed = extra.gereed >= 0 ? cellPlain(cell(extra.gereed)?.blocks ?? []) : '';
      const toelichting = extra.toelichting >= 0 ? cellMarkdown(cell(extra.toelichting)?.blocks ?? [], where(extra.toelichting), ctx) : '';
      if (trekker) current.trekker = trekker;
      if (gereed) current.gereed = gereed;
      if (toelichting) current.toelichting = toelichting;
    } else {
      for (const i of Object.values(extra)) {
        const text = i >= 0 ? cellPlain(cell(i)?.blocks ?? []) : '';
        if (text) ctx.warnings.add(where(i), `deze rij heeft geen jaarafspraak van dit jaar; de kolom "${columns[i]!.header}" is niet overgenomen: "${clip(text)}"`);
      }
    }
    const previous = prev >= 0 ? afspraak(cell(prev)?.blocks ?? [], where(prev), ctx) : undefined;
    for (const i of unknownColumns) {
      const text = cellPlain(cell(i)?.blocks ?? []);
      if (text) ctx.warnings.add(where(i), `de kolom "${columns[i]!.header || i + 1}" wordt niet herkend; niet overgenomen: "${clip(text)}"`);
    }
    theme.rows++;
    kader.rows.push({ number: theme.rows, table: table.number, row: row.number, ...(current ? { current } : {}), ...(previous ? { previous } : {}) });
  }
  return theme;
}

/** A jaarafspraak cell: its text, and the trekker/gereed line under it. */
function afspraak(blocks: Parameters<typeof splitNotes>[0], where: string, ctx: CellContext): AfspraakDraft | undefined {
  const notes = splitNotes(blocks, where, ctx);
  const text = cellMarkdown(notes.blocks, where, ctx);
  if (!text) {
    const note = cellPlain(blocks);
    if (note) ctx.warnings.add(where, `een regel met trekker of gereed zonder tekst van een afspraak; niet overgenomen: "${clip(note)}"`);
    return undefined;
  }
  return { text, ...(notes.trekker ? { trekker: notes.trekker } : {}), ...(notes.gereed ? { gereed: notes.gereed } : {}) };
}
