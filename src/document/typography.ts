/**
 * The typographic choices shared by the Word and PDF renderers, so both
 * documents look alike. Sizes in points.
 */
export const typography = {
  fontFamily: 'Source Sans 3',
  body: { size: 10, leading: 1.3 },
  table: { size: 8.5, leading: 1.22, padding: 4 },
  tableHeader: { size: 8.5 },
  note: { size: 7.5 },
  title: { size: 24 },
  heading1: { size: 15, spaceBefore: 14, spaceAfter: 6 },
  heading2: { size: 12, spaceBefore: 10, spaceAfter: 4 },
  heading3: { size: 11, spaceBefore: 8, spaceAfter: 3 },
  heading4: { size: 10, spaceBefore: 6, spaceAfter: 2 },
  footer: { size: 8 },
  /** A figure's caption, above the chart. */
  caption: { size: 9.5, spaceBefore: 10 },
  paragraphSpacing: 6,
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
