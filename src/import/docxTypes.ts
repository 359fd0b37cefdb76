/**
 * The small intermediate form the Word reader produces: what a reader of the
 * document sees (paragraphs with their formatting, headings, lists, tables
 * with their merged cells), without Word's styling. The mapping to a
 * raamovereenkomst and jaarschijven reads only this.
 */
import type { Mark } from '../model/richtext.js';

export interface DocText {
  type: 'text';
  text: string;
  marks: readonly Mark[];
  /** Link target, as the document's relationship names it. */
  href?: string;
}

export interface DocBreak {
  type: 'break';
}

export type DocInline = DocText | DocBreak;

export interface DocParagraph {
  type: 'paragraph';
  /** The style's name as Word shows it ("heading 1", "Title", "List Paragraph"), if any. */
  style?: string;
  /** 1 for a top-level heading, from the style's or the paragraph's outline level. */
  headingLevel?: number;
  title: boolean;
  subtitle: boolean;
  /** A line of a table of contents (TOC styles). */
  toc: boolean;
  list?: { level: number; ordered: boolean };
  inlines: readonly DocInline[];
  /** Descriptions (alternative text) of the pictures in the paragraph. */
  images: readonly string[];
  /** Text boxes anchored in the paragraph: their own paragraphs. */
  textBoxes: readonly DocParagraph[];
  /** Content the toolkit cannot take over (a formula, an embedded object, hidden text), described for a warning. */
  issues: readonly string[];
}

export interface DocCell {
  /** First grid column of the cell (0-based), after w:gridBefore and the spans before it. */
  gridColumn: number;
  gridSpan: number;
  /** Vertical merge: the first cell of a merge, or one that continues the cell above. */
  vMerge?: 'restart' | 'continue';
  blocks: readonly DocBlock[];
}

export interface DocRow {
  /** Marked as a header row that repeats on each page (w:tblHeader). */
  header: boolean;
  cells: readonly DocCell[];
}

export interface DocTable {
  type: 'table';
  /** 1-based number among the document's tables, in reading order (nested tables included). */
  number: number;
  rows: readonly DocRow[];
}

export type DocBlock = DocParagraph | DocTable;

export interface DocxDocument {
  body: readonly DocBlock[];
  /** Paragraphs of the page headers and footers. */
  headers: readonly DocParagraph[];
  footers: readonly DocParagraph[];
  /** Footnotes and endnotes, each as its paragraphs. */
  notes: readonly { kind: 'voetnoot' | 'eindnoot'; number: number; paragraphs: readonly DocParagraph[] }[];
  comments: number;
  /** Tracked changes read as accepted (insertions kept, deletions left out). */
  trackedChanges: number;
  /** The package's document properties (docProps/core.xml). */
  properties: { title?: string; subject?: string; keywords?: string };
}

/** The text a reader sees: line breaks as "\n". */
export function inlineText(inlines: readonly DocInline[]): string {
  return inlines.map((i) => (i.type === 'break' ? '\n' : i.text)).join('');
}

export function paragraphText(p: DocParagraph): string {
  return inlineText(p.inlines);
}

export { oneLine } from '../model/oneLine.js';

export function blocksText(blocks: readonly DocBlock[]): string {
  return blocks
    .map((b) => (b.type === 'paragraph' ? paragraphText(b) : b.rows.map((r) => r.cells.map((c) => blocksText(c.blocks)).join(' ')).join(' ')))
    .join('\n');
}
