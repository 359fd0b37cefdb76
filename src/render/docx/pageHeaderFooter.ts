/**
 * The page header (party logos, evenly spaced over the body width and scaled
 * to the band height; the draft mark) and the footer ("Pagina X van Y" with
 * PAGE and NUMPAGES fields). A document whose logos stand on its first page
 * ('first-page') has no band; a cover page has neither band nor footer.
 */
import { Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ImageRun, type ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { DocumentModel, FooterPart, Logo } from '../../document/types.js';
import { typography as t } from '../../document/typography.js';
import { styleIds } from './docxStyles.js';
import { logoImage } from './logoImage.js';
import { pixels, twips } from './units.js';

export function pageHeader(doc: DocumentModel): Header {
  if (doc.header.placement === 'first-page') return plainHeader(doc);
  const { logos } = doc.header;
  const bodyWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const slot = bodyWidth / Math.max(1, logos.length);
  const children: ParagraphChild[] = logos.flatMap((logo) => [new TextRun({ children: [new Tab()] }), bandLogo(logo, slot * 0.85, doc.page.headerHeight)]);
  if (doc.watermark) children.push(draftMark(doc.watermark));
  return new Header({
    children: [
      new Paragraph({
        style: styleIds.header,
        // One centred tab stop in the middle of each logo's slot.
        tabStops: logos.map((_, i) => ({ type: TabStopType.CENTER, position: twips(slot * (i + 0.5)) })),
        children,
      }),
    ],
  });
}

/** A header without the logo band: only the draft mark, on a draft (every page of a draft says so). */
export function plainHeader(doc: DocumentModel): Header {
  return new Header({ children: [new Paragraph({ style: styleIds.header, children: doc.watermark ? [draftMark(doc.watermark)] : [] })] });
}

/** A logo at the band height, narrower when it would not fit its slot. */
function bandLogo(logo: Logo, maxWidth: number, bandHeight: number): ImageRun {
  const scale = Math.min(bandHeight / logo.height, maxWidth / logo.width);
  return logoImage(logo, Math.round(pixels(logo.width * scale)), Math.round(pixels(logo.height * scale)));
}

/** Word's own watermark shape (Design > Watermark), so Word can remove it when the document is final. */
function draftMark(text: string): TextWatermark {
  return new TextWatermark({ text, font: t.fontFamily, bold: true, color: t.colors.watermark, opacity: 0.35, layout: 'diagonal' });
}

export function pageFooter(parts: readonly FooterPart[]): Footer {
  const runs = parts.map((part) => {
    if (part.type === 'page') return new TextRun({ children: [PageNumber.CURRENT] });
    if (part.type === 'pages') return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
    return new TextRun(part.text);
  });
  return new Footer({ children: [new Paragraph({ style: styleIds.footer, children: runs })] });
}

/** The cover's footer: nothing (its page still counts). */
export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: styleIds.footer })] });
}
