/**
 * The PDF table renderer under stress, on synthetic document models: a cell
 * longer than a page, a thousand rows, a row span over several pages, a word
 * far wider than its column, and rich text in cells. Read back with poppler
 * (text per page, word boxes, the tagged structure) and qpdf.
 */
import { describe, expect, it } from 'vitest';
import type { CellBlock, Row } from '../src/document/types.js';
import { bboxWords, findAll, nodeText, pageTexts, para, qpdfJson, renderToFile, structTree, syntheticDoc, syntheticTable, tableGrid } from './helpers/pdf.js';
import { hasTool, run } from './helpers/tools.js';

const tools = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('qpdf');
const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(4, '0')}`);
const numberCell = (n: number) => ({ column: 0, rowSpan: 1, blocks: [para(`${n}.`)] });
const columns = [
  { width: 0.05, kind: 'number' as const },
  { width: 0.3, kind: 'text' as const },
  { width: 0.65, kind: 'text' as const },
];

describe.runIf(tools)('PDF tables under stress', () => {
  it('flows a cell longer than a page over several pages, every word in order, header repeated', async () => {
    const words = numbered('w', 3000);
    const rows: Row[] = [
      { cells: [numberCell(1), { column: 1, rowSpan: 1, blocks: [para(words.join(' '))] }, { column: 2, rowSpan: 1, blocks: [para('Korte cel.')] }] },
      { cells: [numberCell(2), { column: 1, rowSpan: 1, blocks: [para('Na de lange cel.')] }, { column: 2, rowSpan: 1, blocks: [para('Laatste rij.')] }] },
    ];
    const { file } = await renderToFile(syntheticDoc([syntheticTable({ columns, header: ['', 'Kolomkop lang', 'Kolomkop kort'], rows })]), 'long-cell');
    const pages = pageTexts(file, 'raw');
    expect(pages.length).toBeGreaterThanOrEqual(5);
    // Every word once, in order, on the pages.
    expect(pages.join('\n').match(/w\d{4}/g)).toEqual(words);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain('Kolomkop lang');
      expect(page, `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${pages.length}`);
    });
    expect(pages.at(-1)).toContain('Na de lange cel.');
    // And once, whole, in the tagged table.
    const grid = tableGrid(findAll(structTree(file), 'Table')[0]!);
    expect(grid).toEqual([
      ['1.', words.join(' '), 'Korte cel.'],
      ['2.', 'Na de lange cel.', 'Laatste rij.'],
    ]);
    expectInsideBody(file);
  });

  it('sets a table of 1,000 rows with every row number, in order', async () => {
    const n = 1000;
    const rows: Row[] = Array.from({ length: n }, (_, i) => ({
      cells: [numberCell(i + 1), { column: 1, rowSpan: 1, blocks: [para(`Doel ${i + 1}`)] }, { column: 2, rowSpan: 1, blocks: [para(`Afspraak nummer ${i + 1} met wat tekst erbij om de rij te vullen.`)] }],
    }));
    const { file } = await renderToFile(syntheticDoc([syntheticTable({ columns, header: ['', 'Doelstelling', 'Afspraak'], rows })]), 'thousand');
    const pages = pageTexts(file, 'raw');
    expect(pages.length).toBeGreaterThan(20);
    // Raw text order is drawing order: row by row, the number cell first.
    const numbers = [...pages.join('\n').matchAll(/^(\d+)\. Doel (\d+) /gm)].map((m) => (m[1] === m[2] ? Number(m[1]) : -1));
    expect(numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const all = pages.join('\n');
    for (let i = 1; i <= n; i++) expect(all).toContain(`Afspraak nummer ${i} met`);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('Doelstelling'));
    // One tagged row per table row, header apart (without text: poppler's text lookup takes half a minute here).
    const table = findAll(structTree(file, false), 'Table')[0]!;
    expect(findAll(table, 'TR')).toHaveLength(n + 1);
    expect(findAll(table, 'TD')).toHaveLength(3 * n);
    expect(findAll(table, 'TH')).toHaveLength(3);
  });

  it('continues a row span over several pages, repeating its text with the continued label', async () => {
    const n = 90;
    const doel = 'Het versnellen van de beschikbaarheid van voldoende betaalbare huurwoningen.';
    const rows: Row[] = Array.from({ length: n }, (_, i) => ({
      cells: [
        numberCell(i + 1),
        ...(i === 0 ? [{ column: 1, rowSpan: n, blocks: [para(doel)] }] : []),
        { column: 2, rowSpan: 1, blocks: [para(`Jaarafspraak ${i + 1}: partijen maken afspraken over de uitvoering en bespreken de voortgang twee keer per jaar in het bestuurlijk overleg.`)] },
      ],
    }));
    const { file } = await renderToFile(syntheticDoc([syntheticTable({ columns, header: ['', 'Doelstelling', 'Jaarafspraak'], rows })]), 'span');
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const flat = (s: string) => s.replace(/-\n/g, '').replace(/\s+/g, ' ');
    pages.forEach((page, i) => {
      expect(flat(page), `page ${i + 1}`).toContain(doel);
      if (i > 0) expect(page, `page ${i + 1}`).toContain('(vervolg)');
      else expect(page).not.toContain('(vervolg)');
    });
    const all = pages.join('\n');
    for (let i = 1; i <= n; i++) expect(flat(all)).toContain(`Jaarafspraak ${i}: partijen`);
    // The repeats are artifacts: the tagged table has the span once, over all its rows.
    const table = findAll(structTree(file), 'Table')[0]!;
    const tds = findAll(table, 'TD');
    expect(tds.filter((td) => nodeText(td) === doel)).toHaveLength(1);
    expect(tds.find((td) => nodeText(td) === doel)!.attributes).toContain(`/RowSpan ${n}`);
    expect(nodeText(table)).not.toContain('(vervolg)');
    const grid = tableGrid(table);
    expect(grid).toHaveLength(n);
    grid.forEach((row, i) => expect(row.slice(0, 2)).toEqual([`${i + 1}.`, doel]));
  });

  it('continues a spanning cell whose own text is longer than a page', async () => {
    const words = numbered('d', 1500);
    const rows: Row[] = Array.from({ length: 6 }, (_, i) => ({
      cells: [numberCell(i + 1), ...(i === 0 ? [{ column: 1, rowSpan: 6, blocks: [para(words.join(' '))] }] : []), { column: 2, rowSpan: 1, blocks: [para(`Rij ${i + 1}`)] }],
    }));
    const { file } = await renderToFile(syntheticDoc([syntheticTable({ columns, header: ['', 'Doelstelling', 'Afspraak'], rows })]), 'long-span');
    const pages = pageTexts(file, 'raw');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.join('\n').match(/d\d{4}/g)).toEqual(words);
    const grid = tableGrid(findAll(structTree(file), 'Table')[0]!);
    expect(grid.map((r) => r[1])).toEqual(Array(6).fill(words.join(' ')));
    expectInsideBody(file);
  });

  it('breaks a word far wider than its column inside the column', async () => {
    const long = `Zeer${'lang'.repeat(30)}woord`;
    const dutch = 'Huurdersorganisatieondersteuningsmogelijkhedenonderzoek';
    const narrow = [
      { width: 0.04, kind: 'number' as const },
      { width: 0.06, kind: 'text' as const },
      { width: 0.9, kind: 'text' as const },
    ];
    const rows: Row[] = [{ cells: [numberCell(1), { column: 1, rowSpan: 1, blocks: [para(`${long} ${dutch}`)] }, { column: 2, rowSpan: 1, blocks: [para('Breed.')] }] }];
    const doc = syntheticDoc([syntheticTable({ columns: narrow, header: ['', 'Smal', 'Breed'], rows })]);
    const { file } = await renderToFile(doc, 'long-word');
    const { margins, width } = doc.page;
    const bodyWidth = width - margins.left - margins.right;
    const left = margins.left + 0.04 * bodyWidth;
    const right = left + 0.06 * bodyWidth;
    const { words } = bboxWords(file);
    const inColumn = words.filter((w) => /lang|woord|Zeer|ondersteun|Huurders/i.test(w.text));
    expect(inColumn.length).toBeGreaterThan(10);
    for (const w of inColumn) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(left);
      expect(w.xMax, w.text).toBeLessThanOrEqual(right + 0.5);
    }
    expectInsideBody(file);
    // Nothing lost: the cell reads back whole.
    expect(tableGrid(findAll(structTree(file), 'Table')[0]!)[0]![1]).toBe(`${long} ${dutch}`);
    // The Dutch word is hyphenated at a pattern point, with a visible hyphen.
    expect(pageTexts(file, 'raw')[0]).toMatch(/Huur-?\n?ders|ders-\n/);
  });

  it('shows the header of a table without rows, and tags empty cells', async () => {
    const empty = syntheticTable({ columns, header: ['', 'Leeg A', 'Leeg B'], rows: [] });
    const holes = syntheticTable({ columns, header: ['', 'Met', 'Gaten'], rows: [{ cells: [numberCell(1), { column: 1, rowSpan: 1, blocks: [] }, { column: 2, rowSpan: 1, blocks: [para('Alleen hier.')] }] }] });
    const { file } = await renderToFile(syntheticDoc([empty, holes]), 'empty');
    expect(pageTexts(file)[0]).toContain('Leeg A');
    const tables = findAll(structTree(file), 'Table');
    expect(findAll(tables[0]!, 'TH').map(nodeText)).toEqual(['', 'Leeg A', 'Leeg B']);
    expect(tableGrid(tables[1]!)).toEqual([['1.', '', 'Alleen hier.']]);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
  });

  it('sets rich text in cells: marks, links, line breaks, lists, notes and tracked changes', async () => {
    const rich: CellBlock[] = [
      {
        type: 'paragraph',
        inlines: [
          { type: 'text', text: 'Vet', marks: ['bold'] },
          { type: 'text', text: ' en ', marks: [] },
          { type: 'text', text: 'cursief', marks: ['italic'] },
          { type: 'text', text: ' en ', marks: [] },
          { type: 'text', text: 'onderstreept', marks: ['underline'] },
          { type: 'break' },
          { type: 'text', text: 'zie ', marks: [] },
          { type: 'text', text: 'de website', marks: [], href: 'https://www.harderwijk.nl/wonen' },
          { type: 'text', text: ' voor meer.', marks: [] },
        ],
      },
      { type: 'list', items: [[para('Eerste punt met een lange tekst die over meer dan een regel doorloopt in deze smalle kolom.')], [para('Tweede punt')]] },
      para('Trekker: gemeente', 'note'),
      {
        type: 'paragraph',
        inlines: [
          { type: 'text', text: 'oud', marks: [], change: 'delete' },
          { type: 'text', text: ' ', marks: [] },
          { type: 'text', text: 'nieuw', marks: [], change: 'insert' },
        ],
      },
    ];
    const rows: Row[] = [{ cells: [numberCell(1), { column: 1, rowSpan: 1, blocks: rich }, { column: 2, rowSpan: 1, blocks: [para('Naast de rijke cel.')] }] }];
    const { file } = await renderToFile(syntheticDoc([syntheticTable({ columns, header: ['', 'Rijk', 'Gewoon'], rows })]), 'rich');
    const td = findAll(findAll(structTree(file), 'Table')[0]!, 'TD')[1]!;
    expect(nodeText(td)).toBe(
      'Vet en cursief en onderstreept zie de website voor meer. • Eerste punt met een lange tekst die over meer dan een regel doorloopt in deze smalle kolom. • Tweede punt Trekker: gemeente oud nieuw',
    );
    expect(findAll(td, 'Link').map(nodeText)).toEqual(['de website']);
    expect(findAll(td, 'LI')).toHaveLength(2);
    const fonts = run('pdffonts', [file]);
    expect(fonts).toContain('SourceSans3-Bold');
    expect(fonts).toContain('SourceSans3-It');
    const objects = (qpdfJson(file, 'qpdf').qpdf as Record<string, { value?: Record<string, unknown> }>[])[1]!;
    const links = Object.values(objects).filter((o) => o.value?.['/Subtype'] === '/Link');
    expect(links).toHaveLength(1);
    const action = objects[`obj:${links[0]!.value!['/A'] as string}`]!.value!;
    expect(action).toMatchObject({ '/S': '/URI', '/URI': 'u:https://www.harderwijk.nl/wonen' });
    expect(links[0]!.value!['/StructParent']).toBeTypeOf('number');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
  });
});

/** No word drawn outside the page, and none beside the body area (the header band and footer aside). */
function expectInsideBody(file: string): void {
  const { pages, words } = bboxWords(file);
  const doc = syntheticDoc([]);
  const { margins } = doc.page;
  for (const w of words) {
    const page = pages[w.page]!;
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(0);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(0);
    expect(w.xMax, w.text).toBeLessThanOrEqual(page.width);
    expect(w.yMax, w.text).toBeLessThanOrEqual(page.height);
    if (/^Pagina|^\d+$|^van$/.test(w.text) && w.yMin > page.height - margins.bottom) continue;
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(margins.left - 0.5);
    expect(w.xMax, w.text).toBeLessThanOrEqual(page.width - margins.right + 0.5);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(margins.top - 0.5);
    expect(w.yMax, w.text).toBeLessThanOrEqual(page.height - margins.bottom + 0.5);
  }
}
