/**
 * The PDF renderer's layout on its own, before drawing: line breaking keeps
 * every line inside its width and loses no text; hyphenation follows the
 * Dutch patterns; table pagination places every line of every cell exactly
 * once, inside its cell and page, and keeps rows whole where they fit.
 */
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { CellBlock, Inline, Mark, Row } from '../src/document/types.js';
import { FontSet, fontSource } from '../src/render/pdf/FontSet.js';
import { hyphenationPoints } from '../src/render/pdf/hyphenation.js';
import { layoutBlocks } from '../src/render/pdf/layoutBlocks.js';
import { linesHeight, type Line } from '../src/render/pdf/Line.js';
import { measureTable, type MeasuredTable } from '../src/render/pdf/measureTable.js';
import { paginateTable, type TablePagination } from '../src/render/pdf/paginateTable.js';
import { cellStyles } from '../src/render/pdf/pdfStyles.js';
import { para, syntheticTable } from './helpers/pdf.js';

const fonts = new FontSet(new PDFDocument({ autoFirstPage: false, font: fontSource('regular') as string }));
const EPS = 0.01;

/** The text the lines read as: inserted hyphens and bullets left out. */
function linesText(lines: readonly Line[]): string {
  return lines
    .map((l) => l.fragments.filter((f) => !f.softHyphen && f.tag.type !== 'Lbl').map((f) => f.text).join(''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const word = fc.oneof(
  fc.stringMatching(/^[a-zA-Zéë]{1,12}$/),
  fc.constantFrom('ondersteuningsmogelijkheden', 'huurders-organisaties', '2022-2026', 'www.harderwijk.nl/wonen/huren', `Zeer${'lang'.repeat(20)}`, '€ 50.000', 'WWWWWWWWWWWWWWWW'),
);
const run = fc.record({ text: word, marks: fc.subarray<Mark>(['bold', 'italic', 'underline']), space: fc.boolean() });

describe('PDF line layout', () => {
  it('keeps every line inside its width and every word, for any text and width', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 60 }), fc.integer({ min: 15, max: 500 }), (runs, width) => {
        const inlines: Inline[] = runs.flatMap((r) => [{ type: 'text' as const, text: r.text, marks: r.marks }, ...(r.space ? [{ type: 'text' as const, text: ' ', marks: [] }] : [])]);
        const lines = layoutBlocks(fonts, [{ type: 'paragraph', inlines }], { width, styles: cellStyles });
        for (const line of lines) {
          for (const f of line.fragments) {
            expect(f.x).toBeGreaterThanOrEqual(-EPS);
            expect(f.x + f.width).toBeLessThanOrEqual(width + EPS);
          }
        }
        const expected = runs.map((r) => r.text + (r.space ? ' ' : '')).join('').replace(/\s+/g, ' ').trim();
        expect(linesText(lines)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sets bullets with a hanging indent and right-aligns the number column', () => {
    const list: CellBlock = { type: 'list', items: [[para('Een punt dat lang genoeg is om over twee regels door te lopen in deze kolom.')], [para('Kort')]] };
    const lines = layoutBlocks(fonts, [list], { width: 150, styles: cellStyles });
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const bullet = lines[0]!.fragments[0]!;
    expect(bullet.text).toBe('\u2022');
    expect(bullet.tag.type).toBe('Lbl');
    const textX = lines[0]!.fragments[1]!.x;
    expect(textX).toBeGreaterThan(bullet.x + bullet.width);
    expect(lines[1]!.fragments[0]!.x).toBeCloseTo(textX, 5);
    const [number] = layoutBlocks(fonts, [para('12.')], { width: 20, styles: cellStyles, align: 'right' });
    const f = number!.fragments[0]!;
    expect(f.x + f.width).toBeCloseTo(20, 5);
  });

  it('hyphenates long Dutch words at pattern points, only where they do not fit', () => {
    expect(hyphenationPoints('ondersteuningsmogelijkheden')).toEqual([2, 5, 9, 14, 16, 18, 22, 24]);
    expect(hyphenationPoints('(huurwoningen),')).toEqual([5, 7, 10]);
    expect(hyphenationPoints('2024')).toEqual([]);
    const text = 'De gemeente ondersteunt huurders met ondersteuningsmogelijkheden.';
    const narrow = layoutBlocks(fonts, [para(text)], { width: 70, styles: cellStyles });
    const hyphens = narrow.flatMap((l) => l.fragments.filter((f) => f.softHyphen));
    expect(hyphens.length).toBeGreaterThan(0);
    expect(hyphens.every((f) => f.text === '-')).toBe(true);
    expect(linesText(narrow)).toBe(text);
    const wide = layoutBlocks(fonts, [para(text)], { width: 600, styles: cellStyles });
    expect(wide).toHaveLength(1);
    expect(wide[0]!.fragments.some((f) => f.softHyphen)).toBe(false);
  });

  it('replaces characters the font has no glyph for, rather than drawing .notdef', () => {
    const lines = layoutBlocks(fonts, [para('Prijs € 5 – “ok” 漢 😀 ✓')], { width: 400, styles: cellStyles });
    expect(linesText(lines)).toBe('Prijs € 5 – “ok” ? ? ✓'.replace('✓', fonts.drawable('regular', '✓')));
  });

  it('styles tracked changes and links', () => {
    const [line] = layoutBlocks(
      fonts,
      [
        {
          type: 'paragraph',
          inlines: [
            { type: 'text', text: 'weg', marks: [], change: 'delete' },
            { type: 'text', text: ' erbij', marks: [], change: 'insert' },
            { type: 'text', text: ' link', marks: [], href: 'https://example.org' },
            { type: 'text', text: ' geen', marks: [], href: 'javascript:alert(1)' },
          ],
        },
      ],
      { width: 400, styles: cellStyles },
    );
    const [deleted, inserted, link, plain] = line!.fragments;
    expect(deleted!.style).toMatchObject({ color: 'A4262C', strike: 'A4262C' });
    expect(inserted!.style).toMatchObject({ color: '1B6E20', underline: '1B6E20' });
    expect(link!.style).toMatchObject({ href: 'https://example.org', underline: '1F4E79' });
    expect(plain!.style.href).toBeUndefined();
  });
});

// ---- pagination ---------------------------------------------------------

interface RandomRow {
  words: number[];
  span: number;
}

function randomTable(rows: readonly RandomRow[]): MeasuredTable {
  const text = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');
  const tableRows: Row[] = [];
  let spanEnd = 0;
  rows.forEach((r, i) => {
    const cells = [{ column: 0, rowSpan: 1, blocks: [para(`${i + 1}.`)] }];
    if (i >= spanEnd) {
      const span = Math.min(r.span, rows.length - i);
      cells.push({ column: 1, rowSpan: span, blocks: r.words[0] ? [para(text(r.words[0]))] : [] });
      spanEnd = i + span;
    }
    cells.push({ column: 2, rowSpan: 1, blocks: r.words[1] ? [para(text(r.words[1]))] : [] });
    tableRows.push({ cells });
  });
  return measureTable(
    fonts,
    syntheticTable({ columns: [{ width: 0.05, kind: 'number' }, { width: 0.3 }, { width: 0.65 }], header: ['', 'Doel', 'Afspraak'], rows: tableRows }),
    745,
  );
}

function checkPagination(m: MeasuredTable, p: TablePagination, firstSpace: number, pageSpace: number): void {
  const paddingY = 2 * m.padding;
  const next = m.cells.map(() => 0);
  const seenInSlice = m.cells.map(() => -1);
  p.slices.forEach((slice, s) => {
    expect(slice.rows.length).toBeGreaterThan(0);
    expect(slice.height).toBeLessThanOrEqual((s === 0 && !p.newPageFirst ? firstSpace : pageSpace) + EPS);
    for (const piece of slice.pieces) {
      const cell = m.cells[piece.cell]!;
      expect(piece.y).toBeGreaterThanOrEqual(m.headerHeight - EPS);
      expect(piece.y + piece.height).toBeLessThanOrEqual(slice.height + EPS);
      if (piece.repeat) {
        expect(cell.span).toBeGreaterThan(1);
        expect(seenInSlice[piece.cell]).toBeGreaterThanOrEqual(0);
        expect(seenInSlice[piece.cell]).toBeLessThan(s);
        expect(linesHeight(cell.lines, 0, piece.to) + cell.labelHeight + paddingY).toBeLessThanOrEqual(piece.height + EPS);
        continue;
      }
      // Real content continues exactly where the previous piece ended.
      expect(piece.from).toBe(next[piece.cell]);
      expect(piece.to).toBeGreaterThanOrEqual(piece.from);
      expect(linesHeight(cell.lines, piece.from, piece.to) + paddingY).toBeLessThanOrEqual(piece.height + EPS);
      next[piece.cell] = piece.to;
      if (seenInSlice[piece.cell]! < 0) seenInSlice[piece.cell] = s;
    }
  });
  // Every line of every cell placed, every cell started.
  m.cells.forEach((cell, i) => {
    expect(next[i], `cell ${i}`).toBe(cell.lines.length);
    expect(seenInSlice[i], `cell ${i}`).toBeGreaterThanOrEqual(0);
  });
  // Every row in order.
  const rows = p.slices.flatMap((s) => s.rows.map((r) => r.row));
  expect([...new Set(rows)]).toEqual(m.table.rows.map((_, i) => i));
}

describe('PDF table pagination', () => {
  it('places every line of every cell once, in its cell and on its page', () => {
    const rowArb = fc.record({ words: fc.tuple(fc.nat({ max: 400 }), fc.nat({ max: 300 })), span: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 450 }), (rows, firstSpace) => {
        const m = randomTable(rows);
        const pageSpace = 450;
        const p = paginateTable(m.cells, { rows: m.table.rows.length, headerHeight: m.headerHeight, paddingY: 2 * m.padding, minRowHeight: m.minRowHeight, firstSpace, pageSpace });
        checkPagination(m, p, firstSpace, pageSpace);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps rows whole where they fit on a page, repeating the header on each', () => {
    const m = randomTable(Array.from({ length: 60 }, (_, i) => ({ words: [0, 20 + ((i * 37) % 120)], span: 1 })));
    const pageSpace = 450;
    const p = paginateTable(m.cells, { rows: 60, headerHeight: m.headerHeight, paddingY: 2 * m.padding, minRowHeight: m.minRowHeight, firstSpace: 200, pageSpace });
    checkPagination(m, p, 200, pageSpace);
    expect(p.slices.length).toBeGreaterThan(3);
    const rows = p.slices.flatMap((s) => s.rows.map((r) => r.row));
    expect(rows).toEqual(Array.from({ length: 60 }, (_, i) => i));
    for (const slice of p.slices) expect(slice.rows[0]!.y).toBeCloseTo(m.headerHeight, 5);
  });

  it('splits a row taller than a page between lines, and starts on the next page when nothing fits', () => {
    const m = randomTable([{ words: [0, 3000], span: 1 }]);
    const p = paginateTable(m.cells, { rows: 1, headerHeight: m.headerHeight, paddingY: 2 * m.padding, minRowHeight: m.minRowHeight, firstSpace: 30, pageSpace: 450 });
    expect(p.newPageFirst).toBe(true);
    expect(p.slices.length).toBeGreaterThan(2);
    checkPagination(m, p, 30, 450);
  });
});
