/**
 * The writers by output format. Each reads only the document model, and is
 * loaded only when its format is asked for, so a PDF never pays for docx and
 * the reverse.
 */
import type { DocumentModel } from '../document/types.js';

export const documentFormats = ['docx', 'pdf', 'html', 'md'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export type Renderer = (doc: DocumentModel) => Promise<Uint8Array | string>;

export const renderers: Record<DocumentFormat, () => Promise<Renderer>> = {
  docx: async () => (await import('./docx/renderDocx.js')).renderDocx,
  pdf: async () => (await import('./pdf/renderPdf.js')).renderPdf,
  html: async () => (await import('./html/renderHtmlDocument.js')).renderHtmlDocument,
  md: async () => (await import('./markdown/renderMarkdown.js')).renderMarkdown,
};

/** Work a renderer can do before it has a document, where it has any. */
export const preparers: Partial<Record<DocumentFormat, () => Promise<void>>> = {
  docx: async () => (await import('./docx/renderDocx.js')).prepareDocx(),
};
