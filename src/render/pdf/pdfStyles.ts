/**
 * The PDF's text styles, from the shared typography (the Word renderer uses
 * the same sizes and colours). Sizes in points, colours as hex without '#'.
 */
import type { ParagraphStyle } from '../../document/types.js';
import { typography as t } from '../../document/typography.js';
import type { Face } from './pdfFonts.js';

export interface TextStyle {
  face: Face;
  size: number;
  /** Line height as a multiple of the size. */
  leading: number;
  color: string;
}

/** How a family of blocks (running prose, or table cells) is set. */
export interface BlockStyles {
  paragraph: Record<ParagraphStyle, TextStyle>;
  /** Space between paragraphs and before/after lists. */
  paragraphSpacing: number;
  /** Space between list items. */
  itemSpacing: number;
  /** Indent of the text of a list item from the bullet's left edge (hanging indent). */
  listIndent: number;
}

const c = t.colors;

const body: TextStyle = { face: 'regular', size: t.body.size, leading: t.body.leading, color: c.text };

export const proseStyles: BlockStyles = {
  paragraph: {
    body,
    title: { face: 'semibold', size: t.title.size, leading: t.title.leading, color: c.accent },
    subtitle: { face: 'regular', size: t.subtitle.size, leading: t.subtitle.leading, color: c.muted },
    note: { face: 'regular', size: t.note.size, leading: t.note.leading, color: c.muted },
    signing: { ...body, face: 'semibold' },
  },
  paragraphSpacing: t.paragraphSpacing,
  itemSpacing: t.list.itemSpacing,
  listIndent: t.list.indent,
};

const cell: TextStyle = { face: 'regular', size: t.table.size, leading: t.table.leading, color: c.text };

export const cellStyles: BlockStyles = {
  paragraph: {
    body: cell,
    title: { ...cell, face: 'semibold' },
    subtitle: { ...cell, face: 'semibold' },
    note: { face: 'regular', size: t.note.size, leading: t.table.leading, color: c.muted },
    signing: cell,
  },
  paragraphSpacing: t.table.paragraphSpacing,
  itemSpacing: t.table.itemSpacing,
  listIndent: t.table.listIndent,
};

export const headerCellStyles: BlockStyles = {
  ...cellStyles,
  paragraph: { ...cellStyles.paragraph, body: { face: 'semibold', size: t.tableHeader.size, leading: t.table.leading, color: c.headerText } },
};

/** The continued label after a repeated spanning cell. */
export const continuedStyle: TextStyle = { face: 'italic', size: t.note.size, leading: t.table.leading, color: c.muted };

export const headingStyles: Record<1 | 2, TextStyle & { spaceBefore: number; spaceAfter: number }> = {
  1: { face: 'semibold', size: t.heading1.size, leading: t.heading1.leading, color: c.accent, spaceBefore: t.heading1.spaceBefore, spaceAfter: t.heading1.spaceAfter },
  2: { face: 'semibold', size: t.heading2.size, leading: t.heading2.leading, color: c.accent, spaceBefore: t.heading2.spaceBefore, spaceAfter: t.heading2.spaceAfter },
};

export const footerStyle: TextStyle = { face: 'regular', size: t.footer.size, leading: t.footer.leading, color: c.muted };
