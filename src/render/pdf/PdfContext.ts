/** Everything a block handler needs while the PDF is being drawn. */
import type { DocumentModel } from '../../document/types.js';
import type { Flow } from './Flow.js';
import type { FontSet } from './FontSet.js';
import type { Pdf, StructElement } from './pdfkitInternals.js';

export interface PdfContext {
  doc: Pdf;
  fonts: FontSet;
  model: DocumentModel;
  flow: Flow;
  /** The structure element blocks of the current section go into. */
  section: StructElement;
  /** Named destinations made so far (anchors of headings and tables). */
  destinations: Set<string>;
}

/** Draw as an artifact (page furniture, repeated text): outside the structure tree. */
export function artifact(doc: Pdf, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
