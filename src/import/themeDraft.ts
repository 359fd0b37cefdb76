/**
 * Themes as read from the tables, before ids are given: per doelstelling its
 * kaderafspraken, per kaderafspraak its rows with this year's and last year's
 * agreement; or, for a theme of this year only, its agreements in order.
 */
import { oneLine } from '../model/oneLine.js';
import type { Party } from '../model/schema.js';
import type { TableLayout } from './columns.js';
import type { DocBlock } from './docxTypes.js';
import { blocksToMarkdown } from './toMarkdown.js';
import { resolveTrekker } from './trekker.js';
import type { Warnings } from './warnings.js';

export interface AfspraakDraft {
  text: string;
  toelichting?: string;
  trekker?: string[];
  gereed?: string;
}

export interface KaderRow {
  /** Row number within the theme (1-based), as the document numbers its rows. */
  number: number;
  /** Where the row is in the Word document. */
  table: number;
  row: number;
  current?: AfspraakDraft;
  previous?: AfspraakDraft;
}

export interface KaderDraft {
  text: string;
  rows: KaderRow[];
}

export interface DoelDraft {
  text: string;
  kaders: KaderDraft[];
}

export interface ThemeDraft {
  title: string;
  layout: TableLayout;
  /** Markdown pieces of the intro, in order. */
  intro: string[];
  doelstellingen: DoelDraft[];
  afspraken: { number: number; afspraak: AfspraakDraft }[];
  rows: number;
}

export function newTheme(title: string, layout: TableLayout): ThemeDraft {
  return { title, layout, intro: [], doelstellingen: [], afspraken: [], rows: 0 };
}

/** What reading cells needs: where to warn, and the parties a trekker may name. */
export interface CellContext {
  warnings: Warnings;
  parties: Readonly<Record<string, Party>>;
}

/** A cell's Markdown; what could not be taken over is warned about at the cell. */
export function cellMarkdown(blocks: readonly DocBlock[], where: string, ctx: CellContext): string {
  const { text, problems } = blocksToMarkdown(blocks);
  for (const p of problems) ctx.warnings.add(where, p.message);
  return text;
}

/** Plain text of a cell on one line (gereed, trekker): paragraphs joined by spaces. */
export function cellPlain(blocks: readonly DocBlock[]): string {
  return oneLine(blocks.flatMap((b) => (b.type === 'paragraph' ? [b.inlines.map((i) => (i.type === 'break' ? ' ' : i.text)).join('')] : [])).join(' '));
}

/** A trekker text -> ids; names that match no party or group are warned about. */
export function trekkerIds(text: string, where: string, ctx: CellContext): string[] | undefined {
  if (!text) return undefined;
  const { ids, unknown } = resolveTrekker(text, ctx.parties);
  if (unknown.length) {
    const known = ['gemeente', 'woningcorporaties', 'huurdersorganisaties', ...Object.values(ctx.parties).map((p) => p.shortName)].join(', ');
    ctx.warnings.add(where, `trekker "${unknown.join('", "')}" is geen partij of groep (bekend: ${known}); niet overgenomen uit "${text}"`);
  }
  return ids.length ? ids : undefined;
}

const notePattern = /^\s*(trekkers?|gereed)\s*:/i;

/**
 * The toolkit writes an agreement's trekker and deadline as a small line
 * under its text ("Trekker: Gemeente · Gereed: Q2 2024"); other documents
 * may have such lines too. They are read back into fields.
 */
export function splitNotes(blocks: readonly DocBlock[], where: string, ctx: CellContext): { blocks: DocBlock[]; trekker?: string[]; gereed?: string } {
  const kept = [...blocks];
  let trekker: string[] | undefined;
  let gereed: string | undefined;
  for (;;) {
    // The last paragraph with text, skipping empty ones after it.
    let at = kept.length - 1;
    while (at >= 0 && isEmptyBlock(kept[at]!)) at--;
    const last = at >= 0 ? kept[at] : undefined;
    if (!last || last.type !== 'paragraph' || last.list || !notePattern.test(cellPlain([last]))) break;
    const parts = cellPlain([last])
      .split(/\s+[·•|]\s+|\s*;\s*(?=(?:trekkers?|gereed)\s*:)/i)
      .map((part) => /^\s*(trekkers?|gereed)\s*:\s*(.*)$/i.exec(part));
    // A line with anything else in it stays text.
    if (parts.some((m) => !m)) break;
    for (const m of parts) {
      if (/^gereed$/i.test(m![1]!)) gereed = m![2]!.trim() || gereed;
      else trekker = trekkerIds(m![2]!.trim(), where, ctx) ?? trekker;
    }
    kept.splice(at, kept.length - at);
  }
  return { blocks: kept, ...(trekker ? { trekker } : {}), ...(gereed ? { gereed } : {}) };
}

/** A paragraph with nothing in it: no text, picture, text box or other content. */
export function isEmptyBlock(block: DocBlock): boolean {
  return block.type === 'paragraph' && !cellPlain([block]) && !block.images.length && !block.issues.length && !block.textBoxes.some((b) => cellPlain([b]));
}

/** "1. Thema Beschikbaarheid" -> "Beschikbaarheid". */
export function themeTitle(text: string): string {
  const one = oneLine(text);
  const title = one
    .replace(/^(hoofdstuk\s+)?\d+(\.\d+)*[.):]?\s*/i, '')
    .replace(/^thema\s*:?\s*/i, '')
    .replace(/[:.]\s*$/, '')
    .trim();
  return title || one;
}

/**
 * A row with one cell across the table, or a Thema column, names a theme:
 * the current one while it has no rows yet (its heading above the table is
 * then a heading over several themes), else the next.
 */
export function namedTheme(text: string, theme: ThemeDraft, start: (title: string) => ThemeDraft): ThemeDraft {
  if (!text) return theme;
  if (theme.rows === 0) {
    theme.title = themeTitle(text);
    return theme;
  }
  return start(themeTitle(text));
}
