/**
 * A PDF file as its revisions: the original and each incremental update, with
 * the objects every revision resolves to, found the way a PDF reader finds them
 * (through the cross-reference sections, following /Prev), not by scanning.
 * Verifying needs exactly that: what the document was when a signature
 * covered it, and what a reader shows now.
 *
 * pdf-lib (@cantoo/pdf-lib) parses single objects and cross-reference streams;
 * its document loader reads a file front to back and so cannot say which
 * revision an object belongs to. This module is the one place that uses
 * pdf-lib's parser classes directly.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  PDFXRefStreamParser,
  type PDFObject,
} from '@cantoo/pdf-lib';

export type XrefEntry =
  | { num: number; gen: number; kind: 'offset'; offset: number }
  | { num: number; gen: number; kind: 'compressed'; stream: number }
  | { num: number; gen: number; kind: 'free' };

export interface Revision {
  /** Where this revision's cross-reference section starts. */
  xrefOffset: number;
  /** The offset just past this revision's %%EOF: where a signature over it ends. */
  end: number;
  entries: Map<number, XrefEntry>;
  trailer: PDFDict;
}

/** A PDF whose revisions cannot be read; its message (Dutch) says where, for `verify`'s message. */
export class PdfStructureError extends Error {}

const latin1 = new TextDecoder('latin1');

export class PdfRevisions {
  /** Oldest first. */
  readonly revisions: Revision[];
  private readonly context = PDFContext.create();
  private readonly parsed = new Map<string, PDFObject | undefined>();

  constructor(readonly bytes: Uint8Array) {
    this.revisions = this.readRevisions();
  }

  /** The number of the last revision. */
  get last(): number {
    return this.revisions.length - 1;
  }

  /** The xref entry an object number has at a revision (the latest section up to it that lists it). */
  entry(revision: number, num: number): XrefEntry | undefined {
    for (let r = revision; r >= 0; r--) {
      const entry = this.revisions[r]!.entries.get(num);
      if (entry) return entry;
    }
    return undefined;
  }

  /** Every object number in use at a revision. */
  objectNumbers(revision: number): number[] {
    const numbers = new Set<number>();
    for (let r = 0; r <= revision; r++) for (const num of this.revisions[r]!.entries.keys()) numbers.add(num);
    return [...numbers].filter((num) => this.entry(revision, num)?.kind !== 'free').sort((a, b) => a - b);
  }

  /** The object a number resolves to at a revision; undefined when free or unreadable. */
  object(revision: number, num: number): PDFObject | undefined {
    const entry = this.entry(revision, num);
    if (!entry || entry.kind === 'free') return undefined;
    const key = entry.kind === 'offset' ? `o${entry.offset}` : `c${num}@${revision}`;
    if (this.parsed.has(key)) return this.parsed.get(key);
    let object: PDFObject | undefined;
    try {
      object = entry.kind === 'offset' ? this.parseAt(entry.offset, num) : this.parseCompressed(revision, entry.stream, num);
    } catch {
      object = undefined;
    }
    this.parsed.set(key, object);
    return object;
  }

  /** Resolves a reference at a revision (anything else comes back as it is). */
  resolve(revision: number, object: PDFObject | undefined): PDFObject | undefined {
    return object instanceof PDFRef ? this.object(revision, object.objectNumber) : object;
  }

  /** The revision's trailer entry, resolved through the trailers before it (an xref stream's trailer may omit /Root). */
  trailerEntry(revision: number, key: string): PDFObject | undefined {
    for (let r = revision; r >= 0; r--) {
      const value = this.revisions[r]!.trailer.get(PDFName.of(key));
      if (value) return value;
    }
    return undefined;
  }

  private readRevisions(): Revision[] {
    const text = latin1.decode(this.bytes.subarray(Math.max(0, this.bytes.length - 1024)));
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text) ?? /startxref\s+(\d+)\s+%%EOF/.exec(text);
    if (!match) throw new PdfStructureError('geen startxref aan het eind van het bestand; is het afgebroken?');
    const chain: Revision[] = [];
    const visited = new Set<number>();
    for (let offset: number | undefined = Number(match[1]); offset !== undefined; ) {
      if (visited.has(offset) || chain.length > 10_000) throw new PdfStructureError('de keten van revisies (/Prev) loopt rond');
      visited.add(offset);
      const revision = this.readSection(offset);
      chain.unshift(revision);
      const prev = revision.trailer.get(PDFName.of('Prev'));
      offset = prev instanceof PDFNumber ? prev.asNumber() : undefined;
    }
    // A linearized file's first-page section comes before its main one in the file but after it in the
    // chain; both are the first revision.
    const merged: Revision[] = [];
    for (const revision of chain) {
      const previous = merged[merged.length - 1];
      if (previous && revision.end <= previous.end) {
        for (const [num, entry] of revision.entries) previous.entries.set(num, entry);
      } else merged.push(revision);
    }
    return merged;
  }

  private readSection(offset: number): Revision {
    const head = latin1.decode(this.bytes.subarray(offset, offset + 64));
    const entries = new Map<number, XrefEntry>();
    let trailer: PDFDict;
    let after: number;
    if (head.startsWith('xref')) {
      const trailerAt = indexOf(this.bytes, 'trailer', offset);
      if (trailerAt < 0) throw new PdfStructureError(`geen trailer na de xref-tabel op positie ${offset}`);
      const tokens = latin1.decode(this.bytes.subarray(offset + 4, trailerAt)).trim().split(/\s+/).filter(Boolean);
      for (let i = 0; i < tokens.length; ) {
        const first = Number(tokens[i++]);
        const count = Number(tokens[i++]);
        if (!Number.isInteger(first) || !Number.isInteger(count)) throw new PdfStructureError(`beschadigde xref-tabel op positie ${offset}`);
        for (let k = 0; k < count; k++, i += 3) {
          const [where, gen, type] = [Number(tokens[i]), Number(tokens[i + 1]), tokens[i + 2]];
          const num = first + k;
          if (type === 'n') entries.set(num, { num, gen, kind: 'offset', offset: where });
          else if (type === 'f') entries.set(num, { num, gen, kind: 'free' });
          else throw new PdfStructureError(`beschadigde xref-tabel op positie ${offset}`);
        }
      }
      const parsed = PDFObjectParser.forBytes(this.bytes.subarray(trailerAt + 'trailer'.length), this.context).parseObject();
      if (!(parsed instanceof PDFDict)) throw new PdfStructureError(`geen trailer-woordenboek op positie ${trailerAt}`);
      trailer = parsed;
      after = trailerAt;
      // A hybrid file's /XRefStm lists the compressed objects; the table's own entries win.
      const stm = trailer.get(PDFName.of('XRefStm'));
      if (stm instanceof PDFNumber) {
        for (const [num, entry] of this.readXrefStream(stm.asNumber()).entries) if (!entries.has(num)) entries.set(num, entry);
      }
    } else {
      const stream = this.readXrefStream(offset);
      for (const [num, entry] of stream.entries) entries.set(num, entry);
      trailer = stream.dict;
      after = offset;
    }
    const startxref = indexOf(this.bytes, 'startxref', after);
    const eof = startxref < 0 ? -1 : indexOf(this.bytes, '%%EOF', startxref);
    if (eof < 0) throw new PdfStructureError(`geen %%EOF na de xref-sectie op positie ${offset}`);
    return { xrefOffset: offset, end: eof + '%%EOF'.length, entries, trailer };
  }

  private readXrefStream(offset: number): { entries: Map<number, XrefEntry>; dict: PDFDict } {
    const stream = this.parseAt(offset);
    if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Type')) !== PDFName.of('XRef')) {
      throw new PdfStructureError(`geen xref-sectie op positie ${offset}`);
    }
    const entries = new Map<number, XrefEntry>();
    // The parser also sets a trailer on the context it was given: a throwaway one.
    const scratch = PDFRawStream.of(stream.dict.clone(PDFContext.create()), stream.getContents());
    for (const e of PDFXRefStreamParser.forStream(scratch).parseIntoContext()) {
      const num = e.ref.objectNumber;
      const gen = e.ref.generationNumber;
      entries.set(num, e.deleted ? { num, gen, kind: 'free' } : e.inObjectStream ? { num, gen, kind: 'compressed', stream: e.offset } : { num, gen, kind: 'offset', offset: e.offset });
    }
    return { entries, dict: stream.dict };
  }

  /** The indirect object at a file offset ("N G obj ... endobj"), checked to be the number expected. */
  private parseAt(offset: number, expected?: number): PDFObject {
    const head = /^\s*(\d+)\s+(\d+)\s+obj\b/.exec(latin1.decode(this.bytes.subarray(offset, offset + 40)));
    if (!head || (expected !== undefined && Number(head[1]) !== expected)) throw new PdfStructureError(`object ${expected ?? ''} staat niet op positie ${offset}`);
    return PDFObjectParser.forBytes(this.bytes.subarray(offset + head[0].length), this.context).parseObject();
  }

  private parseCompressed(revision: number, streamNum: number, num: number): PDFObject | undefined {
    const stream = this.object(revision, streamNum);
    if (!(stream instanceof PDFRawStream)) return undefined;
    const decoded = decodePDFRawStream(stream).decode();
    const n = (stream.dict.get(PDFName.of('N')) as PDFNumber | undefined)?.asNumber() ?? 0;
    const first = (stream.dict.get(PDFName.of('First')) as PDFNumber | undefined)?.asNumber() ?? 0;
    const header = latin1.decode(decoded.subarray(0, first)).trim().split(/\s+/).map(Number);
    for (let i = 0; i < n; i++) {
      if (header[2 * i] === num) return PDFObjectParser.forBytes(decoded.subarray(first + header[2 * i + 1]!), this.context).parseObject();
    }
    return undefined;
  }
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from, 'latin1');
}

/** Every reference inside an object (its dictionary, array and stream dictionary values). */
export function referencesIn(object: PDFObject | undefined, into = new Set<number>()): Set<number> {
  if (object instanceof PDFRef) into.add(object.objectNumber);
  else if (object instanceof PDFDict) for (const value of object.asMap().values()) referencesIn(value, into);
  else if (object instanceof PDFArray) for (const value of object.asArray()) referencesIn(value, into);
  else if (object instanceof PDFRawStream) referencesIn(object.dict, into);
  return into;
}
