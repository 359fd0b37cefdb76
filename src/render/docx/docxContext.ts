/** What the block and inline handlers share while one document is rendered. */
import type { Section } from '../../document/types.js';
import type { Change } from '../../model/richtext.js';

export interface DocxContext {
  /** Inside a table cell: table text styles and the narrow bullet list. */
  inCell: boolean;
  /** Width of the body in twips. */
  bodyWidth: number;
  /** Widest line of running text in twips (the PDF's measure for prose), or the body width when that is narrower. */
  proseWidth: number;
  /** Author and date of tracked changes. */
  revision: { author: string; date: string };
  /** A tracked change that applies to everything inside, e.g. the text of an inserted row. */
  change?: Change;
  /** The next w:id for a tracked change, unique in the document. */
  nextChangeId: () => number;
  /** The first paragraph of a section that starts on a new page. */
  pageBreakBefore?: boolean;
  /** A section's anchor that a link points to: bookmarked at the start of the section's first block. */
  anchorBefore?: string;
  /** XML of the tables written here, spliced into the body after docx has written it. */
  spliced: string[];
  /** Bookmark names placed so far: Word wants each once. */
  bookmarks: Set<string>;
  /** The Word bookmark name of an anchor, the same for a link and its target, unique in the document. */
  bookmarkName: (anchor: string) => string;
  /** The anchors the document's internal links point to: a section or a table is bookmarked only then. */
  linked: ReadonlySet<string>;
  /** The document's sections, for the headings a table of contents lists. */
  sections: readonly Section[];
  /** A new instance of a numbered list, so each list counts from its own start. */
  nextListInstance: () => number;
}
