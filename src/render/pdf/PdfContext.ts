/** Everything a block handler needs while the PDF is being drawn. */
import type { DocumentModel } from '../../document/types.js';
import type { Flow } from './Flow.js';
import type { FontSet } from './FontSet.js';
import type { Pdf, Ref, StructElement } from './pdfkitInternals.js';

export interface PdfContext {
  doc: Pdf;
  fonts: FontSet;
  model: DocumentModel;
  flow: Flow;
  /** The structure element blocks of the current section go into. */
  section: StructElement;
  /** Named destinations made so far (anchors of sections, headings and tables). */
  destinations: Set<string>;
  /** Every anchor of the model: a link to `#anchor` is drawn only where one exists. */
  anchors: ReadonlySet<string>;
  /** Where each heading was placed: its page (0-based), that page's dictionary, and its top. */
  headings: Map<string, { page: number; pageRef: Ref; y: number }>;
  /** The pages of cover sections: no logo band, no footer. */
  coverPages: Set<number>;
  /** Placing a cover section now. */
  inCover: boolean;
  /** Work left for when every page is placed (the table of contents' page numbers). */
  finish: (() => void)[];
}

/** Draw as an artifact (page furniture, repeated text): outside the structure tree. */
export function artifact(doc: Pdf, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
