/**
 * A throwaway certificate authority and signer certificates, made at test
 * time: keys by Node's crypto (fast), certificates and PKCS#12 files by
 * node-forge. Nothing here is trusted by anything.
 */
import { generateKeyPairSync, KeyObject, webcrypto, X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import forge from 'node-forge';
import * as pkijs from 'pkijs';

export interface TestCa {
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
}

export interface SignerSpec {
  commonName: string;
  organization: string;
  notBefore: Date;
  notAfter: Date;
}

let serial = 1;

function keyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

/** Attributes as UTF8String (forge encodes the value), so names with accents come through as written. */
function name(commonName: string, organization: string): forge.pki.CertificateField[] {
  return [
    { name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
    { name: 'organizationName', value: organization, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
  ];
}

export function makeCa(commonName = 'Jaarschijf Test CA', notBefore = new Date('2020-01-01T00:00:00Z'), notAfter = new Date('2035-01-01T00:00:00Z')): TestCa {
  const { privateKey, publicKey } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  cert.setSubject(name(commonName, 'Jaarschijf tests'));
  cert.setIssuer(name(commonName, 'Jaarschijf tests'));
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  return { key: privateKey, cert };
}

/** A signer's certificate, issued by the CA, packed with the CA certificate into a PKCS#12 file. */
export function makeSignerP12(dir: string, file: string, ca: TestCa, spec: SignerSpec, password: string, algorithm: '3des' | 'aes256' = 'aes256'): string {
  const { privateKey, publicKey } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  cert.setSubject(name(spec.commonName, spec.organization));
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.cert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [cert, ca.cert], password, { algorithm, generateLocalKeyId: true, friendlyName: spec.commonName });
  const path = join(dir, file);
  writeFileSync(path, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  return path;
}

/** A self-signed EC (P-256) certificate and its key, made with pkijs (forge makes RSA only): for the EC signing path. */
export async function makeEcIdentity(commonName: string, notBefore: Date, notAfter: Date): Promise<{ privateKey: KeyObject; chain: X509Certificate[] }> {
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: serial++ });
  for (const name of [certificate.issuer, certificate.subject]) {
    name.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: commonName }) }));
  }
  certificate.notBefore.value = notBefore;
  certificate.notAfter.value = notAfter;
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  await certificate.sign(keys.privateKey, 'SHA-256');
  return {
    privateKey: KeyObject.from(keys.privateKey),
    chain: [new X509Certificate(Buffer.from(certificate.toSchema(true).toBER(false)))],
  };
}
