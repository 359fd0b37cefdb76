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
}

export function internals(doc: Pdf): DocInternals {
  return doc as unknown as DocInternals;
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
 * pdfkit turns each content operator into a Uint8Array of its own: a hundred
 * thousand small buffers at 940 rows, all held until the pages are written at
 * the end. Collect the page's operators as text instead and hand them to
 * pdfkit in one piece (returned `flush`, when the next page starts; at the
 * latest when the page ends): the same bytes, a fraction of the memory.
 */
export function collectPageContent(doc: Pdf): () => void {
  const content = (doc.page as unknown as { content: Ref }).content;
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  let pending: string[] = [];
  const flush = () => {
    if (!pending.length) return;
    // pdfkit writes text operators as binary strings: one byte per character.
    write(Buffer.from(pending.join(''), 'latin1'));
    pending = [];
  };
  content.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk, '\n');
    else {
      flush();
      write(chunk);
    }
  };
  content.end = (chunk) => {
    if (chunk) content.write(chunk);
    flush();
    end();
  };
  return flush;
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

/**
 * pdfkit compresses streams with Node's zlib, whose output depends on the
 * zlib build and the processor. Compress them with fflate instead (pure
 * JavaScript, as the Word package), so the same document is the same bytes
 * on any machine.
 */
export function compressWithFflate(doc: Pdf, deflate: (data: Uint8Array) => Uint8Array): void {
  const d = doc as unknown as { ref(data?: object): StreamRef };
  const ref = d.ref.bind(doc);
  d.ref = (data) => {
    const stream = ref(data);
    const finalize = stream.finalize.bind(stream);
    stream.finalize = () => {
      if (stream.compress && stream.buffer.length) {
        stream.buffer = [deflate(Buffer.concat(stream.buffer))];
        stream.compress = false;
      }
      finalize();
    };
    return stream;
  };
}

interface StreamRef {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}
