/**
 * Verifying a PDF's signatures: for every signature field, whether it is
 * signed, by whom and when, whether the signature checks out over the bytes
 * it covers, whether the document changed after it (other than by later
 * signatures), and the validity of the certificates at the signing time.
 */
import type { X509Certificate } from 'node:crypto';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFObject } from '@cantoo/pdf-lib';
import { buildChain, isSelfSigned, issuedBy } from './certificateChain.js';
import { changesAfter } from './changesAfter.js';
import { describeCertificate, validityAt } from './describeCertificate.js';
import { PdfRevisions } from './pdfRevisions.js';
import { jaarschijfStatus, signatureFields, text, type JaarschijfStatus } from './signatureFields.js';
import { parsePdfDate } from './signingTime.js';
import { verifyCms } from './verifyCms.js';

export interface CertificateReport {
  commonName: string;
  organization?: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** At the signing time. */
  validity: 'valid' | 'expired' | 'not-yet-valid';
  /** Self-signed: the end of the chain. */
  root: boolean;
}

export interface FieldReport {
  field: string;
  signed: boolean;
  signer?: { commonName: string; organization?: string };
  signingTime?: Date;
  reason?: string;
  location?: string;
  subFilter?: string;
  /** The signature checks out over the bytes it covers. */
  signatureValid?: boolean;
  /** PAdES baseline: ETSI.CAdES.detached with a signing-certificate-v2 that names the signer. */
  pades?: boolean;
  /** Changes after this signature other than later signatures (Dutch descriptions). */
  changes?: string[];
  certificates?: CertificateReport[];
  /** What is wrong with the signature itself (its byte range, its CMS, its time), in Dutch. */
  signatureProblems: string[];
  /** What is wrong with its certificates at the signing time, in Dutch. */
  certificateProblems: string[];
  /** Everything wrong with this signature, in Dutch (the above and the changes after it); empty when it is in order. */
  problems: string[];
}

export interface VerifyReport {
  status: JaarschijfStatus;
  fields: FieldReport[];
  /** Every signature present is valid and nothing changed after any of them. */
  ok: boolean;
}

export async function verifyPdf(bytes: Uint8Array): Promise<VerifyReport> {
  const pdf = new PdfRevisions(bytes);
  const last = pdf.last;
  const lookup = (object: PDFObject | undefined) => pdf.resolve(last, object);
  const status = jaarschijfStatus(pdf.trailerEntry(last, 'Info'), lookup);
  const fields: FieldReport[] = [];
  for (const field of signatureFields(pdf.trailerEntry(last, 'Root'), lookup)) {
    const signature = lookup(field.dict.get(PDFName.of('V')));
    if (!field.signed) fields.push({ field: field.name, signed: false, signatureProblems: [], certificateProblems: [], problems: [] });
    else if (!(signature instanceof PDFDict)) {
      const problem = 'het veld wijst geen leesbaar handtekeningwoordenboek aan';
      fields.push({ field: field.name, signed: true, signatureValid: false, signatureProblems: [problem], certificateProblems: [], problems: [problem] });
    }
    else fields.push(await verifySignature(pdf, field.name, signature, lookup));
  }
  return { status, fields, ok: fields.every((f) => !f.signed || f.problems.length === 0) };
}

async function verifySignature(pdf: PdfRevisions, name: string, signature: PDFDict, lookup: (o: PDFObject | undefined) => PDFObject | undefined): Promise<FieldReport> {
  const signatureProblems: string[] = [];
  const certificateProblems: string[] = [];
  const entry = (key: string) => lookup(signature.get(PDFName.of(key)));
  const claimedTime = parsePdfDate(text(entry('M')) ?? '');
  const subFilter = entry('SubFilter');
  const reason = text(entry('Reason'));
  const location = text(entry('Location'));
  const contents = entry('Contents');
  const contentBytes = contents instanceof PDFHexString || contents instanceof PDFString ? contents.asBytes() : undefined;

  const range = byteRange(entry('ByteRange'));
  const rangeProblem = range ? checkByteRange(pdf.bytes, range, contentBytes) : 'de /ByteRange ontbreekt of is onleesbaar';
  if (rangeProblem) signatureProblems.push(rangeProblem);

  const report: Omit<FieldReport, 'problems'> = {
    field: name,
    signed: true,
    ...(subFilter instanceof PDFName ? { subFilter: subFilter.toString().slice(1) } : {}),
    ...(reason ? { reason } : {}),
    ...(location ? { location } : {}),
    signatureProblems,
    certificateProblems,
  };
  if (!range || rangeProblem || !contentBytes) return { ...report, signatureValid: false, problems: signatureProblems };

  const [, a, b, c] = range;
  const signedBytes = Buffer.concat([pdf.bytes.subarray(0, a), pdf.bytes.subarray(b, b + c)]);
  const cms = await verifyCms(contentBytes, signedBytes);
  if (cms.problem) signatureProblems.push(cms.problem);
  const signingTime = claimedTime ?? cms.signingTime;

  let certificates: CertificateReport[] | undefined;
  let signer: FieldReport['signer'];
  if (cms.signer) {
    const leaf = describeCertificate(cms.signer);
    signer = { commonName: leaf.commonName, ...(leaf.organization ? { organization: leaf.organization } : {}) };
    const chain = buildChain(cms.signer, cms.certificates);
    certificates = chain.map((certificate) => certificateReport(certificate, signingTime ?? new Date()));
    for (const cert of certificates) {
      if (cert.validity === 'expired') certificateProblems.push(`certificaat "${cert.commonName}" was op het moment van ondertekenen verlopen`);
      if (cert.validity === 'not-yet-valid') certificateProblems.push(`certificaat "${cert.commonName}" was op het moment van ondertekenen nog niet geldig`);
    }
    if (chain.length > 1 && !chain.slice(1).every((issuer, i) => issuedBy(chain[i]!, issuer))) certificateProblems.push('de certificaatketen klopt niet');
  }
  if (!signingTime) signatureProblems.push('de handtekening noemt geen ondertekentijd (/M)');

  // The signature covers the file up to the end of one revision; later revisions must only sign.
  const revision = pdf.revisions.findIndex((r) => b + c >= r.end && b + c <= r.end + 2 && /^\s*$/.test(Buffer.from(pdf.bytes.subarray(r.end, b + c)).toString('latin1')));
  let changes: string[];
  if (revision < 0) {
    changes = ['de handtekening dekt geen volledige revisie van het bestand'];
  } else {
    changes = changesAfter(pdf, revision).map((change) => change.description);
  }

  return {
    ...report,
    ...(signer ? { signer } : {}),
    ...(signingTime ? { signingTime } : {}),
    signatureValid: cms.valid,
    pades: report.subFilter === 'ETSI.CAdES.detached' && cms.signingCertificateAttribute === 'matches',
    changes,
    ...(certificates ? { certificates } : {}),
    problems: [...signatureProblems, ...certificateProblems, ...changes.map((change) => `daarna gewijzigd: ${change}`)],
  };
}

function certificateReport(certificate: X509Certificate, time: Date): CertificateReport {
  const summary = describeCertificate(certificate);
  return {
    commonName: summary.commonName,
    ...(summary.organization ? { organization: summary.organization } : {}),
    issuer: summary.issuerCommonName,
    notBefore: summary.notBefore,
    notAfter: summary.notAfter,
    validity: validityAt(summary, time),
    root: isSelfSigned(certificate),
  };
}

function byteRange(value: PDFObject | undefined): [number, number, number, number] | undefined {
  if (!(value instanceof PDFArray) || value.size() !== 4) return undefined;
  const numbers = value.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
  return numbers.every((n) => Number.isInteger(n) && n >= 0) ? (numbers as [number, number, number, number]) : undefined;
}

/** The range must start at the file's start and leave out exactly the /Contents hex string. */
function checkByteRange(bytes: Uint8Array, [start, a, b, c]: [number, number, number, number], contents: Uint8Array | undefined): string | undefined {
  if (start !== 0 || a >= b || b + c > bytes.length) return 'de /ByteRange past niet op het bestand';
  const gap = Buffer.from(bytes.subarray(a, b)).toString('latin1');
  if (!/^<[0-9a-fA-F\s]*>$/.test(gap)) return 'de /ByteRange laat iets anders open dan de handtekening (/Contents)';
  const hex = gap.slice(1, -1).replace(/\s/g, '');
  if (!contents || Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').compare(Buffer.from(contents)) !== 0) {
    return 'de /ByteRange laat iets anders open dan de handtekening (/Contents)';
  }
  return undefined;
}
