/**
 * A redline: runs and rows with tracked changes become Word revisions
 * (w:ins, w:del) with the model's author and date; plus what the example
 * lacks: links, note paragraphs, bullet lists in cells, line breaks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import {
  attrsOf,
  childrenNamed,
  findAll,
  parseXml,
  partText,
  relationshipTargets,
  syntheticModel,
  tagOf,
  textOf,
  unzipDocx,
  type Parts,
  type XmlNode,
} from './helpers/docx.js';
import { normalize } from './helpers/seed.js';

let parts: Parts;
let document: XmlNode[];

beforeAll(async () => {
  parts = unzipDocx(await renderDocx(syntheticModel()));
  document = parseXml(partText(parts, 'word/document.xml'));
});

describe('Word document: tracked changes', () => {
  it('writes inserted and deleted runs as w:ins and w:del by "jaarschijf" on the given date', () => {
    const inserted = findAll(document, 'w:ins');
    const deleted = findAll(document, 'w:del');
    expect(inserted.map((n) => normalize(textOf(n))).filter(Boolean)).toEqual(['nieuwe tekst', '2.', 'Een toegevoegde rij']);
    expect(deleted.map((n) => normalize(textOf(n))).filter(Boolean)).toEqual(['weggehaalde', '3.', 'Een geschrapte rij']);
    for (const change of [...inserted, ...deleted]) {
      expect(attrsOf(change)).toMatchObject({ 'w:author': 'jaarschijf', 'w:date': '2024-11-05T00:00:00Z' });
    }
    // Deleted text is w:delText, as Word requires.
    expect(findAll(deleted, 'w:delText').length).toBeGreaterThan(0);
    expect(findAll(deleted, 'w:t')).toHaveLength(0);
    // Marks stay on changed runs.
    expect(findAll(findAll(inserted, 'w:rPr'), 'w:b')).toHaveLength(1);
  });

  it('gives every revision its own id', () => {
    const ids = [...findAll(document, 'w:ins'), ...findAll(document, 'w:del')].map((n) => attrsOf(n)['w:id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks inserted and deleted rows in their row properties', () => {
    const rows = findAll(document, 'w:tr');
    const rowChange = (row: XmlNode) => {
      const trPr = childrenNamed(row, 'w:trPr')[0];
      return trPr ? childrenNamed(trPr, 'w:ins').length ? 'insert' : childrenNamed(trPr, 'w:del').length ? 'delete' : undefined : undefined;
    };
    expect(rows.map(rowChange)).toEqual([undefined, undefined, 'insert', 'delete']);
  });
});

describe('Word document: rich text', () => {
  it('links to the web with an external hyperlink in the Hyperlink style', () => {
    const link = findAll(document, 'w:hyperlink')[0]!;
    expect(normalize(textOf(link))).toBe('de website');
    const rels = partText(parts, 'word/_rels/document.xml.rels');
    const rel = findAll(parseXml(rels), 'Relationship').find((r) => attrsOf(r)['Id'] === attrsOf(link)['r:id'])!;
    expect(attrsOf(rel)).toMatchObject({ Target: 'https://www.harderwijk.nl/', TargetMode: 'External' });
    expect(relationshipTargets(parts, 'word/document.xml').get(attrsOf(link)['r:id']!)).toBe('https://www.harderwijk.nl/');
    const rPr = findAll([link], 'w:rPr')[0]!;
    expect(attrsOf(childrenNamed(rPr, 'w:rStyle')[0]!)['w:val']).toBe('Hyperlink');
    expect(childrenNamed(rPr, 'w:i')).toHaveLength(1);
  });

  it('keeps hard line breaks, underline, note paragraphs and bullet lists in cells', () => {
    const paragraphs = findAll(document, 'w:p');
    const withBreak = paragraphs.find((p) => findAll([p], 'w:br').length)!;
    expect(normalize(textOf(withBreak))).toBe('Zie de website tweede regel');
    expect(findAll([withBreak], 'w:u').map((u) => attrsOf(u)['w:val'])).toEqual(['single']);
    const style = (p: XmlNode) => attrsOf(findAll([p], 'w:pStyle')[0] ?? {})['w:val'];
    const note = paragraphs.find((p) => style(p) === 'Note')!;
    expect(normalize(textOf(note))).toBe('Trekker: gemeente · gereed: Q2 2025');
    const items = paragraphs.filter((p) => findAll([p], 'w:numPr').length);
    expect(items.map((p) => normalize(textOf(p)))).toEqual(['punt een', 'punt twee']);
    expect(items.every((p) => style(p) === 'TableText')).toBe(true);
  });

  it('puts a PNG logo in the header as it is, without an SVG', () => {
    const header = parseXml(partText(parts, 'word/header1.xml'));
    const blips = findAll(header, 'a:blip');
    expect(blips).toHaveLength(1);
    expect(findAll(blips, 'asvg:svgBlip')).toHaveLength(0);
    const target = relationshipTargets(parts, 'word/header1.xml').get(attrsOf(blips[0]!)['r:embed']!)!;
    expect(target).toMatch(/\.png$/);
    expect(attrsOf(findAll(header, 'wp:docPr')[0]!)['descr']).toBe('Stichting Test');
  });

  it('has the headings as Heading 1 and Heading 2', () => {
    const body = findAll(document, 'w:body')[0]!;
    const headings = findAll([body], 'w:p')
      .map((p) => [attrsOf(findAll([p], 'w:pStyle')[0] ?? {})['w:val'], normalize(textOf(p))])
      .filter(([style]) => style?.startsWith('Heading'));
    expect(headings).toEqual([
      ['Heading1', '1. Wijzigingen'],
      ['Heading2', 'Tabel'],
    ]);
    expect(tagOf(body)).toBe('w:body');
  });
});
