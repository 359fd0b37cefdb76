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
  /** Link target (http, https or mailto only). */
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
}

export type RichBlock = Paragraph | BulletList;

export function textRun(text: string, marks: readonly Mark[] = [], extra: Partial<TextRun> = {}): TextRun {
  return { type: 'text', text, marks, ...extra };
}

/** The plain text of rich blocks: paragraphs joined by blank lines, list items by newlines. */
export function plainText(blocks: readonly RichBlock[]): string {
  return blocks.map(blockText).join('\n\n');
}

function blockText(block: RichBlock): string {
  if (block.type === 'paragraph') {
    return block.inlines.map((i) => (i.type === 'break' ? '\n' : i.text)).join('');
  }
  return block.items.map((item) => item.map(blockText).join('\n')).join('\n');
}
