/**
 * The CMS signature of a PAdES baseline B-B signature (SubFilter
 * ETSI.CAdES.detached), built with pkijs: detached SignedData over the PDF's
 * byte ranges, SHA-256, the signer's certificate chain included, and exactly
 * the signed attributes ETSI EN 319 142-1 asks for: content-type,
 * message-digest and signing-certificate-v2. No signing-time attribute: in
 * PAdES the claimed signing time is the signature dictionary's /M.
 */
import { createHash, webcrypto, type KeyObject, type X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { Signer } from '@signpdf/utils';
import type { SigningIdentity } from './readPkcs12.js';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

/** @signpdf's signer interface: it hands over the bytes the /ByteRange covers. */
export class CadesSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    return Buffer.from(await cadesDetachedSignature(signedBytes, this.identity));
  }
}

export async function cadesDetachedSignature(content: Uint8Array, identity: SigningIdentity): Promise<Uint8Array> {
  const [signer, ...issuers] = identity.chain.map((c) => pkijs.Certificate.fromBER(c.raw));
  if (!signer) throw new Error('no signing certificate');
  const digest = createHash('sha256').update(content).digest();

  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(identity.chain[0]!)] }),
          ],
        }),
      }),
    ],
    certificates: [signer, ...issuers],
  });
  await signedData.sign(await webCryptoKey(identity.privateKey), 0, 'SHA-256');

  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/**
 * RFC 5035: SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 },
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING }.
 * SHA-256 is the default, so DER leaves hashAlgorithm out; CAdES baseline
 * advises against issuerSerial, so it is left out too.
 */
function signingCertificateV2(certificate: X509Certificate): asn1js.Sequence {
  const certHash = createHash('sha256').update(certificate.raw).digest();
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** The certificate hashes a signing-certificate-v2 attribute names (SHA-256 only, the default), for verification. */
export function signingCertificateV2Hashes(value: asn1js.AsnType): Uint8Array[] | undefined {
  if (!(value instanceof asn1js.Sequence)) return undefined;
  const certs = value.valueBlock.value[0];
  if (!(certs instanceof asn1js.Sequence)) return undefined;
  const hashes: Uint8Array[] = [];
  for (const id of certs.valueBlock.value) {
    if (!(id instanceof asn1js.Sequence)) return undefined;
    const [first, second] = id.valueBlock.value;
    // With a hashAlgorithm present it must be SHA-256 (2.16.840.1.101.3.4.2.1) for us to compare.
    if (first instanceof asn1js.Sequence) {
      const algorithm = first.valueBlock.value[0];
      if (!(algorithm instanceof asn1js.ObjectIdentifier) || algorithm.valueBlock.toString() !== '2.16.840.1.101.3.4.2.1') return undefined;
      if (!(second instanceof asn1js.OctetString)) return undefined;
      hashes.push(new Uint8Array(second.valueBlock.valueHexView));
    } else if (first instanceof asn1js.OctetString) {
      hashes.push(new Uint8Array(first.valueBlock.valueHexView));
    } else return undefined;
  }
  return hashes;
}

const curves: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

/** The WebCrypto algorithm to sign with this key, or undefined for a key type this signer does not support. */
export function signatureAlgorithm(key: KeyObject): RsaHashedImportParams | EcKeyImportParams | undefined {
  if (key.asymmetricKeyType === 'rsa') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const namedCurve = key.asymmetricKeyType === 'ec' ? curves[key.asymmetricKeyDetails?.namedCurve ?? ''] : undefined;
  return namedCurve ? { name: 'ECDSA', namedCurve } : undefined;
}

/** The Node key as a WebCrypto key, which pkijs signs with. */
async function webCryptoKey(key: KeyObject): Promise<CryptoKey> {
  const algorithm = signatureAlgorithm(key);
  if (!algorithm) throw new Error(`unsupported key type ${key.asymmetricKeyType}`);
  return (await webcrypto.subtle.importKey('pkcs8', key.export({ type: 'pkcs8', format: 'der' }), algorithm, false, ['sign'])) as CryptoKey;
}
