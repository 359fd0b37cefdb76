/**
 * The Word files open in LibreOffice: it converts them to PDF with the text,
 * the page numbers and the embedded Source Sans 3 (no substitute font), and
 * reads the redline's tracked changes as tracked changes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../src/document/types.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { attrsOf, findAll, parseXml, partText, syntheticModel, textOf, unzipDocx } from './helpers/docx.js';
import { normalize, plain, readSeed } from './helpers/seed.js';
import { hasTool, run } from './helpers/tools.js';
import { spawnSync } from 'node:child_process';

const available = hasTool('soffice') && hasTool('pdftotext') && hasTool('pdffonts');
const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-docx-lo-'));
// A profile of its own, so parallel runs don't share LibreOffice's user installation.
const profile = join(tmpdir(), `lo-${randomUUID()}`);
let doc: DocumentModel;

/** soffice --convert-to, into a folder named after the format. */
function convert(files: readonly string[], to: string): void {
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', join(dir, to.split(':')[0]!), ...files.map((f) => join(dir, f))]);
}

/** A tool's binary output. */
function runBytes(command: string, args: readonly string[]): Buffer {
  const result = spawnSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  if (!available) return;
  doc = buildJaarschijfDocument(await loadJaarschijf('agreements/harderwijk/2024.ts'));
  const draft = buildJaarschijfDocument(await loadJaarschijf('agreements/harderwijk/2023.ts'));
  writeFileSync(join(dir, 'harderwijk-2024.docx'), await renderDocx(doc));
  writeFileSync(join(dir, 'harderwijk-2023.docx'), await renderDocx(draft));
  writeFileSync(join(dir, 'redline.docx'), await renderDocx(syntheticModel()));
  // One soffice run per format: starting LibreOffice is most of the time.
  convert(['harderwijk-2024.docx', 'harderwijk-2023.docx', 'redline.docx'], 'pdf');
  convert(['redline.docx'], 'docx:MS Word 2007 XML');
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe.skipIf(!available)('Word document in LibreOffice', () => {
  it('converts to PDF with the themes, every word of the tables, the signatories and the page numbers', () => {
    const pdf = join(dir, 'pdf', 'harderwijk-2024.pdf');
    const raw = run('pdftotext', [pdf, '-']);
    const text = normalize(raw);
    for (const theme of readSeed().themes) expect(text).toContain(`${theme.number}. Thema ${theme.title}`);
    // Table cells come out of the PDF interleaved line by line: compare words, not sentences.
    // Words broken at the end of a line count whole, or as the parts around their hyphens, or joined
    // (pdftotext drops a hyphen that ends a line, as it would a soft one: "CAO-" + "loonontwikkeling.").
    const words = new Set([raw.replace(/-\n/g, '-'), raw.replace(/-\n/g, '')].flatMap((t) => normalize(t).split(' ')));
    const found = (word: string) =>
      words.has(word) || words.has(word.replace(/-/g, '')) || word.split('-').every((part, i, all) => words.has(i < all.length - 1 ? `${part}-` : part));
    const missing = readSeed().themes.flatMap((theme) => theme.rows.flatMap((row) => row.cells.flatMap((cell) => plain(cell).split(' ').filter((w) => w && !found(w)))));
    expect(missing).toEqual([]);
    for (const s of doc.sections.at(-1)!.blocks.flatMap((b) => (b.type === 'signatures' ? b.signatories : []))) expect(text).toContain(s.lines[0]!);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
  });

  it('sets the text in the embedded Source Sans 3, not a substitute', () => {
    const fonts = run('pdffonts', [join(dir, 'pdf', 'harderwijk-2024.pdf')])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.startsWith('SourceSans3'))).toBe(true);
    expect(fonts).toEqual(expect.arrayContaining(['SourceSans3-Regular', 'SourceSans3-Bold']));
  });

  it('shows the draft mark, in red, on the draft only', () => {
    // The watermark is a shape, not text: look for its colour on the first page.
    const reddish = (pdf: string) => {
      const ppm = runBytes('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', join(dir, 'pdf', pdf)]);
      const pixels = ppm.subarray(ppm.length - Math.floor(ppm.length / 3) * 3);
      let count = 0;
      for (let i = 0; i + 2 < pixels.length; i += 3) if (pixels[i]! > 200 && pixels[i + 1]! < 200 && pixels[i + 1]! > 120 && pixels[i + 2]! < 200) count++;
      return count;
    };
    // The logos have a few such pixels at their edges; the mark covers much of the page.
    expect(reddish('harderwijk-2023.pdf')).toBeGreaterThan(1000);
    expect(reddish('harderwijk-2024.pdf')).toBeLessThan(200);
  });

  it('reads the redline’s revisions as tracked changes', () => {
    const text = normalize(run('pdftotext', [join(dir, 'pdf', 'redline.pdf'), '-']));
    expect(text).toContain('weggehaalde');
    expect(text).toContain('nieuwe tekst');
    // LibreOffice writes the revisions it read back as revisions, with their author.
    const saved = parseXml(partText(unzipDocx(readFileSync(join(dir, 'docx', 'redline.docx'))), 'word/document.xml'));
    const inserted = findAll(saved, 'w:ins').filter((n) => normalize(textOf(n)));
    const deleted = findAll(saved, 'w:del').filter((n) => normalize(textOf(n)));
    expect(inserted.map((n) => normalize(textOf(n)))).toContain('nieuwe tekst');
    expect(deleted.map((n) => normalize(textOf(n)))).toContain('weggehaalde');
    for (const change of [...inserted, ...deleted]) expect(attrsOf(change)['w:author']).toBe('jaarschijf');
  });
});
