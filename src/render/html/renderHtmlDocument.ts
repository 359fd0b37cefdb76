import type { DocumentModel, Logo } from '../../document/types.js';
import { renderHtmlTemplate } from './htmlTemplate.js';
import { renderSections } from './renderHtmlBlocks.js';

/** The whole document as one self-contained HTML page (logos inlined as data URLs). */
export async function renderHtmlDocument(doc: DocumentModel): Promise<string> {
  return renderHtmlTemplate('document', {
    lang: doc.meta.language,
    title: doc.meta.title,
    watermark: doc.watermark ?? '',
    logos: doc.header.logos.map(logoData),
    content: renderSections(doc.sections),
  });
}

export function logoData(logo: Logo): { src: string; alt: string } {
  const mime = logo.format === 'svg' ? 'image/svg+xml' : 'image/png';
  return { src: `data:${mime};base64,${Buffer.from(logo.data).toString('base64')}`, alt: logo.name };
}
