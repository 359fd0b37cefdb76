/**
 * Reading a jaarschijf PDF's own marks and its signature fields, over any way
 * of resolving objects: pdf-lib's document when signing, one revision of the
 * file (pdfRevisions.ts) when verifying.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from '@cantoo/pdf-lib';
import { CREATOR, PRODUCER, STATUS_KEY, documentStatus } from '../render/pdf/jaarschijfMark.js';

/** Resolves an indirect reference (anything else comes back as it is). */
export type Lookup = (object: PDFObject | undefined) => PDFObject | undefined;

export interface SignatureField {
  /** The fully qualified field name (/T of the field and its parents, joined by dots). */
  name: string;
  ref: PDFRef;
  dict: PDFDict;
  signed: boolean;
}

export type JaarschijfStatus = 'final' | 'draft' | 'not-jaarschijf';

/** What the document Info says: made by jaarschijf, and whether a draft. */
export function jaarschijfStatus(info: PDFObject | undefined, lookup: Lookup): JaarschijfStatus {
  const dict = lookup(info);
  if (!(dict instanceof PDFDict)) return 'not-jaarschijf';
  const entry = (key: string) => text(lookup(dict.get(PDFName.of(key))));
  if (entry('Creator') !== CREATOR || entry('Producer') !== PRODUCER) return 'not-jaarschijf';
  const status = entry(STATUS_KEY);
  if (status === documentStatus.final) return 'final';
  if (status === documentStatus.draft) return 'draft';
  return 'not-jaarschijf';
}

/** Every signature field of the catalog's AcroForm, in the form's order. */
export function signatureFields(catalog: PDFObject | undefined, lookup: Lookup): SignatureField[] {
  const root = lookup(catalog);
  const acroForm = root instanceof PDFDict ? lookup(root.get(PDFName.of('AcroForm'))) : undefined;
  if (!(acroForm instanceof PDFDict)) return [];
  const fields: SignatureField[] = [];
  const seen = new Set<string>();
  const visit = (ref: PDFObject | undefined, parentName: string, inheritedType: PDFObject | undefined) => {
    if (!(ref instanceof PDFRef) || seen.has(ref.tag)) return;
    seen.add(ref.tag);
    const dict = lookup(ref);
    if (!(dict instanceof PDFDict)) return;
    const partial = text(lookup(dict.get(PDFName.of('T'))));
    const name = partial === undefined ? parentName : parentName ? `${parentName}.${partial}` : partial;
    const type = dict.get(PDFName.of('FT')) ?? inheritedType;
    // Kids with a /T are child fields; kids without are the field's widgets.
    const kids = lookup(dict.get(PDFName.of('Kids')));
    const childFields = kids instanceof PDFArray ? kids.asArray().filter((kid) => (lookup(kid) as PDFDict | undefined)?.has?.(PDFName.of('T'))) : [];
    if (childFields.length) {
      for (const kid of childFields) visit(kid, name, type);
      return;
    }
    if (type === PDFName.of('Sig')) fields.push({ name, ref, dict, signed: dict.has(PDFName.of('V')) });
  };
  const list = lookup(acroForm.get(PDFName.of('Fields')));
  if (list instanceof PDFArray) for (const ref of list.asArray()) visit(ref, '', undefined);
  return fields;
}

/** A PDF text string's value (literal or hex, PDFDocEncoding or UTF-16); resolve indirect objects first. */
export function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
