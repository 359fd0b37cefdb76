/**
 * What `jaarschijf import` does with what is not a prestatieafspraken Word
 * document: one clear Dutch line naming the file, exit code 1, nothing
 * written. The encrypted document is a real one (ECMA-376 agile encryption,
 * by officecrypto-tool), not a mock.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { strToU8, zipSync } from 'fflate';
import officeCrypto from 'officecrypto-tool';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-import-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function wordFile(children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const agreementsTable = () =>
  new Table({
    rows: [
      new TableRow({ children: ['Doelstelling', 'Kaderafspraken 2022-2026', 'Jaarafspraken 2025'].map((h) => new TableCell({ children: [new Paragraph(h)] })) }),
      new TableRow({ children: ['Betaalbaar wonen.', 'Huren blijven laag.', 'De huren stijgen niet.'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
    ],
  });

/** Import a file; the output folder must not appear. */
function attempt(name: string, bytes: Uint8Array | string, args: string[] = []) {
  writeFileSync(join(dir, name), bytes);
  const out = join(dir, `out-${name}`);
  const result = runCli(['import', join(dir, name), '-o', out, ...args]);
  return { ...result, written: existsSync(out) };
}

function expectRefused(result: ReturnType<typeof attempt>, name: string, message: string): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(`${name}: ${message}\n`);
  expect(result.stderr).not.toMatch(/internal error|interne fout|\n\s+at /);
  expect(result.written).toBe(false);
}

describe('jaarschijf import refuses what it cannot read', () => {
  it('a file that is not a zip', () => {
    expectRefused(attempt('tekst.docx', 'Dit is geen Word-document.\n'), 'tekst.docx', 'geen Word-document (.docx): het bestand is geen zip-archief');
  });

  it('a zip without word/document.xml, and an Excel workbook', () => {
    expectRefused(attempt('leeg.docx', zipSync({ 'leesmij.txt': strToU8('hallo') })), 'leeg.docx', 'geen Word-document (.docx): het zip-archief heeft geen word/document.xml');
    expectRefused(
      attempt('werkmap.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') })),
      'werkmap.docx',
      'dit is een Excel-werkmap, geen Word-document; importeer het Word-document (.docx)',
    );
  });

  it('a zip cut short, a document part that is not XML, and one that declares entities', () => {
    const whole = zipSync({ 'word/document.xml': strToU8(`<w:document>${'<w:p/>'.repeat(2000)}</w:document>`) });
    expectRefused(attempt('kapot.docx', whole.subarray(0, whole.length - 10)), 'kapot.docx', 'het zip-archief is beschadigd of onvolledig; sla het document opnieuw op in Word');
    expectRefused(
      attempt('geenxml.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') })),
      'geenxml.docx',
      'het onderdeel word/document.xml is geen geldige XML (fout op regel 1, kolom 26); het bestand is beschadigd',
    );
    const bomb = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expectRefused(
      attempt('entiteiten.docx', zipSync({ 'word/document.xml': strToU8(bomb) })),
      'entiteiten.docx',
      'het onderdeel word/document.xml declareert XML-entiteiten, wat geen Word-document doet; het bestand is niet door Word gemaakt of is bewerkt',
    );
  });

  it('an encrypted Word document', async () => {
    const encrypted = officeCrypto.encrypt(await wordFile([agreementsTable()]), { password: 'geheim' });
    expect([...encrypted.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    expectRefused(
      attempt('versleuteld.docx', encrypted),
      'versleuteld.docx',
      'versleuteld document: het Word-bestand is met een wachtwoord beveiligd; open het in Word, haal het wachtwoord weg (Bestand > Info > Document beveiligen) en importeer het opnieuw',
    );
  });

  it('a Word document without tables, and one whose table holds no agreements', async () => {
    expectRefused(
      attempt('zondertabel.docx', await wordFile([new Paragraph('Prestatieafspraken 2025'), new Paragraph('Nog in te vullen.')])),
      'zondertabel.docx',
      'geen afsprakentabel gevonden: het document heeft geen tabellen (de afspraken staan in een tabel per thema, met de kolommen Doelstelling, Kaderafspraken en Jaarafspraken)',
    );
    const other = new Table({ rows: [new TableRow({ children: ['Naam', 'Telefoon'].map((h) => new TableCell({ children: [new Paragraph(h)] })) })] });
    expectRefused(
      attempt('anderetabel.docx', await wordFile([other])),
      'anderetabel.docx',
      'geen afsprakentabel gevonden: geen tabel heeft de kolommen Doelstelling, Kaderafspraken en Jaarafspraken, of Afspraak, Toelichting, Trekker en Gereed',
    );
  });

  it('a PDF, and a file that is not there', () => {
    expectRefused(attempt('afspraken.pdf', '%PDF-1.7\n%âãÏÓ\n'), 'afspraken.pdf', 'dit is een PDF-bestand, geen Word-document; importeer het Word-bestand (.docx) waaruit de PDF is gemaakt');
    const missing = runCli(['import', join(dir, 'bestaat-niet.docx'), '-o', join(dir, 'out-missing')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('bestaat-niet.docx: bestand bestaat niet\n');
    expect(existsSync(join(dir, 'out-missing'))).toBe(false);
  });

  it('a document whose year it cannot find, unless --year gives it', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: ['Doelstelling', 'Kaderafspraken', 'Jaarafspraken'].map((h) => new TableCell({ children: [new Paragraph(h)] })) }),
        new TableRow({ children: ['Betaalbaar wonen.', 'Huren blijven laag.', 'De huren stijgen niet.'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
      ],
    });
    const bytes = await wordFile([table]);
    expectRefused(attempt('zonderjaar.docx', bytes), 'zonderjaar.docx', 'het jaar van de jaarschijf staat niet in de kolomkoppen ("Jaarafspraken 2024") of de titel; geef het op met --year');
    const given = attempt('metjaar.docx', bytes, ['--year', '2025']);
    expect(given.status).toBe(0);
    expect(readFileSync(join(dir, 'out-metjaar.docx', '2025.ts'), 'utf8')).toContain('year: 2025,');
  });

  it('an output folder that is a file', async () => {
    writeFileSync(join(dir, 'bezet'), 'een bestand, geen map');
    writeFileSync(join(dir, 'goed.docx'), await wordFile([agreementsTable()]));
    const result = runCli(['import', join(dir, 'goed.docx'), '-o', join(dir, 'bezet')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bezet is een bestand, geen map\n/);
    expect(readFileSync(join(dir, 'bezet'), 'utf8')).toBe('een bestand, geen map');
  });

  it('a call without a document, or with a year that is not one', () => {
    const none = runCli(['import']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('jaarschijf: noem één Word-document (.docx)');
    expect(none.stderr).toContain('Gebruik: jaarschijf import <bestand.docx>');
    const year = runCli(['import', 'x.docx', '--year', 'volgend']);
    expect(year.status).toBe(1);
    expect(year.stderr).toContain('--year volgend: geef een jaartal, bijvoorbeeld --year 2025');
  });
});
