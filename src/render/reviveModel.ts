import type { DocumentModel, Logo } from '../document/types.js';

/**
 * A document model that came through postMessage: structured cloning turns
 * Buffers into plain Uint8Arrays; the renderers get Buffers, as on the main
 * thread (the header's logos and those of Logos blocks: a cover, a first page).
 */
export function reviveModel(doc: DocumentModel): DocumentModel {
  const revive = (logo: Logo): Logo => ({ ...logo, data: Buffer.from(logo.data.buffer, logo.data.byteOffset, logo.data.byteLength) });
  const sections = doc.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block) => (block.type === 'logos' ? { ...block, logos: block.logos.map(revive) } : block)),
  }));
  return { ...doc, header: { ...doc.header, logos: doc.header.logos.map(revive) }, sections };
}
