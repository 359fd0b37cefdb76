/**
 * The one intermediate document model. The document builders turn a loaded
 * jaarschijf (or a diff, or a coverage report) into this; the Word, PDF and
 * HTML renderers read nothing else. All wording, numbering, row alignment
 * and column widths are resolved here, once, so every renderer shows the
 * same document.
 */
import type { Inline, Mark, TextRun } from '../model/richtext.js';
import type { Logo } from '../sources/logos.js';

export type { Inline, Mark, TextRun, Logo };

export interface DocumentModel {
  meta: DocumentMeta;
  page: PageLayout;
  /** The parties' logos, left to right, and where they stand. */
  header: PageHeader;
  /** Footer line of every page, e.g. "Pagina {page} van {pages}". */
  footer: readonly FooterPart[];
  /** Marks every page of a draft ("CONCEPT"). */
  watermark?: string;
  sections: readonly Section[];
  /** A report (coverage, diff): what its page shows above the sections, and how its rows can be filtered. */
  report?: ReportFrame;
}

/** The frame of a report page: the HTML writer puts it in the page's header, the Markdown writer under the title, Word and PDF at the top of the first page (pagedReport). */
export interface ReportFrame {
  /** Which report: the HTML writer's page template and its filters. */
  kind: 'coverage' | 'coverage-years' | 'diff' | 'monitor';
  subtitle: string;
  /** A sentence the page shows prominently under the subtitle (the monitor's "made-up statuses"). */
  note?: string;
  /** The summary sentences. */
  summary: readonly string[];
  /** The share covered, in percent, for a bar beside the summary. */
  meter?: number;
  /** Filters on the rows' tags: a label, and the choices (a single toggle when there are none). */
  filter?: { label: string; choices?: readonly { tag: string; label: string; count: number; checked: boolean }[] };
}

export interface DocumentMeta {
  title: string;
  subject: string;
  /** The parties, comma-separated: Word's author, PDF's /Author. */
  author: string;
  /** The gemeente: Word's company. */
  company: string;
  keywords: readonly string[];
  /** BCP 47 language tag of the text. */
  language: string;
  /** Creation and modification date (YYYY-MM-DD), taken from the source, never the clock. */
  date: string;
  /** Base name of output files, e.g. "harderwijk-2024". */
  fileName: string;
  draft: boolean;
  /** Author and date of tracked changes, when the document is a redline. */
  revision?: { author: string; date: string };
}

/** Page geometry in PDF points (1/72 inch). */
export interface PageLayout {
  size: 'A4';
  orientation: 'landscape' | 'portrait';
  width: number;
  height: number;
  /** The body area's distance from each page edge. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Distance from the top edge to the logo band, and the band's height. */
  headerTop: number;
  headerHeight: number;
  /** Distance from the bottom edge to the footer's baseline area. */
  footerBottom: number;
  /** Widest line for running text, so prose stays readable on a wide page. */
  proseWidth: number;
}

export type FooterPart = { type: 'text'; text: string } | { type: 'page' } | { type: 'pages' };

/**
 * Where the logos stand: 'band' in the header of every page (a few parties),
 * or 'first-page': in one or two rows on the first page only, each at least
 * `minLogoHeight` high, and no band on later pages (many parties: a band of
 * fourteen logos would make each too small to read).
 */
export interface PageHeader {
  logos: readonly Logo[];
  placement?: 'band' | 'first-page';
  /** Points; for 'first-page'. */
  minLogoHeight?: number;
}

export interface Section {
  /** Stable anchor id ("thema-1", "ondertekening"). */
  id: string;
  /** Bookmark / outline title. */
  bookmark: string;
  startOnNewPage: boolean;
  blocks: readonly Block[];
  /** The cover page: no logo band, no footer, no page number shown (it still counts). */
  cover?: boolean;
}

export type ParagraphStyle = 'body' | 'title' | 'subtitle' | 'note' | 'signing';

export interface Paragraph {
  type: 'paragraph';
  inlines: readonly Inline[];
  /** Defaults to 'body'. 'note' is the small secondary line in a cell (trekker, gereed). */
  style?: ParagraphStyle;
}

export interface List {
  type: 'list';
  items: readonly (readonly CellBlock[])[];
  /** A numbered list (1., 2., ...; Word: a decimal numbering), from `start` (default 1). */
  ordered?: boolean;
  start?: number;
}

/**
 * A heading: level 1 a chapter, 2 and 3 its sections, 4 a sub-heading inside
 * a text. A heading never ends a page: it keeps with what follows (its first
 * lines, or a table's header and first row).
 */
export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  /** As shown, its number included ("2.1 Sociale huisvesting"). */
  text: string;
  /** Anchor id for links and bookmarks. */
  anchor: string;
  /** Listed in the table of contents and the bookmarks (default: levels 1 to 3). */
  toc?: boolean;
}

/**
 * The table of contents: every heading with `toc` of the document, up to
 * `depth`, with its page number and a link to it. Word: a TOC field; PDF: the
 * real page numbers; HTML and Markdown: links.
 */
export interface Contents {
  type: 'contents';
  title: string;
  depth: 1 | 2 | 3;
}

/** Logos in one or two rows (the cover, the first page of a document with many parties). */
export interface Logos {
  type: 'logos';
  logos: readonly Logo[];
  /** Points: no logo is drawn lower than this. */
  minHeight: number;
}

export interface Table {
  type: 'table';
  anchor: string;
  /** What the table holds, for screen readers (PDF /Summary, Word table description). */
  summary: string;
  columns: readonly Column[];
  /** One header row, repeated on every page the table continues on. */
  header: readonly string[];
  rows: readonly Row[];
  /** Shown after a spanning cell's text when it is repeated on a new page. */
  continuedLabel: string;
}

export interface Column {
  /** Fraction of the table width; the fractions of a table add up to 1. */
  width: number;
  /** 'number' columns hold the row number and are set narrow and right-aligned. */
  kind: 'number' | 'text';
}

export interface Row {
  /** Only the cells that start in this row, left to right. */
  cells: readonly Cell[];
  /** Anchor id, for links into the row (HTML reports). */
  anchor?: string;
  /** Free labels a report can filter on (HTML data attributes), e.g. "added". */
  tags?: readonly string[];
  /** Tracked change of the whole row (redline). */
  change?: 'insert' | 'delete';
}

export interface Cell {
  /** Index of the column the cell starts in. */
  column: number;
  /** Number of rows the cell spans (1 = no span). */
  rowSpan: number;
  blocks: readonly CellBlock[];
  /** Background colour (hex, no '#'), e.g. a status's tint; the cell's text says the same in words. */
  fill?: string;
}

export type CellBlock = Paragraph | List;

export interface Signatory {
  name: string;
  /** Printed lines under the signing space: "E. Enklaar, wethouder gemeente Harderwijk", "namens ...". */
  lines: readonly string[];
  /** Unique name of the digital signature field (PDF). */
  fieldName: string;
}

export interface Signatures {
  type: 'signatures';
  signatories: readonly Signatory[];
}

/**
 * A chart: vector graphics with a caption, a description for readers who
 * cannot see it, and its data as a table under it.
 */
export interface Figure {
  type: 'figure';
  anchor: string;
  /** "Figuur 1. Stand van de afspraken per thema". */
  caption: string;
  /** The chart as SVG, its text set in Source Sans 3. */
  svg: string;
  /** The chart's size in points (the SVG's own units); a writer scales it down to fit, never up. */
  width: number;
  height: number;
  /** What the chart shows, in words: Word's alt text, the PDF's /Alt, the HTML's accessible name. */
  alt: string;
  /** The chart's data. */
  table: Table;
  /** Names the table where it stands apart from its chart (moved to the next page): "Gegevens bij figuur 3". */
  dataLabel: string;
}

export type Block = Paragraph | List | Heading | Table | Signatures | Contents | Logos | Figure;

/**
 * One handler per block type. A renderer declares its table with this type,
 * so adding a block type fails to compile until every renderer handles it.
 */
export type BlockHandlers<R, C> = { [K in Block['type']]: (block: Extract<Block, { type: K }>, context: C) => R };
export type InlineHandlers<R, C> = { [K in Inline['type']]: (inline: Extract<Inline, { type: K }>, context: C) => R };
