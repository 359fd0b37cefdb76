import type { DocumentModel } from '../../document/types.js';

export async function renderPdf(_doc: DocumentModel): Promise<Uint8Array> {
  throw new Error('not implemented');
}
