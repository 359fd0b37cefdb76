/**
 * The page header (party logos, evenly spaced over the body width and scaled
 * to the band height; the draft mark) and the footer ("Pagina X van Y" with
 * PAGE and NUMPAGES fields).
 */
import { Footer, Header, ImageRun, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { DocumentModel, FooterPart, Logo } from '../../document/types.js';
import { typography as t } from '../../document/typography.js';
import { styleIds } from './docxStyles.js';
import { logoFallbackPng } from './logoFallbackPng.js';
import { pixels, twips } from './units.js';

export function pageHeader(doc: DocumentModel): Header {
  const { logos } = doc.header;
  const bodyWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const slot = bodyWidth / Math.max(1, logos.length);
  const children: ParagraphChild[] = logos.flatMap((logo) => [new TextRun({ children: [new Tab()] }), logoImage(logo, slot * 0.85, doc.page.headerHeight)]);
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

/** A logo at the band height, narrower when it would not fit its slot. */
function logoImage(logo: Logo, maxWidth: number, bandHeight: number): ImageRun {
  const scale = Math.min(bandHeight / logo.height, maxWidth / logo.width);
  const transformation = { width: Math.round(pixels(logo.width * scale)), height: Math.round(pixels(logo.height * scale)) };
  const altText = { name: logo.name, description: logo.name, title: logo.name };
  if (logo.format === 'png') return new ImageRun({ type: 'png', data: logo.data, transformation, altText });
  const fallback = { type: 'png' as const, data: logoFallbackPng(logo, transformation.width) };
  return new ImageRun({ type: 'svg', data: logo.data, fallback, transformation, altText });
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
