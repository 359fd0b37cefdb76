/**
 * Table cells in Word: plain paragraphs are written directly in docx's XML
 * form, paragraphs with a link go through docx. Both must read back as Word
 * runs with the right marks, breaks, escaping and link relationships.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, Table } from '../src/document/types.js';
import { textRun } from '../src/model/richtext.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { attrsOf, childrenNamed, childrenOf, findAll, parseXml, partText, relationshipTargets, syntheticModel, tagOf, textOf, unzipDocx, type XmlNode } from './helpers/docx.js';

let cells: XmlNode[];
let rels: Map<string, string>;

beforeAll(async () => {
  const model = syntheticModel();
  const section = model.sections[0]!;
  const table = section.blocks.find((b): b is Table => b.type === 'table')!;
  const extra: Table['rows'][number] = {
    cells: [
      { column: 0, rowSpan: 1, blocks: [{ type: 'paragraph', inlines: [textRun('4.')] }] },
      {
        column: 1,
        rowSpan: 1,
        blocks: [{ type: 'paragraph', inlines: [textRun('vet', ['bold']), textRun(' en '), textRun('schuin onderstreept', ['italic', 'underline']), { type: 'break' }, textRun('A & B <C> "D"')] }],
      },
      { column: 2, rowSpan: 1, blocks: [{ type: 'paragraph', inlines: [textRun('Zie '), textRun('de site', [], { href: 'https://www.harderwijk.nl/wonen?a=1&b=2' })] }] },
    ],
  };
  const withRow: DocumentModel = { ...model, sections: [{ ...section, blocks: section.blocks.map((b) => (b === table ? { ...table, rows: [...table.rows, extra] } : b)) }] };
  const parts = unzipDocx(await renderDocx(withRow));
  const rows = findAll(parseXml(partText(parts, 'word/document.xml')), 'w:tr');
  cells = childrenNamed(rows.at(-1)!, 'w:tc');
  rels = relationshipTargets(parts, 'word/document.xml');
});

const runsOf = (node: XmlNode) => findAll([node], 'w:r');
const formatOf = (run: XmlNode) => childrenNamed(run, 'w:rPr').flatMap(childrenOf).map((n) => [tagOf(n), attrsOf(n)['w:val']].filter(Boolean).join('='));

describe('Word document: cell paragraphs', () => {
  it('writes marks as run properties, a line break as w:br, and escapes the text', () => {
    const runs = runsOf(cells[1]!);
    expect(runs.map((r) => textOf(r))).toEqual(['vet', ' en ', 'schuin onderstreept', ' ', 'A & B <C> "D"']);
    expect(runs.map(formatOf)).toEqual([['w:b', 'w:bCs'], [], ['w:i', 'w:iCs', 'w:u=single'], [], []]);
    expect(findAll([runs[3]!], 'w:br')).toHaveLength(1);
    const pStyle = findAll([cells[1]!], 'w:pStyle').map((s) => attrsOf(s)['w:val']);
    expect(pStyle).toEqual(['TableText']);
  });

  it('right-aligns the row number', () => {
    expect(findAll([cells[0]!], 'w:jc').map((j) => attrsOf(j)['w:val'])).toEqual(['right']);
    expect(normalizeText(cells[0]!)).toBe('4.');
  });

  it('links a run in a cell through a relationship to the URL', () => {
    const [link] = findAll([cells[2]!], 'w:hyperlink');
    expect(link).toBeDefined();
    expect(textOf(link!)).toBe('de site');
    expect(rels.get(attrsOf(link!)['r:id']!)).toBe('https://www.harderwijk.nl/wonen?a=1&b=2');
    expect(findAll([link!], 'w:rStyle').map((s) => attrsOf(s)['w:val'])).toEqual(['Hyperlink']);
  });
});

describe('Word document: a table without links, lists or tracked changes', () => {
  // Such a table is written to XML by the renderer itself and spliced into the body.
  it('escapes its text as XML and reads back as written, control characters left out', async () => {
    const model = syntheticModel();
    const section = model.sections[0]!;
    const text = `Huur < 50% & "sociaal" 'betaalbaar' > niets\u0007`;
    const table: Table = {
      type: 'table',
      anchor: 't-plat',
      summary: 'Samenvatting met "aanhalingstekens" & <tekens>',
      columns: [{ width: 0.2, kind: 'number' }, { width: 0.8, kind: 'text' }],
      header: ['', 'Afspraak & "uitleg"'],
      continuedLabel: '(vervolg)',
      rows: [
        { cells: [{ column: 0, rowSpan: 2, blocks: [{ type: 'paragraph', inlines: [textRun('1.')] }] }, { column: 1, rowSpan: 1, blocks: [{ type: 'paragraph', inlines: [textRun(text, ['bold'])] }] }] },
        { cells: [{ column: 1, rowSpan: 1, blocks: [{ type: 'paragraph', style: 'note', inlines: [textRun('Trekker: gemeente')] }] }] },
      ],
    };
    const parts = unzipDocx(await renderDocx({ ...model, sections: [{ ...section, blocks: [table] }] }));
    const xml = partText(parts, 'word/document.xml');
    expect(xml).not.toContain('jaarschijf:splice');
    // Escaped as docx escapes (every XML special character, in text too); the bell character left out.
    expect(xml).toContain('>Huur &lt; 50% &amp; &quot;sociaal&quot; &apos;betaalbaar&apos; &gt; niets</w:t>');
    const [tbl] = findAll(parseXml(xml), 'w:tbl');
    const description = findAll([tbl!], 'w:tblDescription')[0]!;
    expect(attrsOf(description)['w:val']).toBe(table.summary);
    const rows = childrenNamed(tbl!, 'w:tr');
    expect(rows.map((r) => childrenNamed(r, 'w:tc').map((c) => normalizeText(c)))).toEqual([
      ['', 'Afspraak & "uitleg"'],
      ['1.', text.slice(0, -1)],
      ['', 'Trekker: gemeente'],
    ]);
    expect(findAll([rows[2]!], 'w:vMerge').map((m) => attrsOf(m)['w:val'] ?? 'continue')).toEqual(['continue']);
    expect(findAll([rows[2]!], 'w:pStyle').map((m) => attrsOf(m)['w:val'])).toEqual(['Note']);
  });
});

function normalizeText(node: XmlNode): string {
  return textOf(node).replace(/\s+/g, ' ').trim();
}
