/**
 * Checking one CMS signature over the bytes its /ByteRange covers, with
 * pkijs: the message digest against those bytes, the signature against the
 * signer's public key, and the signing-certificate-v2 attribute against the
 * certificate that signed. Trust (whose certificate it is) is not decided
 * here: there is no trust list to decide it with.
 */
import { createHash, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID, signingCertificateV2Hashes } from './cadesSignature.js';

export interface CmsVerification {
  /** Digest and signature both check out, and the signing-certificate-v2 (when present) names the signer. */
  valid: boolean;
  /** Why not, in Dutch. */
  problem?: string;
  signer?: X509Certificate;
  certificates: X509Certificate[];
  /** Whether the signed attributes name the signing certificate (PAdES baseline requires it). */
  signingCertificateAttribute: 'matches' | 'absent' | 'mismatch';
  /** A CMS signing-time attribute, which adbe.pkcs7.detached signatures may carry. */
  signingTime?: Date;
}

export async function verifyCms(contents: Uint8Array, signedBytes: Uint8Array): Promise<CmsVerification> {
  const invalid = (problem: string, certificates: X509Certificate[] = []): CmsVerification => ({ valid: false, problem, certificates, signingCertificateAttribute: 'absent' });
  let signedData: pkijs.SignedData;
  try {
    // /Contents is padded with zeros after the DER; fromBER reads one value and stops.
    const parsed = asn1js.fromBER(new Uint8Array(contents));
    if (parsed.offset === -1) return invalid('de handtekening is geen CMS-structuur');
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== OID.signedData) return invalid('de handtekening is geen CMS SignedData');
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return invalid('de handtekening is geen leesbare CMS-structuur');
  }

  const certificates = (signedData.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => new X509Certificate(Buffer.from(c.toSchema().toBER(false))));
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return invalid('de handtekening bevat geen ondertekenaar', certificates);

  let signatureVerified = false;
  let signer: X509Certificate | undefined;
  let problem: string | undefined;
  try {
    const result = await signedData.verify({ signer: 0, data: toArrayBuffer(signedBytes), checkChain: false, extendedMode: true });
    signatureVerified = result.signatureVerified === true;
    if (result.signerCertificate) signer = matching(certificates, result.signerCertificate);
    if (!signatureVerified) problem = 'de cryptografische handtekening klopt niet';
  } catch (error) {
    const e = error as { message?: string; code?: number; signerCertificate?: pkijs.Certificate | null };
    if (e.signerCertificate) signer = matching(certificates, e.signerCertificate);
    problem = /digest doesn't match/i.test(e.message ?? '')
      ? 'de ondertekende bytes zijn gewijzigd (de hash klopt niet)'
      : e.code === 3
        ? 'het certificaat van de ondertekenaar ontbreekt in de handtekening'
        : `de handtekening is niet te controleren (${e.message ?? 'onbekende fout'})`;
  }

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const ess = attributes.find((a) => a.type === OID.signingCertificateV2);
  let signingCertificateAttribute: CmsVerification['signingCertificateAttribute'] = 'absent';
  if (ess) {
    const hashes = signingCertificateV2Hashes(ess.values[0]);
    const own = signer ? createHash('sha256').update(signer.raw).digest() : undefined;
    signingCertificateAttribute = hashes && own && hashes[0] && Buffer.from(hashes[0]).equals(own) ? 'matches' : 'mismatch';
    if (signingCertificateAttribute === 'mismatch' && !problem) problem = 'het signing-certificate-v2-attribuut noemt een ander certificaat dan dat van de ondertekenaar';
  }
  const time = attributes.find((a) => a.type === OID.signingTime)?.values[0];
  const signingTime = time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : undefined;

  return {
    valid: signatureVerified && signingCertificateAttribute !== 'mismatch',
    ...(problem ? { problem } : {}),
    ...(signer ? { signer } : {}),
    certificates,
    signingCertificateAttribute,
    ...(signingTime ? { signingTime } : {}),
  };
}

function matching(certificates: X509Certificate[], certificate: pkijs.Certificate): X509Certificate | undefined {
  const der = Buffer.from(certificate.toSchema().toBER(false));
  return certificates.find((c) => c.raw.equals(der));
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
