/**
 * Page flow of the PDF on synthetic models: headings stay with what follows,
 * sections that start a page do, prose keeps to its measure, logos of both
 * formats sit in the band on every page in embedded fonts only, and a
 * changed document gets a new file ID.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { pageLayout } from '../src/document/layout.js';
import type { Block, DocumentModel, Logo } from '../src/document/types.js';
import { bboxWords, findAll, nodeText, para, renderToFile, structTree, syntheticDoc, syntheticTable, type BBoxWord } from './helpers/pdf.js';
import { hasTool, run } from './helpers/tools.js';

const tools = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('pdffonts') && hasTool('qpdf');
const heading = (text: string, level: 1 | 2 | 3 | 4 = 1): Block => ({ type: 'heading', level, text, anchor: text.toLowerCase() });
const filler = (n: number) => Array.from({ length: n }, (_, i) => para(`Opvulregel ${i + 1} van de tekst.`));

function wordPage(words: BBoxWord[], text: string): number {
  const found = words.filter((w) => w.text === text);
  expect(found, text).toHaveLength(1);
  return found[0]!.page;
}

describe.runIf(tools)('PDF page flow', () => {
  it('never leaves a heading alone at the bottom of a page', async () => {
    const headingPages = new Set<number>();
    for (let n = 12; n <= 27; n++) {
      // Every heading level in turn.
      const level = ((n % 4) + 1) as 1 | 2 | 3 | 4;
      const blocks: Block[] = [...filler(n), heading('Kopje', level), para('Volgtekst na het kopje.'), heading('Tabelkop', level), syntheticTable({ columns: [{ width: 0.3 }, { width: 0.7 }], header: ['Tabelkolom', 'B'], rows: [{ cells: [{ column: 0, rowSpan: 1, blocks: [para('Eersterij')] }, { column: 1, rowSpan: 1, blocks: [para('x')] }] }] })];
      const { file } = await renderToFile(syntheticDoc(blocks), `keep-${n}`);
      const { words } = bboxWords(file);
      expect(wordPage(words, 'Kopje'), `${n} filler lines`).toBe(wordPage(words, 'Volgtekst'));
      headingPages.add(wordPage(words, 'Kopje'));
      expect(wordPage(words, 'Tabelkop'), `${n} filler lines`).toBe(wordPage(words, 'Eersterij'));
      expect(wordPage(words, 'Tabelkolom'), `${n} filler lines`).toBe(wordPage(words, 'Eersterij'));
    }
    // The fillers moved the heading across the page break.
    expect([...headingPages].sort()).toEqual([0, 1]);
  });

  it('starts a section marked startOnNewPage at the top of a new page, and keeps prose to its measure', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `woord${i}`).join(' ');
    const doc: DocumentModel = {
      ...syntheticDoc([]),
      sections: [
        { id: 'a', bookmark: 'Eerste', startOnNewPage: false, blocks: [heading('Eerste'), para(long)] },
        { id: 'b', bookmark: 'Tweede', startOnNewPage: true, blocks: [heading('Tweede'), para('Op een nieuwe pagina.')] },
        { id: 'c', bookmark: 'Derde', startOnNewPage: false, blocks: [heading('Derde'), para('Direct eronder.')] },
      ],
    };
    const { file } = await renderToFile(doc, 'sections');
    const { words } = bboxWords(file);
    expect(wordPage(words, 'Eerste')).toBe(0);
    expect(wordPage(words, 'Tweede')).toBe(1);
    expect(wordPage(words, 'Derde')).toBe(1);
    const tweede = words.find((w) => w.text === 'Tweede')!;
    expect(tweede.yMin).toBeLessThan(doc.page.margins.top + 20);
    const prose = words.filter((w) => /^woord\d+$/.test(w.text));
    expect(prose).toHaveLength(80);
    for (const w of prose) expect(w.xMax).toBeLessThanOrEqual(doc.page.margins.left + doc.page.proseWidth + 0.5);
    // Bookmarks point at each section's page.
    const outlines = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])).outlines as { title: string; destpageposfrom1: number }[];
    expect(outlines.map((o) => [o.title, o.destpageposfrom1])).toEqual([
      ['Eerste', 1],
      ['Tweede', 2],
      ['Derde', 2],
    ]);
    // Heading levels: H2 for level 1 (the H1 is the document title).
    expect(findAll(structTree(file), 'H2').map(nodeText)).toEqual(['Eerste', 'Tweede', 'Derde']);
  });

  it('draws SVG and PNG logos in the band of every page, in embedded fonts only, each stored once', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80"><rect x="1" y="1" width="198" height="78" fill="none" stroke="#333"/><text x="100" y="50" text-anchor="middle" font-family="Arial" font-weight="bold" font-size="24">Logotekst</text></svg>',
    );
    const png = Buffer.from(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#2e6b4f"/></svg>').render().asPng());
    const logos: Logo[] = [
      { party: 'a', name: 'Partij A', format: 'svg', data: svg, width: 200, height: 80 },
      { party: 'b', name: 'Partij B', format: 'png', data: png, width: 120, height: 60 },
    ];
    const blocks = Array.from({ length: 120 }, (_, i) => para(`Regel ${i + 1}`));
    const doc = syntheticDoc(blocks, { header: { logos } });
    const { file } = await renderToFile(doc, 'logos');
    const { pages, words } = bboxWords(file);
    expect(pages.length).toBeGreaterThan(2);
    const band = doc.page.headerTop + doc.page.headerHeight;
    for (let p = 0; p < pages.length; p++) {
      const logoWord = words.find((w) => w.page === p && w.text === 'Logotekst');
      expect(logoWord, `page ${p + 1}`).toBeDefined();
      expect(logoWord!.yMin).toBeGreaterThanOrEqual(doc.page.headerTop - 0.5);
      expect(logoWord!.yMax).toBeLessThanOrEqual(band + 0.5);
      expect(logoWord!.xMax).toBeLessThanOrEqual(doc.page.width / 2);
    }
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts.every((l) => /^[A-Z]{6}\+SourceSans3-\S+\s.*\byes\s+yes\s+yes\b/.test(l))).toBe(true);
    expect(fonts.some((l) => l.includes('SourceSans3-Bold'))).toBe(true);
    const images = run('pdfimages', ['-list', file]).trim().split('\n').slice(2).map((l) => l.trim().split(/\s+/));
    // Shown on every page, stored once.
    expect(new Set(images.filter((c) => c[2] === 'image').map((c) => c[0])).size).toBe(pages.length);
    expect(new Set(images.filter((c) => c[2] === 'image').map((c) => c[10])).size).toBe(1);
    // The logos are artifacts: the structure tree holds only the body text.
    expect(nodeText(structTree(file))).not.toContain('Logotekst');
  });

  it('sets signatures two to a row on a portrait page, never splitting a row, each with its field', async () => {
    const signatories = ['A. Eerste', 'B. Tweede', 'C. Derde', 'D. Vierde', 'E. Vijfde'].map((name, i) => ({
      name,
      lines: [`${name}, functie ${i + 1}`, `namens Partij ${i + 1}`],
      fieldName: `handtekening-${i + 1}`,
    }));
    for (const n of [20, 26, 30]) {
      const doc = syntheticDoc([...filler(n), { type: 'signatures', signatories }], { page: pageLayout({ orientation: 'portrait' }) });
      const { file } = await renderToFile(doc, `signatures-${n}`);
      expect(run('pdfinfo', [file])).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
      const { words } = bboxWords(file);
      const names = signatories.map((s) => words.find((w) => w.text === s.name.split(' ')[1]!.replace(',', '') + ',')!);
      // Two per row: the first two side by side, the third under them.
      expect(names[0]!.yMin).toBeCloseTo(names[1]!.yMin, 1);
      expect(names[2]!.yMin === names[0]!.yMin && names[2]!.page === names[0]!.page).toBe(false);
      expect(names[0]!.page).toBe(names[1]!.page);
      expect(names[2]!.page).toBe(names[3]!.page);
      const fields = (JSON.parse(run('qpdf', ['--json', '--json-key=acroform', file])).acroform as { fields: { fullname: string; pageposfrom1: number }[] }).fields;
      expect(fields.map((f) => f.fullname)).toEqual(signatories.map((s) => s.fieldName));
      fields.forEach((f, i) => expect(f.pageposfrom1, f.fullname).toBe(names[i]!.page + 1));
    }
  });

  it('gives a changed document a new file ID and the same document the same one', async () => {
    const id = async (doc: DocumentModel) => /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from((await renderToFile(doc)).bytes).toString('latin1'))![1];
    const a = syntheticDoc([para('Een tekst.')]);
    const b = syntheticDoc([para('Een andere tekst.')]);
    expect(await id(a)).toBe(await id(a));
    expect(await id(a)).not.toBe(await id(b));
  });
});
