/**
 * Small functions that build document-model nodes (compare prettier's
 * document builders), so that a section builder says what it shows rather
 * than spelling out object literals.
 */
import { textRun, type Mark } from '../model/richtext.js';
import type { Block, CellBlock, Heading, Inline, Paragraph, ParagraphStyle, Section } from './types.js';

/** A paragraph of plain text (with marks), or of inlines. */
export function paragraph(content: string | readonly Inline[], style?: ParagraphStyle, marks: readonly Mark[] = []): Paragraph {
  const inlines = typeof content === 'string' ? [textRun(content, marks)] : content;
  return style && style !== 'body' ? { type: 'paragraph', style, inlines } : { type: 'paragraph', inlines };
}

/** The small secondary line in a cell (trekker, gereed, a status). */
export function note(content: string | readonly Inline[], marks: readonly Mark[] = []): Paragraph {
  return paragraph(content, 'note', marks);
}

export function heading(level: Heading['level'], text: string, anchor: string): Heading {
  return { type: 'heading', level, text, anchor };
}

export function section(id: string, bookmark: string, blocks: readonly Block[], options: { startOnNewPage?: boolean } = {}): Section {
  return { id, bookmark, startOnNewPage: options.startOnNewPage ?? false, blocks };
}

/** Rich blocks of a cell (a parsed text is already CellBlocks). */
export function cellBlocks(blocks: readonly CellBlock[] | undefined): CellBlock[] {
  return blocks ? [...blocks] : [];
}
