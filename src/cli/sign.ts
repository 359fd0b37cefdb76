import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { signatureAlgorithm } from '../sign/cadesSignature.js';
import { describeCertificate, validityAt } from '../sign/describeCertificate.js';
import { Pkcs12Error, readPkcs12, type Pkcs12Problem, type SigningIdentity } from '../sign/readPkcs12.js';
import { fieldsAfter, openForSigning, signField } from '../sign/signPdf.js';
import { formatDutchDateTime } from '../sign/signingTime.js';
import { verifyPdf } from '../sign/verifyPdf.js';
import { SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { parseCommandArgs } from './args.js';
import { promptPassword } from './promptPassword.js';
import { readInput } from './readInput.js';
import { commands, UsageError } from './usage.js';

/** `jaarschijf sign <file.pdf> --field <veld> --p12 <file.p12> [...] [-o file]`: one signatory signs their field. */
export async function run(args: string[]): Promise<number> {
  const usage = commands.sign;
  const { values, positionals } = parseCommandArgs(
    args,
    {
      field: { type: 'string' },
      p12: { type: 'string' },
      'password-env': { type: 'string' },
      reason: { type: 'string' },
      location: { type: 'string' },
      time: { type: 'string' },
      'allow-expired': { type: 'boolean' },
      out: { type: 'string', short: 'o' },
    },
    usage,
  );
  if (positionals.length !== 1) throw new UsageError('noem één PDF om te ondertekenen', usage);
  if (!values.field) throw new UsageError('noem het handtekeningveld met --field (zie `jaarschijf verify <file.pdf>` voor de velden)', usage);
  if (!values.p12) throw new UsageError('noem het certificaatbestand (PKCS#12, .p12 of .pfx) met --p12', usage);
  const passwordEnv = values['password-env'];
  if (passwordEnv !== undefined && process.env[passwordEnv] === undefined) throw new UsageError(`omgevingsvariabele ${passwordEnv} (--password-env) is niet gezet`, usage);
  const time = values.time === undefined ? new Date() : parseTime(values.time, usage);

  const input = positionals[0]!;
  const pdf = await readInput(input, 'PDF');
  const prepared = await openForSigning(pdf, input, values.field);
  const signedCount = prepared.fields.filter((f) => f.signed).length + 1;
  const target = values.out ?? defaultTarget(input, signedCount, prepared.fields.length);
  if (values.out === undefined && (resolve(target) === resolve(input) || existsSync(target))) {
    throw new SourceError([{ file: target, message: 'bestaat al; niet overschreven (kies een naam met -o)' }]);
  }

  const p12File = values.p12;
  if (resolve(target) === resolve(p12File)) throw new UsageError('-o noemt het certificaatbestand; kies een andere naam', usage);
  const p12 = await readInput(p12File, 'certificaatbestand (.p12)');
  const password = passwordEnv !== undefined ? process.env[passwordEnv]! : await promptPassword(`Wachtwoord voor ${p12File}: `, usage);
  const identity = openIdentity(p12, password, p12File);
  const warnings = [...checkCertificates(identity, time, p12File, values['allow-expired'] === true), ...(prepared.fields.some((f) => f.signed) ? await earlierSignatureWarnings(pdf, input) : [])];

  const bytes = await signField(prepared, identity, {
    time,
    ...(values.reason ? { reason: values.reason } : {}),
    ...(values.location ? { location: values.location } : {}),
  });
  await writeFileAtomic(target, bytes);

  for (const warning of warnings) process.stderr.write(`${warning}\n`);
  const signer = describeCertificate(identity.chain[0]!);
  const fields = fieldsAfter(prepared);
  const open = fields.filter((f) => !f.signed).map((f) => f.name);
  process.stdout.write(
    [
      `${target}: veld "${values.field}" ondertekend door ${signer.commonName}${signer.organization ? ` (${signer.organization})` : ''} op ${formatDutchDateTime(time, true)}`,
      open.length
        ? `  ${fields.length - open.length} van ${fields.length} velden ondertekend; nog te ondertekenen: ${open.join(', ')}`
        : `  alle ${fields.length} velden zijn ondertekend`,
      '',
    ].join('\n'),
  );
  return 0;
}

/** A signatory should know when a signature already in the PDF is not in order (signing goes ahead: the sender decides). */
async function earlierSignatureWarnings(pdf: Uint8Array, file: string): Promise<string[]> {
  let report;
  try {
    report = await verifyPdf(pdf);
  } catch {
    return [`jaarschijf: let op: ${file}: de eerdere handtekeningen zijn niet te controleren`];
  }
  return report.fields
    .filter((f) => f.signed && f.problems.length)
    .map((f) => `jaarschijf: let op: ${file}: de handtekening in veld "${f.field}" is niet in orde: ${f.problems.join('; ')}`);
}

/** `harderwijk-2024.pdf` -> `harderwijk-2024-ondertekend-1-van-5.pdf`; the count goes up as the PDF goes round. */
function defaultTarget(input: string, signed: number, total: number): string {
  const stem = basename(input).replace(/\.pdf$/i, '').replace(/-ondertekend-\d+-van-\d+$/, '');
  return join(dirname(input), `${stem}-ondertekend-${signed}-van-${total}.pdf`);
}

function parseTime(value: string, usage: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--time "${value}" is geen ISO-tijd met tijdzone (bijvoorbeeld 2024-12-12T14:00:00+01:00)`, usage);
  }
  return date;
}

const pkcs12Messages: Record<Pkcs12Problem, string> = {
  format: 'is geen PKCS#12-bestand (.p12 of .pfx) of is beschadigd',
  password: 'wachtwoord onjuist',
  'no-key': 'bevat geen persoonlijke sleutel',
  'no-certificate': 'bevat geen certificaat bij de persoonlijke sleutel',
};

function openIdentity(bytes: Uint8Array, password: string, file: string): SigningIdentity {
  let identity: SigningIdentity;
  try {
    identity = readPkcs12(bytes, password);
  } catch (error) {
    if (error instanceof Pkcs12Error) throw new SourceError([{ file, message: pkcs12Messages[error.problem] }]);
    throw error;
  }
  if (!signatureAlgorithm(identity.privateKey)) {
    const type = identity.privateKey.asymmetricKeyType;
    const curve = identity.privateKey.asymmetricKeyDetails?.namedCurve;
    throw new SourceError([{ file, message: `sleutel van type ${type}${curve ? ` (${curve})` : ''} wordt niet ondersteund; gebruik RSA of EC (P-256, P-384, P-521)` }]);
  }
  return identity;
}

/** Every certificate of the chain must be valid at the signing time; with --allow-expired the problems become warnings. */
function checkCertificates(identity: SigningIdentity, time: Date, file: string, allowExpired: boolean): string[] {
  const problems: Diagnostic[] = identity.chain.flatMap((certificate) => {
    const c = describeCertificate(certificate);
    const validity = validityAt(c, time);
    if (validity === 'expired') return [{ file, message: `certificaat "${c.commonName}" is verlopen op ${formatDutchDateTime(c.notAfter, true)} (ondertekentijd ${formatDutchDateTime(time, true)})` }];
    if (validity === 'not-yet-valid') return [{ file, message: `certificaat "${c.commonName}" is pas geldig vanaf ${formatDutchDateTime(c.notBefore, true)} (ondertekentijd ${formatDutchDateTime(time, true)})` }];
    return [];
  });
  if (problems.length && !allowExpired) throw new SourceError(problems);
  return problems.map((p) => `jaarschijf: let op (--allow-expired): ${p.file}: ${p.message}`);
}
