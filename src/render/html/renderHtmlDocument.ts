import type { DocumentModel } from '../../document/types.js';

export async function renderHtmlDocument(_doc: DocumentModel): Promise<string> {
  throw new Error('not implemented');
}
