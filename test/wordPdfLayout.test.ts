/**
 * Word and PDF make the same layout decisions, so a page reference in one
 * holds in the other: the example's Word file, converted by LibreOffice,
 * starts every theme on the page our PDF starts it (give or take one), sets
 * its lines as high as the PDF's (the font's own line height read from the
 * font file), keeps prose to the PDF's measure, puts the signatories in the
 * PDF's grid and the tables' text where the PDF has it.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLayout } from '../src/document/layout.js';
import { typography } from '../src/document/typography.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { attrsOf, childrenOf, findAll, parseXml, partText, tagOf, textOf, unzipDocx, type XmlNode } from './helpers/docx.js';
import { bboxWords, pageTexts, type BBoxWord } from './helpers/pdf.js';
import { normalize, readSeed } from './helpers/seed.js';
import { hasTool, run } from './helpers/tools.js';

const available = hasTool('soffice') && hasTool('pdftotext');
const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-layout-'));
// A profile of its own, so parallel runs don't share LibreOffice's user installation.
const profile = join(tmpdir(), `lo-${randomUUID()}`);
const ours = join(dir, 'harderwijk-2024.pdf');
const word = join(dir, 'lo', 'harderwijk-2024.pdf');
const page = pageLayout(undefined);

beforeAll(() => {
  const result = runCli(['render', 'agreements/harderwijk/2024.ts', '-o', dir]);
  if (result.status !== 0) throw new Error(result.stderr);
  if (available) run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), join(dir, 'harderwijk-2024.docx')]);
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** The page (1-based) each theme heading starts on. */
function headingPages(pdf: string): number[] {
  const pages = pageTexts(pdf).map((text) => text.split('\n').map(normalize));
  return readSeed().themes.map((theme) => pages.findIndex((lines) => lines.includes(`${theme.number}. Thema ${theme.title}`)) + 1);
}

describe.skipIf(!available)('the Word file (in LibreOffice) and the PDF', () => {
  it('start every theme on the same page, give or take one, and have as many pages, give or take one', () => {
    const inWord = headingPages(word);
    const inPdf = headingPages(ours);
    expect(inWord.every((p) => p > 0)).toBe(true);
    expect(inPdf.every((p) => p > 0)).toBe(true);
    inWord.forEach((p, i) => expect(Math.abs(p - inPdf[i]!), `thema ${i + 1}: Word ${p}, PDF ${inPdf[i]}`).toBeLessThanOrEqual(1));
    expect(Math.abs(pageTexts(word).length - pageTexts(ours).length)).toBeLessThanOrEqual(1);
  });

  it('keep the introduction to the same measure: its lines end where the PDF\'s do', () => {
    const right = (pdf: string) => {
      // Page 1's text, below the logos and above the footer.
      const words = bboxWords(pdf).words.filter((w) => w.page === 0 && w.yMin > page.margins.top && w.yMax < page.height - page.margins.bottom);
      return Math.max(...words.map((w) => w.xMax));
    };
    const limit = page.margins.left + page.proseWidth;
    expect(right(ours)).toBeLessThanOrEqual(limit + 0.5);
    expect(right(word)).toBeLessThanOrEqual(limit + 0.5);
    // Full lines: the longest ends within a few points of the measure in both.
    expect(right(ours)).toBeGreaterThan(limit - 15);
    expect(right(word)).toBeGreaterThan(limit - 15);
  });

  it('set the signatories three to a row on landscape A4', () => {
    const rows = (pdf: string) => {
      const { words } = bboxWords(pdf);
      const last = Math.max(...words.map((w) => w.page));
      const tops = new Map<number, number>();
      for (const name of signatoryFirstWords()) {
        const at = words.find((w) => w.page === last && w.text === name);
        if (at) tops.set(Math.round(at.yMin), (tops.get(Math.round(at.yMin)) ?? 0) + 1);
      }
      return [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    };
    expect(rows(ours)).toEqual([3, 2]);
    expect(rows(word)).toEqual([3, 2]);
  });

  it('put the tables\' columns and their text where the PDF has them', () => {
    // The header cells of the first theme's table: each starts at its column plus the cell padding, in both.
    const headerStarts = (pdf: string) => {
      const { words } = bboxWords(pdf);
      const first = (text: string) => words.find((w) => w.text === text && w.page === 2)!;
      return ['Doelstelling', 'Kaderafspraken', 'Jaarafspraken'].map((text) => first(text)).map((w: BBoxWord) => w.xMin);
    };
    const inPdf = headerStarts(ours);
    headerStarts(word).forEach((x, i) => expect(Math.abs(x - inPdf[i]!)).toBeLessThan(1));
  });
});

describe('the Word file\'s own settings', () => {
  let styles: XmlNode[];
  let document: XmlNode[];
  beforeAll(() => {
    const parts = unzipDocx(readFileSync(join(dir, 'harderwijk-2024.docx')));
    styles = parseXml(partText(parts, 'word/styles.xml'));
    document = parseXml(partText(parts, 'word/document.xml'));
  });
  const style = (id: string) => findAll(styles, 'w:style').find((s) => attrsOf(s)['w:styleId'] === id)!;
  const child = (node: XmlNode, tag: string) => findAll(childrenOf(node), tag)[0];

  it('sets each line as high as the PDF does: the leading over the font\'s own line height, read from the font file', () => {
    const fontLineHeight = ownLineHeight(join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF/SourceSans3-Regular.ttf'));
    expect(typography.fontLineHeight).toBeCloseTo(fontLineHeight, 3);
    const lineOf = (node: XmlNode) => Number(attrsOf(child(node, 'w:spacing')!)['w:line']);
    const lines: [XmlNode, number][] = [
      [findAll(styles, 'w:pPrDefault')[0]!, typography.body.leading],
      [style('TableText'), typography.table.leading],
      [style('Heading1'), typography.heading1.leading],
      [style('Title'), typography.title.leading],
    ];
    for (const [node, leading] of lines) expect((lineOf(node) / 240) * fontLineHeight).toBeCloseTo(leading, 2);
  });

  it('keeps running text and lists to the prose measure, as the PDF', () => {
    const indent = twips(page.width - page.margins.left - page.margins.right - page.proseWidth);
    for (const id of ['BodyText', 'ListParagraph']) expect(attrsOf(child(style(id), 'w:ind')!)['w:right']).toBe(String(indent));
  });

  it('has the signatories in a grid of three columns on landscape A4, two on portrait', () => {
    const signatures = findAll(document, 'w:tbl').at(-1)!;
    expect(findAll([signatures], 'w:gridCol')).toHaveLength(3);
    const cells = findAll([signatures], 'w:tr').map((tr) => findAll([tr], 'w:tc').map((tc) => textOf(tc).trim()));
    expect(cells.map((row) => row.filter(Boolean).length)).toEqual([3, 2]);

    const copy = mkdtempSync(join(tmpdir(), 'jaarschijf-portrait-'));
    cpSync(join(repoRoot, 'agreements/harderwijk'), copy, { recursive: true });
    const source = join(copy, '2024.ts');
    writeFileSync(source, readFileSync(source, 'utf8').replace('  year: 2024,', "  year: 2024,\n  page: { orientation: 'portrait' },"));
    expect(runCli(['render', '2024.ts', '--format', 'docx', '-o', 'out'], { cwd: copy }).status).toBe(0);
    const portrait = parseXml(partText(unzipDocx(readFileSync(join(copy, 'out/harderwijk-2024.docx'))), 'word/document.xml'));
    expect(findAll([findAll(portrait, 'w:tbl').at(-1)!], 'w:gridCol')).toHaveLength(2);
  });

  it('gives table cells the PDF\'s padding: the top less the rule Word gives room of its own, the bottom less the last paragraph\'s space', () => {
    const table = findAll(document, 'w:tbl')[0]!;
    const margins = Object.fromEntries(childrenOf(child(table, 'w:tblCellMar')!).map((m) => [tagOf(m), Number(attrsOf(m)['w:w'])]));
    const rule = Number(attrsOf(child(child(table, 'w:tblBorders')!, 'w:insideH')!)['w:sz']) / 8;
    const spaceAfter = Number(attrsOf(child(style('TableText'), 'w:spacing')!)['w:after']) / 20;
    expect(margins['w:left']! / 20).toBe(typography.table.padding);
    expect(margins['w:right']! / 20).toBe(typography.table.padding);
    expect(margins['w:top']! / 20 + rule).toBe(typography.table.padding);
    expect(margins['w:bottom']! / 20 + spaceAfter).toBe(typography.table.padding);
  });
});

const twips = (pt: number) => Math.round(pt * 20);

/** A TrueType font's own line height per unit of size: (hhea ascender - descender + line gap) / units per em, read from the file. */
function ownLineHeight(file: string): number {
  const font = readFileSync(file);
  const table = (tag: string) => {
    for (let i = 0; i < font.readUInt16BE(4); i++) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === tag) return font.readUInt32BE(20 + 16 * i);
    throw new Error(`no ${tag} table in ${file}`);
  };
  const head = table('head');
  const hhea = table('hhea');
  return (font.readInt16BE(hhea + 4) - font.readInt16BE(hhea + 6) + font.readInt16BE(hhea + 8)) / font.readUInt16BE(head + 18);
}

/** The first word of each signatory's name line in the example ("E." of "E. Enklaar, wethouder ..."). */
function signatoryFirstWords(): string[] {
  const source = readFileSync(join(repoRoot, 'agreements/harderwijk/2024.ts'), 'utf8');
  return [...source.matchAll(/\{ name: '([^']+)', role:/g)].map((m) => m[1]!.split(' ')[0]!);
}
