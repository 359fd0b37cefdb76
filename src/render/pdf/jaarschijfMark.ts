/**
 * How a PDF says that jaarschijf made it, and whether it is a draft. The
 * renderer writes these into the document Info; `jaarschijf sign` reads them
 * (without loading pdfkit) to refuse a PDF it did not make, or a CONCEPT.
 */
export const PRODUCER = 'jaarschijf (PDFKit)';
export const CREATOR = 'jaarschijf';

/**
 * A custom Info entry that says explicitly whether the document is a draft, so
 * `sign` does not guess from the watermark or the signature fields (a draft may
 * have a signing block while review marks are open). PDF/A allows Info entries
 * that have no XMP counterpart.
 */
export const STATUS_KEY = 'JaarschijfStatus';
export const documentStatus = { draft: 'concept', final: 'definitief' } as const;
