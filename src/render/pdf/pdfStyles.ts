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

/** A cover page: the title larger, the subtitle and date under it a step smaller than a chapter heading. */
export const coverStyles: BlockStyles = {
  ...proseStyles,
  paragraph: {
    ...proseStyles.paragraph,
    title: { ...proseStyles.paragraph.title, size: 32, leading: 1.1 },
    subtitle: { ...proseStyles.paragraph.subtitle, size: 14, leading: 1.3 },
  },
  paragraphSpacing: 10,
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

export type HeadingStyle = TextStyle & { spaceBefore: number; spaceAfter: number };

const heading = (style: { size: number; leading: number; spaceBefore: number; spaceAfter: number }, color: string): HeadingStyle => ({
  face: 'semibold',
  size: style.size,
  leading: style.leading,
  color,
  spaceBefore: style.spaceBefore,
  spaceAfter: style.spaceAfter,
});

/**
 * Level 1 a chapter, 2 and 3 its sections, 4 a sub-heading inside a text:
 * each step smaller, the last in the text colour, so the levels read apart
 * without numbers.
 */
export const headingStyles: Record<1 | 2 | 3 | 4, HeadingStyle> = {
  1: heading(t.heading1, c.accent),
  2: heading(t.heading2, c.accent),
  3: heading(t.heading3, c.accent),
  4: heading(t.heading4, c.text),
};

/** The table of contents: chapters in semibold, their sections indented in the body face. */
export const contentsStyles = {
  chapter: { face: 'semibold', size: t.body.size, leading: t.body.leading, color: c.text } satisfies TextStyle,
  section: { face: 'regular', size: t.body.size, leading: t.body.leading, color: c.text } satisfies TextStyle,
  /** Indent per level below the first. */
  indent: 16,
  /** Space above a chapter's entry, and above any other. */
  chapterSpace: 6,
  entrySpace: 1.5,
};

/** A figure's caption, above the chart. */
export const captionStyle: TextStyle = { face: 'semibold', size: t.caption.size, leading: t.caption.leading, color: c.accent };

export const footerStyle: TextStyle = { face: 'regular', size: t.footer.size, leading: t.footer.leading, color: c.muted };
