/**
 * The signer's key and certificates from a PKCS#12 file (.p12, .pfx), decrypted
 * with node-forge: it reads both the legacy (3DES/RC2) files Windows and older
 * tools export and OpenSSL 3's AES ones. forge only decrypts here; the key and
 * certificates leave as DER for Node's crypto and pkijs.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { buildChain } from './certificateChain.js';

export interface SigningIdentity {
  privateKey: KeyObject;
  /** The certificate of the private key, then its issuers as far as the file has them. */
  chain: X509Certificate[];
}

/** Why a PKCS#12 file could not be used; the CLI turns each into a Dutch message. */
export type Pkcs12Problem = 'format' | 'password' | 'no-key' | 'no-certificate';

export class Pkcs12Error extends Error {
  constructor(readonly problem: Pkcs12Problem, detail: string) {
    super(detail);
    this.name = 'Pkcs12Error';
  }
}

export function readPkcs12(bytes: Uint8Array, password: string): SigningIdentity {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')), false);
  } catch (error) {
    throw new Pkcs12Error('format', (error as Error).message);
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = (error as Error).message;
    // forge checks the MAC first; a file without a MAC fails on decryption instead.
    if (/MAC could not be verified|Invalid password|decrypt/i.test(message)) throw new Pkcs12Error('password', message);
    throw new Pkcs12Error('format', message);
  }

  const keyBags = [forge.pki.oids.pkcs8ShroudedKeyBag!, forge.pki.oids.keyBag!].flatMap((type) => p12.getBags({ bagType: type })[type] ?? []);
  const keys = keyBags.map((bag) => {
    // forge decodes RSA keys itself; any other key type it hands back as PrivateKeyInfo.
    const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
    try {
      return createPrivateKey({ key: derOf(info), format: 'der', type: 'pkcs8' });
    } catch (error) {
      throw new Pkcs12Error('password', (error as Error).message);
    }
  });
  if (!keys.length) throw new Pkcs12Error('no-key', 'no private key in the file');

  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const certificates = certBags.map((bag) => new X509Certificate(derOf(bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1)));

  for (const privateKey of keys) {
    const own = certificates.find((c) => c.checkPrivateKey(privateKey));
    if (own) return { privateKey, chain: buildChain(own, certificates) };
  }
  throw new Pkcs12Error('no-certificate', 'no certificate matches the private key');
}

function derOf(asn1: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
