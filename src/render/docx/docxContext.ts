/** What the block and inline handlers share while one document is rendered. */
import type { Change } from '../../model/richtext.js';

export interface DocxContext {
  /** Inside a table cell: table text styles and the narrow bullet list. */
  inCell: boolean;
  /** Width of the body in twips. */
  bodyWidth: number;
  /** Width of running text in points (the PDF's measure for prose). */
  proseWidth: number;
  /** Author and date of tracked changes. */
  revision: { author: string; date: string };
  /** A tracked change that applies to everything inside, e.g. the text of an inserted row. */
  change?: Change;
  /** The next w:id for a tracked change, unique in the document. */
  nextChangeId: () => number;
  /** The first paragraph of a section that starts on a new page. */
  pageBreakBefore?: boolean;
  /** XML of the tables written here, spliced into the body after docx has written it. */
  spliced: string[];
  /** Bookmark names used so far: Word wants each once. */
  bookmarks: Set<string>;
}
