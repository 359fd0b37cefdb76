/**
 * Signing one signature field of a jaarschijf PDF, as an incremental update:
 * the bytes already there (and so every earlier signature) stay as they are.
 *
 * pdf-lib (@cantoo/pdf-lib) reads the document and writes the update with only
 * the changed objects (the field, the AcroForm's /SigFlags, and the
 * catalog it always rewrites unchanged) and the new ones (signature
 * dictionary, appearance); @signpdf/signpdf then fills the /ByteRange and
 * /Contents placeholders with the CMS signature from cadesSignature.ts.
 */
import type { X509Certificate } from 'node:crypto';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, type PDFArray, type PDFObject } from '@cantoo/pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER } from '@signpdf/utils';
import { SourceError } from '../sources/diagnostics.js';
import { CadesSigner } from './cadesSignature.js';
import { signatureAppearance } from './signatureAppearance.js';
import { jaarschijfStatus, signatureFields, type SignatureField } from './signatureFields.js';
import { pdfDate } from './signingTime.js';
import type { SigningIdentity } from './readPkcs12.js';
import { describeCertificate } from './describeCertificate.js';

export interface PreparedPdf {
  file: string;
  doc: PDFDocument;
  field: SignatureField;
  fields: SignatureField[];
}

export interface SignOptions {
  time: Date;
  reason?: string;
  location?: string;
}

/** Reads the PDF and checks that this field may be signed; every refusal names the file. */
export async function openForSigning(bytes: Uint8Array, file: string, fieldName: string): Promise<PreparedPdf> {
  const refuse = (message: string) => new SourceError([{ file, message }]);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { forIncrementalUpdate: true, updateMetadata: false });
  } catch {
    throw refuse('is geen leesbare PDF');
  }
  const lookup = (object: PDFObject | undefined) => doc.context.lookup(object);
  const status = jaarschijfStatus(doc.context.trailerInfo.Info, lookup);
  if (status === 'not-jaarschijf') {
    throw refuse('is geen PDF van jaarschijf (of van een oudere versie); alleen een PDF die `jaarschijf render` maakte kan hier ondertekend worden');
  }
  if (status === 'draft') throw refuse('is een CONCEPT; een concept wordt niet ondertekend');
  const fields = signatureFields(doc.context.trailerInfo.Root, lookup);
  if (!fields.length) throw refuse('heeft geen handtekeningvelden (de jaarschijf heeft geen ondertekeningsblok)');
  const field = fields.find((f) => f.name === fieldName);
  if (!field) throw refuse(`veld "${fieldName}" bestaat niet; wel: ${fields.map((f) => f.name).join(', ')}`);
  if (field.signed) throw refuse(`veld "${fieldName}" is al ondertekend`);
  return { file, doc, field, fields };
}

/** The bytes of the signed document: the input unchanged, then the update that signs the field. */
export async function signField(prepared: PreparedPdf, identity: SigningIdentity, options: SignOptions): Promise<Uint8Array> {
  const { doc, field } = prepared;
  const { context } = doc;
  const signer = describeCertificate(identity.chain[0]!);

  const rect = context.lookup(field.dict.get(PDFName.of('Rect'))) as PDFArray;
  const [x1, y1, x2, y2] = rect.asArray().map((n) => (n as PDFNumber).asNumber());
  const width = Math.abs(x2! - x1!);
  const height = Math.abs(y2! - y1!);
  const appearance = context.flateStream(
    signatureAppearance({ signer: signer.commonName, time: options.time, ...optional(options) }, width, height),
    { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: {} },
  );

  const placeholder = PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER);
  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [0, placeholder, placeholder, placeholder],
    Contents: PDFHexString.of('0'.repeat(2 * contentsSize(identity.chain))),
    M: PDFString.of(pdfDate(options.time)),
    Name: PDFHexString.fromText(signer.commonName),
    ...(options.reason ? { Reason: PDFHexString.fromText(options.reason) } : {}),
    ...(options.location ? { Location: PDFHexString.fromText(options.location) } : {}),
    Prop_Build: { App: { Name: 'jaarschijf' } },
  });

  field.dict.set(PDFName.of('V'), context.register(signature));
  field.dict.set(PDFName.of('AP'), context.obj({ N: context.register(appearance) }));
  const acroForm = context.lookup(doc.catalog.get(PDFName.of('AcroForm')), PDFDict);
  // SignaturesExist | AppendOnly: a reader must save changes as incremental updates.
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));

  const updated = await doc.commit({ useObjectStreams: false });
  return new Uint8Array(await new SignPdf().sign(Buffer.from(updated), new CadesSigner(identity)));
}

/** Room for the CMS signature: its certificates, one signature value per key, and the attributes, with margin. */
function contentsSize(chain: readonly X509Certificate[]): number {
  const certificates = chain.reduce((sum, c) => sum + c.raw.length, 0);
  const keyBytes = (chain[0]!.publicKey.asymmetricKeyDetails?.modulusLength ?? 1024) / 8;
  return Math.ceil((certificates + keyBytes + 2048) / 1024) * 1024;
}

function optional(options: SignOptions): { reason?: string; location?: string } {
  return { ...(options.reason ? { reason: options.reason } : {}), ...(options.location ? { location: options.location } : {}) };
}

/** The field names, and which are signed, after signing. */
export function fieldsAfter(prepared: PreparedPdf): { name: string; signed: boolean }[] {
  return prepared.fields.map((f) => ({ name: f.name, signed: f.signed || f === prepared.field }));
}

