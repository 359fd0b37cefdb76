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
} as const;
