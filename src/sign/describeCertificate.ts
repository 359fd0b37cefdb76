/**
 * What a person reads from a certificate: who it names, who issued it, and
 * when it is valid. Names come from pkijs (exact attribute values, no
 * escaping), validity from the same parse.
 */
import type { X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';

export interface CertificateSummary {
  commonName: string;
  organization?: string;
  issuerCommonName: string;
  notBefore: Date;
  notAfter: Date;
  serialNumber: string;
}

const OID = { commonName: '2.5.4.3', organization: '2.5.4.10' } as const;

export function describeCertificate(certificate: X509Certificate): CertificateSummary {
  const parsed = pkijs.Certificate.fromBER(certificate.raw);
  const subject = nameValues(parsed.subject);
  const issuer = nameValues(parsed.issuer);
  return {
    commonName: subject.get(OID.commonName) ?? certificate.subject.replace(/\n/g, ', '),
    ...(subject.has(OID.organization) ? { organization: subject.get(OID.organization)! } : {}),
    issuerCommonName: issuer.get(OID.commonName) ?? certificate.issuer.replace(/\n/g, ', '),
    notBefore: parsed.notBefore.value,
    notAfter: parsed.notAfter.value,
    serialNumber: certificate.serialNumber,
  };
}

/** The certificate's validity at a moment: before, within or after its period. */
export function validityAt(summary: CertificateSummary, time: Date): 'not-yet-valid' | 'valid' | 'expired' {
  if (time.getTime() < summary.notBefore.getTime()) return 'not-yet-valid';
  if (time.getTime() > summary.notAfter.getTime()) return 'expired';
  return 'valid';
}

/** The first value of each attribute type in a distinguished name. */
function nameValues(name: pkijs.RelativeDistinguishedNames): Map<string, string> {
  const values = new Map<string, string>();
  for (const { type, value } of name.typesAndValues) {
    const text = (value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
    if (typeof text === 'string' && !values.has(type)) values.set(type, text);
  }
  return values;
}
