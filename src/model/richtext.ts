/**
 * Rich text: what the Markdown in a text field means, after parsing.
 * Inlines are flat runs with marks rather than a nested tree: every renderer
 * (Word runs, PDF text spans, HTML) wants runs.
 */
export type Mark = 'bold' | 'italic' | 'underline';

/** A tracked change on a run, used by the redline (diff as Word). */
export type Change = 'insert' | 'delete';

export interface TextRun {
  type: 'text';
  text: string;
  marks: readonly Mark[];
  /** Link target: http, https or mailto, or `#anchor` for a place in the document (an annex, a section). */
  href?: string;
  change?: Change;
}

export interface LineBreak {
  type: 'break';
  /** A tracked change (redline): a line break inserted or deleted with the text around it. */
  change?: Change;
}

export type Inline = TextRun | LineBreak;

export interface Paragraph {
  type: 'paragraph';
  inlines: readonly Inline[];
}

export interface BulletList {
  type: 'list';
  items: readonly (readonly RichBlock[])[];
  /** A numbered list ("1." Markdown), from `start`. */
  ordered?: boolean;
  start?: number;
}

/** What a text may hold inside a table cell (an agreement): paragraphs and lists. */
export type RichBlock = Paragraph | BulletList;

/** A heading inside a long text (`##`..`####`), as written: depth 2 to 4. */
export interface TextHeading {
  type: 'heading';
  depth: 2 | 3 | 4;
  inlines: readonly Inline[];
}

/** A GFM table inside a long text: a header row and rows of cells, each a line of inlines. */
export interface TextTable {
  type: 'table';
  header: readonly (readonly Inline[])[];
  /** Per column: left, right, center, or none given. */
  align: readonly ('left' | 'right' | 'center' | null)[];
  rows: readonly (readonly (readonly Inline[])[])[];
}

/** What a long text (an introduction, a chapter, an annex) may hold: also headings and tables. */
export type LongTextBlock = RichBlock | TextHeading | TextTable;

export function textRun(text: string, marks: readonly Mark[] = [], extra: Partial<TextRun> = {}): TextRun {
  return { type: 'text', text, marks, ...extra };
}

/** The plain text of rich blocks: paragraphs joined by blank lines, list items by newlines. */
export function plainText(blocks: readonly LongTextBlock[]): string {
  return blocks.map(blockText).join('\n\n');
}

const inlineText = (inlines: readonly Inline[]) => inlines.map((i) => (i.type === 'break' ? '\n' : i.text)).join('');

function blockText(block: LongTextBlock): string {
  if (block.type === 'paragraph' || block.type === 'heading') return inlineText(block.inlines);
  if (block.type === 'table') return [block.header, ...block.rows].map((row) => row.map(inlineText).join('\t')).join('\n');
  return block.items.map((item) => item.map(blockText).join('\n')).join('\n');
}
