/**
 * What changed in a PDF after a revision that a signature covers, other than
 * later signatures: every object a later update lists is compared with what
 * it was at the signed revision. A later signature may only
 *   - give an unsigned signature field its /V (the signature) and /AP (its appearance),
 *   - set the AcroForm's /SigFlags,
 *   - add a /DSS (validation data) to the catalog,
 *   - add new objects that nothing in the signed revision referred to,
 * and rewrite any object unchanged. Anything else (a page, the Info, the
 * metadata, an already signed field, a deleted object, bytes after the last
 * %%EOF) is a change after the signature.
 */
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRawStream, PDFRef, PDFString, type PDFObject } from '@cantoo/pdf-lib';
import { referencesIn, type PdfRevisions } from './pdfRevisions.js';

export interface Change {
  /** The object number, when the change is one object. */
  object?: number;
  /** Dutch, for the report: "pagina-object 46 gewijzigd". */
  description: string;
}

const allowed = {
  field: new Set(['/V', '/AP']),
  acroForm: new Set(['/SigFlags']),
  catalog: new Set(['/DSS']),
};

export function changesAfter(pdf: PdfRevisions, signed: number): Change[] {
  const final = pdf.last;
  const changes: Change[] = [];
  const trailing = pdf.bytes.length - pdf.revisions[final]!.end;
  if (trailing > 0 && !/^\s*$/.test(Buffer.from(pdf.bytes.subarray(pdf.revisions[final]!.end)).toString('latin1'))) {
    changes.push({ description: `${trailing} bytes na het laatste %%EOF` });
  }
  if (signed === final) return changes;

  for (const key of ['Root', 'Info', 'Encrypt']) {
    if (!same(pdf.trailerEntry(signed, key), pdf.trailerEntry(final, key))) changes.push({ description: `de trailer wijst een andere /${key} aan` });
  }

  const catalogNum = refNumber(pdf.trailerEntry(signed, 'Root'));
  const catalog = catalogNum === undefined ? undefined : pdf.object(signed, catalogNum);
  const acroFormNum = catalog instanceof PDFDict ? refNumber(catalog.get(PDFName.of('AcroForm'))) : undefined;
  const infoNum = refNumber(pdf.trailerEntry(signed, 'Info'));
  const describe = (object: PDFObject, num: number) => (num === infoNum ? `documentinformatie (/Info, object ${num})` : describeObject(object, num));

  const later = new Set<number>();
  for (let r = signed + 1; r <= final; r++) for (const num of pdf.revisions[r]!.entries.keys()) if (num !== 0) later.add(num);
  let referencedWhenSigned: Set<number> | undefined;

  for (const num of [...later].sort((a, b) => a - b)) {
    const before = pdf.object(signed, num);
    const after = pdf.object(final, num);
    if (before === undefined) {
      if (after === undefined) continue;
      // A new object is harmless unless the signed revision already pointed at its number.
      referencedWhenSigned ??= referencesAt(pdf, signed);
      if (referencedWhenSigned.has(num)) changes.push({ object: num, description: `object ${num}, waar de ondertekende versie al naar verwees, is later ingevuld` });
      continue;
    }
    if (after === undefined) {
      changes.push({ object: num, description: `${describe(before, num)} verwijderd` });
      continue;
    }
    if (same(before, after)) continue;
    const keys = before instanceof PDFDict && after instanceof PDFDict ? changedKeys(before, after) : undefined;
    const only = (set: Set<string>) => keys !== undefined && keys.every((k) => set.has(k));
    if (isSignatureField(before) && !before.has(PDFName.of('V')) && only(allowed.field) && isSignature(pdf.resolve(final, (after as PDFDict).get(PDFName.of('V'))))) continue;
    if (num === acroFormNum && only(allowed.acroForm)) continue;
    if (num === catalogNum && only(allowed.catalog)) continue;
    changes.push({ object: num, description: `${describe(before, num)} gewijzigd${keys?.length ? ` (${keys.join(', ')})` : ''}` });
  }
  return changes;
}

function referencesAt(pdf: PdfRevisions, revision: number): Set<number> {
  const refs = new Set<number>();
  for (const num of pdf.objectNumbers(revision)) referencesIn(pdf.object(revision, num), refs);
  for (const value of pdf.revisions[revision]!.trailer.asMap().values()) referencesIn(value, refs);
  return refs;
}

function isSignatureField(object: PDFObject): object is PDFDict {
  return object instanceof PDFDict && object.get(PDFName.of('FT')) === PDFName.of('Sig');
}

function isSignature(object: PDFObject | undefined): boolean {
  return object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Sig');
}

function refNumber(object: PDFObject | undefined): number | undefined {
  return object instanceof PDFRef ? object.objectNumber : undefined;
}

const kinds: Record<string, string> = {
  '/Page': 'pagina-object',
  '/Pages': 'paginaboom-object',
  '/Catalog': 'catalogus-object',
  '/Annot': 'annotatie-object',
  '/Font': 'lettertype-object',
  '/XObject': 'afbeelding- of formulierobject',
  '/Metadata': 'metadata-object',
  '/Sig': 'handtekening-object',
  '/StructElem': 'structuur-object',
};

function describeObject(object: PDFObject, num: number): string {
  const dict = object instanceof PDFRawStream ? object.dict : object;
  if (isSignatureField(dict)) return `handtekeningveld ${num}`;
  const type = dict instanceof PDFDict ? dict.get(PDFName.of('Type')) : undefined;
  const kind = type instanceof PDFName ? kinds[type.toString()] : undefined;
  if (kind) return `${kind} ${num}`;
  return object instanceof PDFRawStream ? `stream-object ${num}` : `object ${num}`;
}

/** The keys whose values differ between two versions of a dictionary. */
function changedKeys(a: PDFDict, b: PDFDict): string[] {
  const keys = new Set([...a.keys(), ...b.keys()].map((k) => k.toString()));
  return [...keys].filter((k) => !same(a.get(PDFName.of(k.slice(1))), b.get(PDFName.of(k.slice(1))))).sort();
}

/** Whether two PDF objects mean the same: dictionaries regardless of key order, strings by their bytes, streams by dictionary and raw data. */
export function same(a: PDFObject | undefined, b: PDFObject | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return (a ?? PDFNull) === (b ?? PDFNull);
  if (a instanceof PDFNumber && b instanceof PDFNumber) return a.asNumber() === b.asNumber();
  if (a instanceof PDFRef && b instanceof PDFRef) return a.objectNumber === b.objectNumber && a.generationNumber === b.generationNumber;
  if ((a instanceof PDFString || a instanceof PDFHexString) && (b instanceof PDFString || b instanceof PDFHexString)) {
    return Buffer.from(a.asBytes()).equals(Buffer.from(b.asBytes()));
  }
  if (a instanceof PDFName && b instanceof PDFName) return a.toString() === b.toString();
  if (a instanceof PDFBool && b instanceof PDFBool) return a.asBoolean() === b.asBoolean();
  if (a instanceof PDFArray && b instanceof PDFArray) {
    return a.size() === b.size() && a.asArray().every((value, i) => same(value, b.get(i)));
  }
  if (a instanceof PDFRawStream && b instanceof PDFRawStream) {
    return same(a.dict, b.dict) && Buffer.from(a.getContents()).equals(Buffer.from(b.getContents()));
  }
  if (a instanceof PDFDict && b instanceof PDFDict) return changedKeys(a, b).length === 0;
  return false;
}
