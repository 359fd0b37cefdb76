/**
 * The verify report for the terminal (Dutch) and as JSON (the contract in
 * the README). Dates in JSON are ISO strings; texts stay Dutch.
 */
import { formatDutchDateTime, formatDutchDay } from './signingTime.js';
import type { CertificateReport, FieldReport, VerifyReport } from './verifyPdf.js';

export interface VerifyOptions {
  requireAll: boolean;
}

/** Exit status: 0 when every present signature is in order (and, with --require-all, every field is signed). */
export function verifyPassed(report: VerifyReport, options: VerifyOptions): boolean {
  if (!report.ok) return false;
  return !options.requireAll || (report.fields.length > 0 && report.fields.every((f) => f.signed));
}

export function formatVerifyText(file: string, report: VerifyReport, options: VerifyOptions): string {
  const { fields } = report;
  const signed = fields.filter((f) => f.signed);
  const lines: string[] = [];
  const status = report.status === 'draft' ? ' (CONCEPT)' : '';
  if (!fields.length) lines.push(`${file}${status}: geen handtekeningvelden`);
  else lines.push(`${file}${status}: ${count(fields.length, 'handtekeningveld', 'handtekeningvelden')}, ${signed.length} ondertekend, ${fields.length - signed.length} niet ondertekend`);

  for (const field of fields) lines.push(...fieldLines(field));

  const failing = signed.filter((f) => f.problems.length);
  const unsigned = fields.filter((f) => !f.signed);
  lines.push('');
  if (failing.length) {
    lines.push(`Niet in orde: ${count(failing.length, 'handtekening', 'handtekeningen')} met problemen (${failing.map((f) => f.field).join(', ')}).`);
  } else if (signed.length) {
    lines.push(`In orde: ${signed.length === 1 ? 'de handtekening is geldig' : `alle ${signed.length} handtekeningen zijn geldig`} en het document is daarna niet gewijzigd.`);
  } else {
    lines.push('Nog geen handtekeningen.');
  }
  if (options.requireAll && !fields.length) lines.push('Niet compleet (--require-all): dit document heeft geen handtekeningvelden.');
  else if (options.requireAll && unsigned.length) lines.push(`Niet compleet (--require-all): nog niet ondertekend: ${unsigned.map((f) => f.field).join(', ')}.`);
  if (signed.length) lines.push('Of een certificaat te vertrouwen is, controleert verify niet: kijk of de uitgever is wie u verwacht.');
  return `${lines.join('\n')}\n`;
}

function fieldLines(f: FieldReport): string[] {
  if (!f.signed) return [`  ${f.field}: niet ondertekend`];
  const who = f.signer ? `${f.signer.commonName}${f.signer.organization ? ` (${f.signer.organization})` : ''}` : 'onbekend';
  const when = f.signingTime ? `, ${formatDutchDateTime(f.signingTime, true)}` : '';
  const lines = [`  ${f.field}: ondertekend door ${who}${when}`];
  const kind = f.pades ? 'PAdES' : (f.subFilter ?? 'onbekend type');
  lines.push(`    handtekening: ${f.signatureValid && !f.signatureProblems.length ? `geldig (${kind})` : `ONGELDIG: ${f.signatureProblems.join('; ') || 'klopt niet'}`}`);
  if (f.changes) lines.push(f.changes.length ? `    daarna gewijzigd: JA: ${f.changes.join('; ')}` : '    daarna gewijzigd: nee (hooguit latere handtekeningen)');
  if (f.reason || f.location) lines.push(`    ${[f.reason ? `reden: ${f.reason}` : '', f.location ? `plaats: ${f.location}` : ''].filter(Boolean).join('; ')}`);
  if (f.certificates?.length) {
    lines.push(`    certificaten: ${certificateLine(f.certificates[0]!)}`);
    for (const c of f.certificates.slice(1)) lines.push(`                  ${certificateLine(c)}`);
  }
  for (const problem of f.certificateProblems) lines.push(`    let op: ${problem}`);
  return lines;
}

function certificateLine(c: CertificateReport): string {
  const validity = c.validity === 'valid' ? '' : c.validity === 'expired' ? ' VERLOPEN bij ondertekening' : ' NOG NIET GELDIG bij ondertekening';
  const role = c.root ? ' (basiscertificaat)' : `, uitgegeven door ${c.issuer}`;
  return `${c.commonName}${role}, geldig ${formatDutchDay(c.notBefore)} t/m ${formatDutchDay(c.notAfter)}${validity}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The JSON contract: `{ file, status, fields: [...], summary, ok }`. */
export function verifyJson(file: string, report: VerifyReport, options: VerifyOptions): unknown {
  const signed = report.fields.filter((f) => f.signed);
  return {
    file,
    status: report.status === 'final' ? 'definitief' : report.status === 'draft' ? 'concept' : null,
    fields: report.fields.map((f) => ({
      field: f.field,
      signed: f.signed,
      signer: f.signer ? { commonName: f.signer.commonName, organization: f.signer.organization ?? null } : null,
      signingTime: f.signingTime?.toISOString() ?? null,
      reason: f.reason ?? null,
      location: f.location ?? null,
      subFilter: f.subFilter ?? null,
      signatureValid: f.signed ? f.signatureValid === true : null,
      pades: f.signed ? f.pades === true : null,
      changedAfter: f.signed ? (f.changes ? f.changes.length > 0 : null) : null,
      changes: f.changes ?? [],
      certificates: (f.certificates ?? []).map((c) => ({
        commonName: c.commonName,
        organization: c.organization ?? null,
        issuer: c.issuer,
        notBefore: c.notBefore.toISOString(),
        notAfter: c.notAfter.toISOString(),
        validAtSigningTime: c.validity === 'valid',
        root: c.root,
      })),
      problems: f.problems,
    })),
    summary: {
      fields: report.fields.length,
      signed: signed.length,
      unsigned: report.fields.length - signed.length,
      valid: signed.filter((f) => !f.problems.length).length,
      invalid: signed.filter((f) => f.problems.length).length,
    },
    ok: verifyPassed(report, options),
  };
}
