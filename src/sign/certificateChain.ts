/**
 * A certificate chain as far as the certificates at hand reach: from the
 * signer's certificate through each issuer (checked by its signature), ending
 * at a self-signed root or where no issuer is present.
 */
import type { X509Certificate } from 'node:crypto';

export function buildChain(leaf: X509Certificate, pool: readonly X509Certificate[]): X509Certificate[] {
  const chain = [leaf];
  for (let current = leaf; chain.length < 10 && !isSelfSigned(current); ) {
    const issuer = pool.find((c) => !chain.some((d) => d.raw.equals(c.raw)) && issuedBy(current, c));
    if (!issuer) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

export function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
}

export function isSelfSigned(certificate: X509Certificate): boolean {
  return issuedBy(certificate, certificate);
}
