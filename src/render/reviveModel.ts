import type { DocumentModel } from '../document/types.js';

/**
 * A document model that came through postMessage: structured cloning turns
 * Buffers into plain Uint8Arrays; the renderers get Buffers, as on the main
 * thread.
 */
export function reviveModel(doc: DocumentModel): DocumentModel {
  const logos = doc.header.logos.map((logo) => ({ ...logo, data: Buffer.from(logo.data.buffer, logo.data.byteOffset, logo.data.byteLength) }));
  return { ...doc, header: { ...doc.header, logos } };
}
