import { describe, expect, it } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import type { Cell, Table } from '../src/document/types.js';
import { plainText } from '../src/model/richtext.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { normalize, plain, readSeed } from './helpers/seed.js';

const seed = readSeed();
const loaded = await loadJaarschijf('agreements/harderwijk/2024.ts');
const doc = buildJaarschijfDocument(loaded);
const tables = doc.sections.flatMap((s) => s.blocks.filter((b): b is Table => b.type === 'table'));

/** Each row's text per column, with spanning cells repeated in the rows they cover. */
function grid(table: Table): string[][] {
  const open: { cell: Cell; left: number }[] = [];
  return table.rows.map((row) => {
    const texts: string[] = Array.from({ length: table.columns.length }, () => '');
    for (const cell of row.cells) open[cell.column] = { cell, left: cell.rowSpan };
    open.forEach((o, column) => {
      if (!o || o.left <= 0) return;
      texts[column] = normalize(plainText(o.cell.blocks.filter((b) => b.type !== 'paragraph' || b.style !== 'note')));
      o.left -= 1;
    });
    return texts;
  });
}

describe('the bundled example holds the whole seed document', () => {
  it('has the seven themes with 17, 11, 15, 15, 11, 9 and 16 rows (94 in all)', () => {
    expect(seed.themes.map((t) => t.rows.length)).toEqual([17, 11, 15, 15, 11, 9, 16]);
    expect(tables.map((t) => t.rows.length)).toEqual(seed.themes.map((t) => t.rows.length));
  });

  it.each(seed.themes.map((t) => [t.number, t] as const))('theme %i: every cell in the right row and column', (_n, theme) => {
    const rows = grid(tables[theme.number - 1]!);
    theme.rows.forEach((seedRow, i) => {
      // Column 0 is the row number; the seed's cells follow it.
      expect(rows[i]![0]).toBe(`${seedRow.number}.`);
      const expected = [0, 1, 2, 3].map((c) => plain(seedRow.cells[c] ?? ''));
      expect(rows[i]!.slice(1)).toEqual(expected);
    });
  });

  it('has the headings, the introduction and every theme intro verbatim', () => {
    const texts = doc.sections.flatMap((s) => s.blocks).map((b) => (b.type === 'heading' ? b.text : b.type === 'paragraph' || b.type === 'list' ? normalize(plainText([b])) : ''));
    for (const theme of seed.themes) {
      expect(texts).toContain(`${theme.number}. Thema ${theme.title}`);
      expect(texts).toContain(plain(theme.intro));
    }
    const seedIntro = seed.text.split('\nInleiding\n')[1]!.split('\ngemeente\n')[0]!;
    const paragraphs = seedIntro.split(/\n\s*\n/).map((p) => normalize(p.replace(/^- /gm, ''))).filter(Boolean);
    const docIntro = normalize(texts.slice(texts.indexOf('Inleiding') + 1, texts.indexOf('1. Thema Beschikbaarheid')).join(' '));
    expect(docIntro).toBe(paragraphs.join(' '));
    expect(doc.meta.title).toBe(normalize(seed.text.trim().split('\n')[0]!));
  });

  it('has the signing block: place, date and the five signatories', () => {
    const signing = doc.sections.find((s) => s.id === 'ondertekening')!;
    const text = signing.blocks.map((b) => (b.type === 'signatures' ? b.signatories.map((s) => s.lines[0]).join('\n') : b.type === 'paragraph' ? plainText([b]) : '')).join('\n');
    const seedSigning = seed.text.slice(seed.text.lastIndexOf('Harderwijk, 12 december 2023')).split('\n').map(normalize).filter(Boolean);
    for (const line of seedSigning) expect(text).toContain(line);
    expect(seedSigning).toHaveLength(7);
  });

  it('pairs the years by id: a row with texts in both years shares one id', () => {
    const prev = loaded.previous!.jaarschijf;
    const ids2023 = new Set(Object.values(prev.themes).flatMap((t) => t.afspraken.map((a) => a.id)));
    const table = tables[0]!;
    // Row 2 of theme 1: "De corporaties maken de nieuwbouwplanning concreet." beside the 2024 list.
    expect(table.rows[1]!.anchor).toBe('afspraak-bes-02');
    expect(ids2023.has('bes-02')).toBe(true);
  });
});

describe('loading', () => {
  it('loads the 2023 source on its own, as a draft without previous year', async () => {
    const y2023 = await loadJaarschijf('agreements/harderwijk/2023.ts');
    expect(y2023.jaarschijf.year).toBe(2023);
    expect(y2023.jaarschijf.signing).toBeUndefined();
    expect(y2023.previous).toBeUndefined();
  });

  it('reads the five logos', () => {
    expect(loaded.logos.map((l) => [l.party, l.format])).toEqual([
      ['harderwijk', 'svg'],
      ['uwoon', 'svg'],
      ['omnia-wonen', 'svg'],
      ['woonwijs', 'svg'],
      ['show', 'svg'],
    ]);
  });
});
