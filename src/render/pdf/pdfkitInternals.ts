/**
 * The few pdfkit 0.20 internals the renderer relies on, typed in one place so
 * a pdfkit upgrade that changes them shows up here (and in the tests), not as
 * scattered casts. Each is used for a reason the public API does not cover.
 */
import type { ShapedRun } from './Shaper.js';

export type Pdf = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;
export type Ref = PDFKit.PDFKitReference & { data: Record<string, unknown>; end(chunk?: string | Uint8Array): void; write(chunk: string | Uint8Array): void };

export interface EmbeddedFontInternals {
  id: string;
  /** PostScript name. */
  name: string;
  /** Em-relative metrics in thousandths. */
  ascender: number;
  descender: number;
  xHeight: number;
  capHeight: number;
  widthOfString(text: string, size: number): number;
  /** The parsed (fontkit) font. */
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
  /** Shaped runs per word; pdfkit makes one per document, we share one per face. */
  layoutCache: Record<string, unknown>;
  /** Shapes a word pdfkit has not shaped yet (with fontkit); replaced by HarfBuzz shaping. */
  layoutRun(text: string, features?: unknown): ShapedRun;
  /** The word's run from layoutCache, shaped (layoutRun) and kept the first time. */
  layoutCached(text: string): ShapedRun;
}

interface DocInternals {
  _font: EmbeddedFontInternals;
  _root: Ref;
  /** The trailer /ID; pdfkit derives it from the info dictionary, we from the content. */
  _id: Uint8Array;
  _finalize(): void;
  /** Writes the Info fields as XMP; replaced so values are escaped and dates complete. */
  _addInfo(): void;
  appendXML(xml: string, newline?: boolean): void;
  push(chunk: Uint8Array | null): boolean;
  info: Record<string, unknown>;
  _ctm: number[];
  _fragment(text: string, x: number, y: number, options: { baseline: 'alphabetic'; textWidth: number; wordCount: number }): void;
}

export function internals(doc: Pdf): DocInternals {
  return doc as unknown as DocInternals;
}

/**
 * Draw one laid-out piece of text with its baseline at x, y: the operators
 * `doc.text(text, x, y, { lineBreak: false, baseline: 'alphabetic' })`
 * writes, without what that call does around them (copy and complete the
 * options, measure the text twice: for the width of an underline or link and
 * to move doc.x, neither of which the renderer uses; it knows the width).
 */
export function drawText(doc: Pdf, text: string, x: number, y: number, width: number): void {
  internals(doc)._fragment(text, x, y, { baseline: 'alphabetic', textWidth: width, wordCount: 1 });
}

export interface PageInternals {
  dictionary: Ref;
  annotations: Ref[];
  xobjects: Record<string, Ref>;
  height: number;
  width: number;
}

export function pageInternals(doc: Pdf): PageInternals {
  return doc.page as unknown as PageInternals;
}

/** The structure element's dictionary, to set attributes pdfkit's options lack (RowSpan, Summary). */
export function structData(element: StructElement): Record<string, unknown> {
  return (element as unknown as { dictionary: Ref }).dictionary.data;
}

/** An outline item's dictionary data, to point its destination at the heading rather than the page top. */
export function outlineData(item: PDFKit.PDFOutline): Record<string, unknown> {
  return (item as unknown as { outlineData: Record<string, unknown> }).outlineData;
}

/**
 * A page's content in two streams. pdfkit turns each operator into a
 * Uint8Array of its own and, with buffered pages, holds every page's content
 * until the document ends: at 940 rows, hundreds of thousands of buffers.
 * Here a page's operators are collected as text, and when the next page
 * starts (the returned function) they are written out, compressed, as the
 * page's first content stream; what is drawn on the page later (the footer
 * with the page count, known at the end) goes into a second one. A reader
 * joins a page's streams into one.
 */
export function pageContent(doc: Pdf): () => void {
  const page = doc.page as unknown as { content: Ref; dictionary: Ref };
  const body = page.content;
  const write = body.write.bind(body);
  const end = body.end.bind(body);
  let pending: string[] = [];
  const flush = () => {
    if (!pending.length) return;
    // pdfkit writes text operators as binary strings: one byte per character.
    write(Buffer.from(pending.join(''), 'latin1'));
    pending = [];
  };
  body.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk, '\n');
    else {
      flush();
      write(chunk);
    }
  };
  body.end = (chunk) => {
    if (chunk) body.write(chunk);
    flush();
    end();
  };
  return () => {
    body.end();
    const rest = doc.ref({}) as Ref;
    // Never an empty stream object, whatever is drawn later.
    rest.write('');
    page.content = rest;
    page.dictionary.data.Contents = [body, rest];
  };
}

/**
 * pdfkit hands its output to its readable stream, which keeps every chunk
 * until the event loop turns: a render is synchronous from the first page to
 * the trailer, so all of them (tens of thousands for a long document) would
 * be held at once. Write them to the sink as they come instead. Resolves
 * when pdfkit has written the end of the file.
 */
export function captureOutput(doc: Pdf, sink: { write(chunk: Uint8Array): void }): Promise<void> {
  const d = internals(doc);
  // What pdfkit wrote while it was constructed (the file header) is in the stream already.
  const early = (doc as unknown as { read(): Uint8Array | null }).read();
  if (early) sink.write(early);
  return new Promise((resolve, reject) => {
    doc.on('error', reject);
    d.push = (chunk) => {
      if (chunk) sink.write(chunk);
      else resolve();
      return true;
    };
  });
}
