/** Watermark and footer: page furniture, drawn as artifacts outside the structure tree. */
import type { DocumentModel } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import type { FontSet } from './FontSet.js';
import { artifact } from './PdfContext.js';
import type { Pdf } from './pdfkitInternals.js';
import { footerStyle } from './pdfStyles.js';

const textOptions = { lineBreak: false, baseline: 'alphabetic' } as const;

/** The draft mark, large and light across the page, drawn first so it lies behind the text. */
export function drawWatermark(doc: Pdf, fonts: FontSet, model: DocumentModel, text: string): void {
  const { width, height } = model.page;
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  const diagonal = Math.hypot(width, height);
  const size = Math.min(160, (0.6 * diagonal) / fonts.width('semibold', text, 1));
  const textWidth = fonts.width('semibold', text, size);
  const capHeight = fonts.ascent('semibold', size) * 0.66;
  artifact(doc, 'Pagination', () => {
    doc.save().rotate(-angle, { origin: [width / 2, height / 2] });
    fonts.use('semibold', size);
    doc.fillColor(`#${lighten(typography.colors.watermark, 0.14)}`);
    doc.text(text, width / 2 - textWidth / 2, height / 2 + capHeight / 2, { ...textOptions, characterSpacing: size * 0.05 });
    doc.restore();
  });
}

/**
 * "Pagina n van N" under the body of every page, right-aligned; on a draft
 * the mark again at the left, small and horizontal, so it survives black and
 * white printing and text extraction. A cover page shows no page number
 * (it still counts), only the draft mark.
 */
export function drawFooters(doc: Pdf, fonts: FontSet, model: DocumentModel, coverPages: ReadonlySet<number> = new Set()): void {
  const { start, count } = doc.bufferedPageRange();
  const { width, height, margins, footerBottom } = model.page;
  const s = footerStyle;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const text = model.footer.map((part) => (part.type === 'text' ? part.text : part.type === 'page' ? String(i + 1) : String(count))).join('');
    artifact(doc, 'Pagination', () => {
      if (text && !coverPages.has(i)) {
        fonts.use(s.face, s.size);
        doc.fillColor(`#${s.color}`);
        doc.text(text, width - margins.right - fonts.width(s.face, text, s.size), height - footerBottom, textOptions);
      }
      if (model.watermark) {
        fonts.use('semibold', s.size);
        doc.fillColor(`#${typography.colors.watermark}`);
        doc.text(model.watermark, margins.left, height - footerBottom, textOptions);
      }
    });
  }
}

/** The colour mixed with white: `strength` of the colour is kept (no transparency, which PDF/A viewers differ on). */
function lighten(hex: string, strength: number): string {
  return [0, 2, 4]
    .map((i) => Math.round(255 - (255 - Number.parseInt(hex.slice(i, i + 2), 16)) * strength))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
