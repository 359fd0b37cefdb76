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

function normalizeText(node: XmlNode): string {
  return textOf(node).replace(/\s+/g, ' ').trim();
}
