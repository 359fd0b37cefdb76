/**
 * The layout decisions shared by the Word and PDF renderers, so both
 * documents set the same lines and the same spaces, and a page reference
 * in one holds in the other as far as Word allows. Sizes in points.
 *
 * Vertical space is given as the PDF places it: each block asks for space
 * before and after it, and between two blocks the larger of the two
 * applies (none at the top of a page). The Word renderer writes the same
 * gaps as Word's space before and after.
 */
import type { Block, Paragraph } from './types.js';

export const typography = {
  fontFamily: 'Source Sans 3',
  /**
   * The font's own line height as a multiple of its size: (hhea ascender -
   * descender + line gap) / units per em of Source Sans 3. Word and
   * LibreOffice take "multiple" line spacing as a multiple of this, so a
   * leading of 1.3 is written there as 1.3 / 1.326 lines.
   */
  fontLineHeight: 1.326,
  /** `leading`: line height as a multiple of the size. */
  body: { size: 10, leading: 1.3 },
  title: { size: 24, leading: 1.15, spaceAfter: 16 },
  subtitle: { size: 12, leading: 1.25 },
  /** Headings: level 1 a chapter, 2 and 3 its sections, 4 a sub-heading inside a text, each a step smaller. */
  heading1: { size: 15, leading: 1.2, spaceBefore: 14, spaceAfter: 6 },
  heading2: { size: 12, leading: 1.2, spaceBefore: 10, spaceAfter: 4 },
  heading3: { size: 10.5, leading: 1.25, spaceBefore: 9, spaceAfter: 3 },
  heading4: { size: 10, leading: 1.3, spaceBefore: 8, spaceAfter: 2 },
  note: { size: 7.5, leading: 1.3 },
  footer: { size: 8, leading: 1.2 },
  /** A figure's caption, above the chart. */
  caption: { size: 9.5, leading: 1.25, spaceBefore: 10 },
  /** Space before a paragraph or list of running text. */
  paragraphSpacing: 6,
  /** Bullet lists in running text: the text's indent from the bullet, the space between items. */
  list: { indent: 14, itemSpacing: 2 },
  /** Tables: text size and leading, cell padding on every side, the spaces inside a cell and around the table. */
  table: { size: 8.5, leading: 1.22, padding: 4, paragraphSpacing: 3, itemSpacing: 1.5, listIndent: 9, spaceBefore: 8, spaceAfter: 12 },
  tableHeader: { size: 8.5 },
  /**
   * Hyphenation (Dutch patterns): a word of at least `minLetters` letters at a
   * line's end is hyphenated only when moving it whole would leave a gap of
   * `minGapShare` of the line and at least `minGapEms` ems (Word: the
   * hyphenation zone). Wide prose lines so rarely hyphenate, narrow columns do.
   */
  hyphenation: { minLetters: 7, minGapShare: 0.12, minGapEms: 3 },
  /** Lines a lead-in ("..., vindt u per thema:") may have and still keep with what it introduces; lines of a list never split over two pages. */
  keep: { leadInLines: 3, shortListLines: 6 },
  /** Rows of logos in the text (a cover, the first page of a document with many parties): the space around them. */
  logos: { spaceBefore: 12, spaceAfter: 12 },
  /** The signatories' grid: space to sign above a line, then the name (body, semibold) and the party. */
  signatures: {
    spaceBefore: 24,
    spaceAfter: 6,
    signHeight: 62,
    lineToText: 5,
    columnGap: 28,
    rowGap: 30,
    /** A signatory's block is at least this wide: three in a row on landscape A4, two on portrait. */
    minColumnWidth: 220,
    maxColumns: 3,
    partySize: 9,
  },
  colors: {
    text: '1A1A1A',
    accent: '1F4E79',
    headerFill: '1F4E79',
    headerText: 'FFFFFF',
    rule: 'A6A6A6',
    zebra: 'F2F5F9',
    muted: '595959',
    link: '1F4E79',
    inserted: '1B6E20',
    deleted: 'A4262C',
    watermark: 'C00000',
  },
  /**
   * The monitor's statuses: a strong colour for chart marks, a light tint for
   * table cells. Their lightness steps apart, so a grey print still tells the
   * neighbouring bars apart; the word is always shown too.
   */
  status: {
    // Grey levels (0.299 R + 0.587 G + 0.114 B) about 40 apart: 153, 69, 194, 232, 110.
    gereed: { mark: '79B36B', tint: 'E3F0E0', label: '1A1A1A' },
    'op schema': { mark: '1F4E79', tint: 'E2EAF3', label: 'FFFFFF' },
    vertraagd: { mark: 'F5C04A', tint: 'FDF0D2', label: '1A1A1A' },
    'niet gestart': { mark: 'E8E8E8', tint: 'F0F0F0', label: '1A1A1A' },
    vervallen: { mark: '6E6E6E', tint: 'E0E0E0', label: 'FFFFFF' },
  },
  /** Series of one kind in charts (phases, woningcorporaties), dark to light. */
  series: ['1F4E79', '4F81B4', '9DBBDD', 'C9DAEC'],
  /** A target band behind chart lines. */
  band: 'CFE5C9',
} as const;

/** How many signatories stand in a row of the grid on a body this wide. */
export function signatureColumns(bodyWidth: number, signatories: number): number {
  const s = typography.signatures;
  return Math.max(1, Math.min(s.maxColumns, Math.floor((bodyWidth + s.columnGap) / (s.minColumnWidth + s.columnGap)), signatories));
}

/** A paragraph ending in a colon introduces what follows it (a lead-in); both renderers keep a short one with that. */
export function endsWithColon(p: Paragraph): boolean {
  const last = p.inlines[p.inlines.length - 1];
  return last?.type === 'text' && last.text.trimEnd().endsWith(':');
}

/** The typography of each heading level. */
const headingTypography = {
  1: typography.heading1,
  2: typography.heading2,
  3: typography.heading3,
  4: typography.heading4,
} as const;

export interface BlockSpacing {
  before: number;
  after: number;
}

/** One entry per block type: a new block type fails to compile until it has its spacing. */
const spacing: { [K in Block['type']]: (block: Extract<Block, { type: K }>) => BlockSpacing } = {
  paragraph: (p) => (p.style === 'title' ? { before: 0, after: typography.title.spaceAfter } : { before: typography.paragraphSpacing, after: 0 }),
  list: () => ({ before: typography.paragraphSpacing, after: 0 }),
  heading: (h) => {
    const style = headingTypography[h.level];
    return { before: style.spaceBefore, after: style.spaceAfter };
  },
  table: () => ({ before: typography.table.spaceBefore, after: typography.table.spaceAfter }),
  signatures: () => ({ before: typography.signatures.spaceBefore, after: typography.signatures.spaceAfter }),
  // The contents' title is set as a chapter heading; after its entries the space of a paragraph.
  contents: () => ({ before: typography.heading1.spaceBefore, after: typography.paragraphSpacing }),
  logos: () => ({ before: typography.logos.spaceBefore, after: typography.logos.spaceAfter }),
  // A chart: its caption's space before; after its data table, a table's.
  figure: () => ({ before: typography.caption.spaceBefore, after: typography.table.spaceAfter }),
};

/** The space a block of running text asks for above and below it; between two blocks the larger applies. */
export function blockSpacing(block: Block): BlockSpacing {
  return (spacing[block.type] as (b: Block) => BlockSpacing)(block);
}

/** The space between two consecutive blocks (on one page). */
export function spaceBetween(previous: Block, next: Block): number {
  return Math.max(blockSpacing(previous).after, blockSpacing(next).before);
}
