/**
 * Signing the example's five fields in turn through the CLI, checked by an
 * independent verifier (poppler's pdfsig, qpdf) as well as by `verify`; and
 * every refusal of `sign`, with its message and without a changed file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appearanceLines } from '../src/sign/signatureAppearance.js';
import { openForSigning, signField } from '../src/sign/signPdf.js';
import { makeCa, makeEcIdentity, makeSignerP12, type TestCa } from './helpers/certificates.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { structTree, type StructNode } from './helpers/pdf.js';
import { hasTool, run } from './helpers/tools.js';

const tools = hasTool('pdfsig') && hasTool('qpdf') && hasTool('pdfinfo') && hasTool('pdftoppm');

const PASSWORD = 'geheim wachtwoord';
const TIME = '2024-12-12T14:00:00+01:00';
const valid = { notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2026-12-31T00:00:00Z') };

/** The example's signatories, their fields and certificate names (one with a diacritic, as names have). */
const signatories = [
  { field: 'handtekening-e-enklaar', commonName: 'E. Enklaar', organization: 'Gemeente Harderwijk' },
  { field: 'handtekening-f-g-imming', commonName: 'F.G. Imming', organization: 'Stichting Uwoon' },
  { field: 'handtekening-p-j-w-toonen', commonName: 'P.J.W. Toonen', organization: 'Stichting Omnia Wonen' },
  { field: 'handtekening-h-scholten', commonName: 'H. Scholten', organization: 'Stichting Huurdersraad Woonwijs' },
  { field: 'handtekening-r-y-schuijl-gerritsen', commonName: 'R.Y. Schuijl-Gerritsën', organization: 'Stichting Huurdersorganisatie Omnia Wonen (SHOW)' },
];

const env = { JAARSCHIJF_P12_PASSWORD: PASSWORD };
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const listing = (dir: string) => readdirSync(dir).sort();

interface Fixture {
  dir: string;
  ca: TestCa;
  unsigned: string;
  draft: string;
  p12: string[];
}

function sign(fixture: Fixture, input: string, i: number, extra: string[] = []) {
  return runCli(['sign', input, '--field', signatories[i]!.field, '--p12', fixture.p12[i]!, '--password-env', 'JAARSCHIJF_P12_PASSWORD', '--time', TIME, '--reason', 'Akkoord met de jaarschijf 2024', '--location', 'Harderwijk', ...extra], { env });
}

function pdfsig(file: string): { fields: string[]; validations: string[]; signers: string[] } {
  // pdfsig exits non-zero when a signature is not valid; its report is what counts.
  const out = spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;
  return {
    fields: [...out.matchAll(/Signature Field Name: (.*)/g)].map((m) => m[1]!.trim()),
    validations: [...out.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1]!.trim()),
    signers: [...out.matchAll(/Signer Certificate Common Name: (.*)/g)].map((m) => m[1]!.trim()),
  };
}

function countType(node: StructNode, type: string): number {
  return (node.type === type ? 1 : 0) + node.items.reduce((n, item) => n + (typeof item === 'string' ? 0 : countType(item, type)), 0);
}

describe.runIf(tools)('jaarschijf sign and verify', () => {
  let fixture: Fixture;
  let signed: string[] = [];

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-sign-'));
    for (const [source, sub] of [['agreements/harderwijk/2024.ts', 'final'], ['agreements/harderwijk/2023.ts', 'draft']] as const) {
      const result = runCli(['render', join(repoRoot, source), '--format', 'pdf', '-o', join(dir, sub)]);
      if (result.status !== 0) throw new Error(result.stderr);
    }
    const ca = makeCa();
    const p12 = signatories.map((s, i) => makeSignerP12(dir, `signer-${i}.p12`, ca, { ...s, ...valid }, PASSWORD, i % 2 ? '3des' : 'aes256'));
    fixture = { dir, ca, unsigned: join(dir, 'final/harderwijk-2024.pdf'), draft: join(dir, 'draft/harderwijk-2023.pdf'), p12 };

    // Five signatories in turn, not in the document's order; the first without -o (the default name).
    const order = [3, 0, 4, 1, 2];
    let input = fixture.unsigned;
    order.forEach((i, step) => {
      const out = join(dir, `step-${step + 1}.pdf`);
      const result = step === 0 ? sign(fixture, input, i) : sign(fixture, input, i, ['-o', out]);
      if (result.status !== 0) throw new Error(`signing ${signatories[i]!.field}: ${result.stderr}`);
      input = step === 0 ? join(dir, 'final/harderwijk-2024-ondertekend-1-van-5.pdf') : out;
      signed.push(input);
    });
  }, 300_000);

  afterAll(() => {
    if (fixture) rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('verify on the unsigned example lists five unsigned fields and exits 0; 1 with --require-all', () => {
    const result = runCli(['verify', fixture.unsigned]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${fixture.unsigned}: 5 handtekeningvelden, 0 ondertekend, 5 niet ondertekend`);
    for (const s of signatories) expect(result.stdout).toContain(`  ${s.field}: niet ondertekend`);

    const all = runCli(['verify', fixture.unsigned, '--require-all']);
    expect(all.status).toBe(1);
    expect(all.stdout).toContain(`Niet compleet (--require-all): nog niet ondertekend: ${signatories.map((s) => s.field).join(', ')}.`);

    const json = JSON.parse(runCli(['verify', fixture.unsigned, '--format', 'json']).stdout);
    expect(json.summary).toEqual({ fields: 5, signed: 0, unsigned: 5, valid: 0, invalid: 0 });
    expect(json.status).toBe('definitief');
    expect(json.fields.map((f: { field: string; signed: boolean }) => [f.field, f.signed])).toEqual(signatories.map((s) => [s.field, false]));
  });

  it('the first signature goes to a new file named after the count; the input stays as it was', () => {
    expect(signed[0]).toBe(join(fixture.dir, 'final/harderwijk-2024-ondertekend-1-van-5.pdf'));
    expect(existsSync(signed[0]!)).toBe(true);
    const again = runCli(['render', join(repoRoot, 'agreements/harderwijk/2024.ts'), '--format', 'pdf', '-o', join(fixture.dir, 'again')]);
    expect(again.status).toBe(0);
    expect(sha(fixture.unsigned)).toBe(sha(join(fixture.dir, 'again/harderwijk-2024.pdf')));
  });

  it('each signature is an incremental update: every earlier byte stays as it was', () => {
    let previous = readFileSync(fixture.unsigned);
    for (const file of signed) {
      const bytes = readFileSync(file);
      expect(bytes.length).toBeGreaterThan(previous.length);
      expect(Buffer.compare(bytes.subarray(0, previous.length), previous), file).toBe(0);
      previous = bytes;
    }
  });

  it('pdfsig finds five signatures, each valid, by the five signers', () => {
    const report = pdfsig(signed[4]!);
    expect(report.fields).toEqual(signatories.map((s) => s.field));
    expect(report.validations).toEqual(Array(5).fill('Signature is Valid.'));
    expect(report.signers.sort()).toEqual(signatories.map((s) => s.commonName).sort());
    // After each step, the signatures so far are valid too.
    signed.forEach((file, step) => expect(pdfsig(file).validations, file).toEqual(Array(step + 1).fill('Signature is Valid.')));
  });

  it('qpdf --check stays clean', () => {
    for (const file of signed) {
      const out = run('qpdf', ['--check', file]);
      expect(out, file).toContain('No syntax or stream encoding errors found');
    }
  });

  it('verify reports five valid PAdES signatures, unchanged after signing, and exits 0 even with --require-all', () => {
    const result = runCli(['verify', signed[4]!, '--require-all']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('5 handtekeningvelden, 5 ondertekend, 0 niet ondertekend');
    expect(result.stdout).toContain('In orde: alle 5 handtekeningen zijn geldig en het document is daarna niet gewijzigd.');
    expect(result.stdout).toContain('  handtekening-e-enklaar: ondertekend door E. Enklaar (Gemeente Harderwijk), 12 december 2024 om 14:00 (CET)');
    expect(result.stdout).toContain('  handtekening-r-y-schuijl-gerritsen: ondertekend door R.Y. Schuijl-Gerritsën (Stichting Huurdersorganisatie Omnia Wonen (SHOW))');

    const json = JSON.parse(runCli(['verify', signed[4]!, '--format', 'json']).stdout);
    expect(json.ok).toBe(true);
    expect(json.summary).toEqual({ fields: 5, signed: 5, unsigned: 0, valid: 5, invalid: 0 });
    for (const field of json.fields) {
      expect(field.signed).toBe(true);
      expect(field.signatureValid).toBe(true);
      expect(field.pades).toBe(true);
      expect(field.subFilter).toBe('ETSI.CAdES.detached');
      expect(field.changedAfter).toBe(false);
      expect(field.signingTime).toBe('2024-12-12T13:00:00.000Z');
      expect(field.reason).toBe('Akkoord met de jaarschijf 2024');
      expect(field.location).toBe('Harderwijk');
      expect(field.certificates.map((c: { commonName: string; root: boolean; validAtSigningTime: boolean }) => [c.commonName, c.root, c.validAtSigningTime])).toEqual([
        [signatories.find((s) => s.field === field.field)!.commonName, false, true],
        ['Jaarschijf Test CA', true, true],
      ]);
      expect(field.certificates[0].notAfter).toBe('2026-12-31T00:00:00.000Z');
      expect(field.problems).toEqual([]);
    }
  });

  it('verify after some signatures lists the signed and the unsigned fields and exits 1 only with --require-all', () => {
    const json = JSON.parse(runCli(['verify', signed[1]!, '--format', 'json']).stdout);
    expect(json.fields.filter((f: { signed: boolean }) => f.signed).map((f: { field: string }) => f.field)).toEqual(['handtekening-e-enklaar', 'handtekening-h-scholten']);
    expect(json.fields.every((f: { changedAfter: boolean | null; signed: boolean }) => !f.signed || f.changedAfter === false)).toBe(true);
    expect(runCli(['verify', signed[1]!]).status).toBe(0);
    expect(runCli(['verify', signed[1]!, '--require-all']).status).toBe(1);
  });

  it('changing one byte of the signed part makes verify exit 1 and pdfsig report invalid signatures', () => {
    const bytes = readFileSync(signed[4]!);
    const at = bytes.indexOf('Prestatieafspraken Harderwijk');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(readFileSync(fixture.unsigned).length);
    bytes[at] = 'p'.charCodeAt(0);
    const tampered = join(fixture.dir, 'tampered.pdf');
    writeFileSync(tampered, bytes);

    const result = runCli(['verify', tampered]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('handtekening: ONGELDIG: de ondertekende bytes zijn gewijzigd (de hash klopt niet)');
    expect(result.stdout).toContain('Niet in orde: 5 handtekeningen met problemen');
    const report = pdfsig(tampered);
    expect(report.validations).toHaveLength(5);
    for (const v of report.validations) expect(v).not.toBe('Signature is Valid.');
  });

  it('a change appended after the signatures makes verify exit 1 and name it; pdfsig still calls the signatures valid', async () => {
    const doc = await PDFDocument.load(readFileSync(signed[4]!), { forIncrementalUpdate: true, updateMetadata: false });
    doc.getPage(2).node.set(PDFName.of('Rotate'), doc.context.obj(90));
    const changed = join(fixture.dir, 'changed.pdf');
    writeFileSync(changed, await doc.commit({ useObjectStreams: false }));

    const result = runCli(['verify', changed, '--format', 'json']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    for (const field of json.fields) {
      expect(field.signatureValid).toBe(true);
      expect(field.changedAfter).toBe(true);
      expect(field.changes).toEqual([expect.stringMatching(/^pagina-object \d+ gewijzigd \(\/Rotate\)$/)]);
    }
    expect(pdfsig(changed).validations).toEqual(Array(5).fill('Signature is Valid.'));
  });

  it('a change to the document information after the first signature is reported for that signature only', async () => {
    // Sign once, change the title in an update, sign again: the second signature covers the change.
    const doc = await PDFDocument.load(readFileSync(signed[0]!), { forIncrementalUpdate: true, updateMetadata: false });
    doc.setTitle('Een andere titel');
    const edited = join(fixture.dir, 'edited.pdf');
    writeFileSync(edited, await doc.commit({ useObjectStreams: true }));
    const resigned = join(fixture.dir, 'edited-signed.pdf');
    expect(sign(fixture, edited, 0, ['-o', resigned]).status).toBe(0);

    const result = runCli(['verify', resigned, '--format', 'json']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    const byField = Object.fromEntries(json.fields.map((f: { field: string }) => [f.field, f]));
    expect(byField['handtekening-h-scholten'].changes).toEqual([expect.stringMatching(/^documentinformatie \(\/Info, object \d+\) gewijzigd \(\/Title\)$/)]);
    expect(byField['handtekening-e-enklaar'].changes).toEqual([]);
  });

  it('the example\'s PDF/A identification and tags survive signing', () => {
    const meta = run('pdfinfo', ['-meta', signed[4]!]);
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    const info = run('pdfinfo', [signed[4]!]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Form:\s+AcroForm$/m);
    const before = structTree(fixture.unsigned, false);
    const after = structTree(signed[4]!, false);
    expect(countType(after, 'Form')).toBe(5);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    // The appearance draws outlines, no new font: the fonts are the renderer's embedded subsets.
    expect(run('pdffonts', [signed[4]!])).toBe(run('pdffonts', [fixture.unsigned]));
  });

  it('the signed field shows its appearance; an unsigned field stays empty', async () => {
    // The signature block's page at 36 dpi in grey: ink inside the field's rectangle (above the signing line).
    const ink = async (file: string, field: string) => {
      // The field's rectangle and page, read with pdf-lib's form API.
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      const widget = doc.getForm().getField(field).acroField.getWidgets()[0]!;
      const { x: x1, y: y1, width: w, height: h } = widget.getRectangle();
      const [x2, y2] = [x1 + w, y1 + h];
      const page = doc.getPages().findIndex((p) => p.ref === widget.P()) + 1;
      const pageHeight = doc.getPage(page - 1).getHeight();
      const scale = 36 / 72;
      const pgm = runBinary('pdftoppm', ['-gray', '-r', '36', '-f', String(page), '-l', String(page), file]);
      const { width, height, pixels } = parsePgm(pgm);
      let dark = 0;
      for (let y = Math.ceil((pageHeight - y2) * scale); y < Math.floor((pageHeight - y1) * scale) - 1; y++) {
        for (let x = Math.ceil(x1 * scale); x < Math.floor(x2 * scale); x++) if (y >= 0 && y < height && pixels[y * width + x]! < 160) dark++;
      }
      return dark;
    };
    expect(await ink(fixture.unsigned, 'handtekening-e-enklaar')).toBe(0);
    expect(await ink(signed[1]!, 'handtekening-e-enklaar')).toBeGreaterThan(100);
    expect(await ink(signed[1]!, 'handtekening-f-g-imming')).toBe(0);
  });

  it('the appearance says who signed, when, where and why', () => {
    const lines = appearanceLines({ signer: 'E. Enklaar', time: new Date(TIME), reason: 'Akkoord', location: 'Harderwijk' }).map((l) => l.text);
    expect(lines).toEqual(['Digitaal ondertekend door', 'E. Enklaar', '12 december 2024 om 14:00, Harderwijk', 'Reden: Akkoord']);
    expect(appearanceLines({ signer: 'F.G. Imming', time: new Date('2024-07-01T08:05:00Z') }).map((l) => l.text)).toEqual([
      'Digitaal ondertekend door',
      'F.G. Imming',
      '1 juli 2024 om 10:05',
    ]);
  });

  it('the same input, key and --time give the same bytes', () => {
    const a = join(fixture.dir, 'same-a.pdf');
    const b = join(fixture.dir, 'same-b.pdf');
    expect(sign(fixture, fixture.unsigned, 2, ['-o', a]).status).toBe(0);
    expect(sign(fixture, fixture.unsigned, 2, ['-o', b]).status).toBe(0);
    expect(sha(a)).toBe(sha(b));
  });

  it('-o may name the input: then the input is signed in place', () => {
    const file = join(fixture.dir, 'in-place.pdf');
    copyFileSync(fixture.unsigned, file);
    const result = sign(fixture, file, 0, ['-o', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${file}: veld "handtekening-e-enklaar" ondertekend door E. Enklaar (Gemeente Harderwijk) op 12 december 2024 om 14:00 (CET)`);
    expect(result.stdout).toContain('1 van 5 velden ondertekend; nog te ondertekenen: handtekening-f-g-imming, handtekening-p-j-w-toonen, handtekening-h-scholten, handtekening-r-y-schuijl-gerritsen');
    expect(pdfsig(file).validations).toEqual(['Signature is Valid.']);
  });

  it('an EC (P-256) key signs too, with ECDSA: pdfsig and verify find the signature valid', async () => {
    const identity = await makeEcIdentity('E. Enklaar', valid.notBefore, valid.notAfter);
    const prepared = await openForSigning(readFileSync(fixture.unsigned), fixture.unsigned, 'handtekening-e-enklaar');
    const file = join(fixture.dir, 'ec.pdf');
    writeFileSync(file, await signField(prepared, identity, { time: new Date(TIME) }));
    expect(pdfsig(file).validations).toEqual(['Signature is Valid.']);
    const json = JSON.parse(runCli(['verify', file, '--format', 'json']).stdout);
    expect(json.fields[0]).toMatchObject({ field: 'handtekening-e-enklaar', signatureValid: true, pades: true, changedAfter: false, problems: [] });
    expect(json.fields[0].certificates).toHaveLength(1);
    expect(json.fields[0].certificates[0].root).toBe(true);
  });

  it('signing a PDF whose earlier signature is broken warns the signatory', () => {
    // One byte of the first signed revision changed: the first signature no longer matches.
    const bytes = readFileSync(signed[0]!);
    const at = bytes.indexOf('Prestatieafspraken Harderwijk');
    bytes[at] = 'p'.charCodeAt(0);
    const broken = join(fixture.dir, 'broken.pdf');
    writeFileSync(broken, bytes);
    const result = sign(fixture, broken, 1, ['-o', join(fixture.dir, 'broken-signed.pdf')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`jaarschijf: let op: ${broken}: de handtekening in veld "handtekening-h-scholten" is niet in orde: de ondertekende bytes zijn gewijzigd (de hash klopt niet)\n`);
  });

  it('verify refuses a file that is missing or not a PDF, and says when a PDF has no signature fields', () => {
    const missing = join(fixture.dir, 'missing.pdf');
    expect(runCli(['verify', missing])).toMatchObject({ status: 1, stdout: '', stderr: `${missing}: bestand bestaat niet\n1 probleem gevonden.\n` });
    const readme = join(repoRoot, 'README.md');
    expect(runCli(['verify', readme])).toMatchObject({ status: 1, stdout: '', stderr: `${readme}: is geen PDF\n1 probleem gevonden.\n` });
    // A PDF cut off (a download that broke off): in Dutch, what is missing.
    const cut = join(fixture.dir, 'afgebroken.pdf');
    writeFileSync(cut, readFileSync(fixture.unsigned).subarray(0, 5000));
    expect(runCli(['verify', cut])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `${cut}: de opbouw van de PDF is niet te lezen (geen startxref aan het eind van het bestand; is het afgebroken?); de handtekeningen zijn niet te controleren\n1 probleem gevonden.\n`,
    });
    const draft = runCli(['verify', fixture.draft]);
    expect(draft.status).toBe(0);
    expect(draft.stdout).toContain(`${fixture.draft} (CONCEPT): geen handtekeningvelden`);
    expect(runCli(['verify', fixture.draft, '--require-all']).status).toBe(1);
  });

  describe('refusals: a message, exit 1, and no file changed', () => {
    /** Runs sign and checks that nothing in the fixture's folders changed. */
    const refused = (args: string[], options: { env?: Record<string, string> } = {}) => {
      const dirs = [fixture.dir, join(fixture.dir, 'final'), join(fixture.dir, 'draft')];
      const before = dirs.map((d) => listing(d).map((f) => (f.endsWith('.pdf') ? `${f}:${sha(join(d, f))}` : f)));
      const result = runCli(['sign', ...args], { env: { ...env, ...options.env } });
      const after = dirs.map((d) => listing(d).map((f) => (f.endsWith('.pdf') ? `${f}:${sha(join(d, f))}` : f)));
      expect(after).toEqual(before);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      return result.stderr;
    };
    // An -o that does not exist, so each test meets its own refusal (the default name exists after the first step).
    const base = (input: string, field = 'handtekening-e-enklaar', p12 = () => fixture.p12[0]!) => [input, '--field', field, '--p12', p12(), '--password-env', 'JAARSCHIJF_P12_PASSWORD', '--time', TIME, '-o', join(fixture.dir, 'refused.pdf')];

    it('a CONCEPT document', () => {
      expect(refused(base(fixture.draft))).toBe(`${fixture.draft}: is een CONCEPT; een concept wordt niet ondertekend\n1 probleem gevonden.\n`);
    });

    it('a CONCEPT document that has signature fields (told by its Info, not by its fields)', async () => {
      const doc = await PDFDocument.load(readFileSync(fixture.unsigned), { forIncrementalUpdate: true, updateMetadata: false });
      const info = doc.context.lookup(doc.context.trailerInfo.Info) as import('@cantoo/pdf-lib').PDFDict;
      info.set(PDFName.of('JaarschijfStatus'), PDFString.of('concept'));
      const concept = join(fixture.dir, 'concept-with-fields.pdf');
      writeFileSync(concept, await doc.commit({ useObjectStreams: false }));
      expect(refused(base(concept))).toBe(`${concept}: is een CONCEPT; een concept wordt niet ondertekend\n1 probleem gevonden.\n`);
    });

    it('a PDF that jaarschijf did not make', async () => {
      const doc = await PDFDocument.create();
      doc.addPage();
      const other = join(fixture.dir, 'other.pdf');
      writeFileSync(other, await doc.save());
      expect(refused(base(other))).toBe(`${other}: is geen PDF van jaarschijf (of van een oudere versie); alleen een PDF die \`jaarschijf render\` maakte kan hier ondertekend worden\n1 probleem gevonden.\n`);
      const notPdf = join(repoRoot, 'README.md');
      expect(refused(base(notPdf))).toBe(`${notPdf}: is geen leesbare PDF\n1 probleem gevonden.\n`);
    });

    it('a field that does not exist, listing the fields that do', () => {
      expect(refused(base(fixture.unsigned, 'handtekening-e-enklar'))).toBe(
        `${fixture.unsigned}: veld "handtekening-e-enklar" bestaat niet; wel: ${signatories.map((s) => s.field).join(', ')}\n1 probleem gevonden.\n`,
      );
    });

    it('a field that is already signed', () => {
      expect(refused(base(signed[1]!, 'handtekening-h-scholten', () => fixture.p12[3]!))).toBe(`${signed[1]}: veld "handtekening-h-scholten" is al ondertekend\n1 probleem gevonden.\n`);
    });

    it('a certificate that is expired or not yet valid at signing time, unless --allow-expired', () => {
      const expired = makeSignerP12(fixture.dir, 'expired.p12', fixture.ca, { ...signatories[0]!, notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') }, PASSWORD);
      const future = makeSignerP12(fixture.dir, 'future.p12', fixture.ca, { ...signatories[0]!, notBefore: new Date('2030-01-01T00:00:00Z'), notAfter: new Date('2031-01-01T00:00:00Z') }, PASSWORD);
      expect(refused(base(fixture.unsigned, 'handtekening-e-enklaar', () => expired))).toBe(
        `${expired}: certificaat "E. Enklaar" is verlopen op 1 januari 2021 om 01:00 (CET) (ondertekentijd 12 december 2024 om 14:00 (CET))\n1 probleem gevonden.\n`,
      );
      expect(refused(base(fixture.unsigned, 'handtekening-e-enklaar', () => future))).toBe(
        `${future}: certificaat "E. Enklaar" is pas geldig vanaf 1 januari 2030 om 01:00 (CET) (ondertekentijd 12 december 2024 om 14:00 (CET))\n1 probleem gevonden.\n`,
      );

      const out = join(fixture.dir, 'expired-signed.pdf');
      const allowed = runCli(['sign', ...base(fixture.unsigned, 'handtekening-e-enklaar', () => expired).slice(0, -2), '--allow-expired', '-o', out], { env });
      expect(allowed.status).toBe(0);
      expect(allowed.stderr).toContain('let op (--allow-expired)');
      const verified = runCli(['verify', out]);
      expect(verified.status).toBe(1);
      expect(verified.stdout).toContain('E. Enklaar, uitgegeven door Jaarschijf Test CA, geldig 1 januari 2020 t/m 1 januari 2021 VERLOPEN bij ondertekening');
    });

    it('a wrong password', () => {
      expect(refused(base(fixture.unsigned), { env: { JAARSCHIJF_P12_PASSWORD: 'fout' } })).toBe(`${fixture.p12[0]}: wachtwoord onjuist\n1 probleem gevonden.\n`);
      expect(refused(base(fixture.unsigned, 'handtekening-f-g-imming', () => fixture.p12[1]!), { env: { JAARSCHIJF_P12_PASSWORD: 'fout' } })).toBe(
        `${fixture.p12[1]}: wachtwoord onjuist\n1 probleem gevonden.\n`,
      );
    });

    it('an unreadable or non-PKCS#12 file', () => {
      const text = join(repoRoot, 'package.json');
      expect(refused(base(fixture.unsigned, 'handtekening-e-enklaar', () => text))).toBe(`${text}: is geen PKCS#12-bestand (.p12 of .pfx) of is beschadigd\n1 probleem gevonden.\n`);
      const missing = join(fixture.dir, 'missing.p12');
      expect(refused(base(fixture.unsigned, 'handtekening-e-enklaar', () => missing))).toBe(`${missing}: bestand bestaat niet\n1 probleem gevonden.\n`);
      expect(refused(base(fixture.unsigned, 'handtekening-e-enklaar', () => fixture.dir))).toBe(`${fixture.dir}: is een map, geen certificaatbestand (.p12)\n1 probleem gevonden.\n`);
    });

    it('a password that is not given: no terminal and no --password-env, or an unset variable', () => {
      const args = base(fixture.unsigned).filter((a, i, all) => a !== '--password-env' && all[i - 1] !== '--password-env');
      expect(refused(args)).toMatch(/^jaarschijf: geen wachtwoord: geef --password-env <NAAM>/);
      expect(refused([...args, '--password-env', 'JAARSCHIJF_NIET_GEZET'])).toMatch(/^jaarschijf: omgevingsvariabele JAARSCHIJF_NIET_GEZET \(--password-env\) is niet gezet\n/);
    });

    it('a --time without time zone', () => {
      expect(refused([...base(fixture.unsigned), '--time', '2024-12-12T14:00'])).toMatch(/^jaarschijf: --time "2024-12-12T14:00" is geen ISO-tijd met tijdzone/);
    });

    it('a default output name that exists already', () => {
      // The first signing step wrote harderwijk-2024-ondertekend-1-van-5.pdf next to the input.
      expect(refused(base(fixture.unsigned, 'handtekening-f-g-imming', () => fixture.p12[1]!).slice(0, -2))).toBe(
        `${join(fixture.dir, 'final/harderwijk-2024-ondertekend-1-van-5.pdf')}: bestaat al; niet overschreven (kies een naam met -o)\n1 probleem gevonden.\n`,
      );
    });
  });

  it.runIf(hasTool('script'))('asks for the password on a terminal without echoing it', async () => {
    const out = join(fixture.dir, 'prompted.pdf');
    const command = [process.execPath, join(repoRoot, 'bin/jaarschijf.js'), 'sign', fixture.unsigned, '--field', signatories[2]!.field, '--p12', fixture.p12[2]!, '--time', TIME, '-o', out]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    // `script` gives the command a terminal; the password is typed once the prompt shows.
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    let typed = false;
    child.stdout.on('data', (data: Buffer) => {
      screen += data.toString();
      if (!typed && screen.includes(`Wachtwoord voor ${fixture.p12[2]}: `)) {
        typed = true;
        child.stdin.write(`${PASSWORD}\r`);
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(typed).toBe(true);
    expect(status).toBe(0);
    expect(screen).not.toContain(PASSWORD);
    expect(screen).toContain(`${out}: veld "handtekening-p-j-w-toonen" ondertekend door P.J.W. Toonen`);
    expect(pdfsig(out).validations).toEqual(['Signature is Valid.']);
  });
});

function runBinary(command: string, args: string[]): Buffer {
  const result = spawnSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** A binary PGM (P5) image: header, then one byte per pixel. */
function parsePgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a PGM image');
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}
