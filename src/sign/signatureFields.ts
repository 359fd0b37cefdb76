/**
 * Reading a PDF that `jaarschijf sign` is about to change (through pdf-lib):
 * whether jaarschijf made it and as what (CONCEPT or final), and its
 * signature fields.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import { CREATOR, PRODUCER, STATUS_KEY, documentStatus } from '../render/pdf/jaarschijfMark.js';

export interface SignatureField {
  /** The fully qualified field name (/T of the field and its parents, joined by dots). */
  name: string;
  ref: PDFRef;
  dict: PDFDict;
  signed: boolean;
}

export type JaarschijfStatus = 'final' | 'draft' | 'not-jaarschijf';

/** What the document Info says: made by jaarschijf, and whether a draft. */
export function jaarschijfStatus(doc: PDFDocument): JaarschijfStatus {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return 'not-jaarschijf';
  const entry = (key: string) => text(doc.context.lookup(info.get(PDFName.of(key))));
  if (entry('Creator') !== CREATOR || entry('Producer') !== PRODUCER) return 'not-jaarschijf';
  const status = entry(STATUS_KEY);
  if (status === documentStatus.final) return 'final';
  if (status === documentStatus.draft) return 'draft';
  return 'not-jaarschijf';
}

/** Every signature field of the AcroForm, in the form's order. */
export function signatureFields(doc: PDFDocument): SignatureField[] {
  const { context } = doc;
  const acroForm = context.lookup(doc.catalog.get(PDFName.of('AcroForm')));
  if (!(acroForm instanceof PDFDict)) return [];
  const fields: SignatureField[] = [];
  const seen = new Set<string>();
  const visit = (ref: PDFObject | undefined, parentName: string, inheritedType: PDFObject | undefined) => {
    if (!(ref instanceof PDFRef) || seen.has(ref.tag)) return;
    seen.add(ref.tag);
    const dict = context.lookup(ref);
    if (!(dict instanceof PDFDict)) return;
    const partial = text(context.lookup(dict.get(PDFName.of('T'))));
    const name = partial === undefined ? parentName : parentName ? `${parentName}.${partial}` : partial;
    const type = dict.get(PDFName.of('FT')) ?? inheritedType;
    const kids = context.lookup(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray && kids.asArray().some((kid) => context.lookup(kid) instanceof PDFDict && (context.lookup(kid) as PDFDict).has(PDFName.of('T')))) {
      for (const kid of kids.asArray()) visit(kid, name, type);
      return;
    }
    if (type === PDFName.of('Sig')) fields.push({ name, ref, dict, signed: dict.has(PDFName.of('V')) });
  };
  const list = context.lookup(acroForm.get(PDFName.of('Fields')));
  if (list instanceof PDFArray) for (const ref of list.asArray()) visit(ref, '', undefined);
  return fields;
}

/** A PDF text string's value (literal or hex, PDFDocEncoding or UTF-16); resolve indirect objects first. */
export function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
