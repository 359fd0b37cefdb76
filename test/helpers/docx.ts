/**
 * Helpers for the Word renderer's tests: read a .docx's parts, parse its XML,
 * and a small synthetic document model with every kind of content.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Block, DocumentModel, Logo, Row, Table } from '../../src/document/types.js';
import { childrenOf, findAll, tagOf } from '../../src/import/xml.js';
import { pageLayout } from '../../src/document/layout.js';
import { textRun } from '../../src/model/richtext.js';
import { readSeed } from './seed.js';

export type Parts = Record<string, Uint8Array>;

export function unzipDocx(docx: Uint8Array): Parts {
  return unzipSync(docx);
}

export function partText(parts: Parts, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`the package has no ${name}`);
  return strFromU8(part);
}

/** XML in document order ({ 'w:p': [...children], ':@': attributes }), as Word reads it. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false, parseTagValue: false });

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

// The tree walk is the Word reader's (src/import/xml.ts): one walk over fast-xml-parser's ordered form.
export { childrenOf, findAll, tagOf } from '../../src/import/xml.js';

export function attrsOf(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

/** Direct children with the tag. */
export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((c) => tagOf(c) === tag);
}

/** The text a reader sees in an element: w:t and w:delText, w:br and w:tab as spaces, paragraphs apart. */
export function textOf(node: XmlNode): string {
  const tag = tagOf(node);
  if (tag === '#text') return String(node['#text']);
  if (tag === 'w:br' || tag === 'w:tab') return ' ';
  const inner = childrenOf(node).map(textOf).join('');
  return tag === 'w:p' ? `${inner} ` : inner;
}

/** Relationship id -> target of a part's relationships (targets relative to the part's folder). */
export function relationshipTargets(parts: Parts, partName: string): Map<string, string> {
  const relsName = partName.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = parts[relsName] ? findAll(parseXml(partText(parts, relsName)), 'Relationship') : [];
  return new Map(rels.map((r) => [attrsOf(r)['Id']!, attrsOf(r)['Target']!]));
}

/**
 * Which Doelstelling and Kaderafspraak cells the seed leaves empty because
 * they continue the cell above (a merged cell): per theme, per row,
 * [doelstelling continued, kaderafspraak continued]. Read from the raw seed
 * text, as readSeed() fills these cells in.
 */
export function seedMergedCells(): boolean[][][] {
  const themes: boolean[][][] = [];
  for (const line of readSeed().text.split('\n')) {
    if (/^\d\. Thema /.test(line)) themes.push([]);
    const row = /^\d+\.\t(.*)$/.exec(line);
    if (row && themes.length) {
      const cells = row[1]!.split('\t');
      themes.at(-1)!.push([!cells[0]?.trim(), !cells[1]?.trim()]);
    }
  }
  return themes;
}

/** A small model with what the example lacks: links, notes, cell lists, tracked changes, row changes. */
export function syntheticModel(): DocumentModel {
  const table: Table = {
    type: 'table',
    anchor: 't-tabel',
    summary: 'Testtabel',
    columns: [
      { width: 0.1, kind: 'number' },
      { width: 0.45, kind: 'text' },
      { width: 0.45, kind: 'text' },
    ],
    header: ['', 'Afspraak', 'Toelichting'],
    continuedLabel: '(vervolg)',
    rows: [
      row(1, [
        { type: 'paragraph', inlines: [textRun('Oude '), textRun('weggehaalde', [], { change: 'delete' }), textRun('nieuwe tekst', ['bold'], { change: 'insert' })] },
        { type: 'paragraph', style: 'note', inlines: [textRun('Trekker: gemeente · gereed: Q2 2025')] },
      ], [{ type: 'list', items: [[{ type: 'paragraph', inlines: [textRun('punt een')] }], [{ type: 'paragraph', inlines: [textRun('punt twee')] }]] }]),
      { ...row(2, [{ type: 'paragraph', inlines: [textRun('Een toegevoegde rij')] }], []), change: 'insert' },
      { ...row(3, [{ type: 'paragraph', inlines: [textRun('Een geschrapte rij')] }], []), change: 'delete' },
    ],
  };
  const blocks: Block[] = [
    { type: 'paragraph', style: 'title', inlines: [textRun('Redline testdocument')] },
    { type: 'heading', level: 1, text: '1. Wijzigingen', anchor: 'wijzigingen' },
    {
      type: 'paragraph',
      inlines: [textRun('Zie '), textRun('de website', ['italic'], { href: 'https://www.harderwijk.nl/' }), { type: 'break' }, textRun('tweede regel', ['underline'])],
    },
    { type: 'heading', level: 2, text: 'Tabel', anchor: 'tabel' },
    table,
  ];
  return {
    meta: {
      title: 'Redline testdocument',
      subject: 'Test',
      author: 'gemeente Test, Stichting Test',
      company: 'Gemeente Test',
      keywords: ['test'],
      language: 'nl-NL',
      date: '2024-11-05',
      fileName: 'test-redline',
      draft: false,
      revision: { author: 'jaarschijf', date: '2024-11-05' },
    },
    page: pageLayout(undefined),
    header: { logos: [pngLogo()] },
    footer: [{ type: 'text', text: 'Pagina ' }, { type: 'page' }, { type: 'text', text: ' van ' }, { type: 'pages' }],
    sections: [{ id: 'test', bookmark: 'Test', startOnNewPage: false, blocks }],
  };
}

/** A PNG logo (the example's logos are SVG), drawn from one of them. */
function pngLogo(): Logo {
  const svg = readFileSync(new URL('../../agreements/harderwijk/logos/uwoon.svg', import.meta.url));
  const data = new Resvg(svg, { fitTo: { mode: 'width', value: 120 }, font: { loadSystemFonts: false } }).render().asPng();
  return { party: 'test', name: 'Stichting Test', format: 'png', data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function row(n: number, afspraak: Table['rows'][number]['cells'][number]['blocks'], toelichting: Table['rows'][number]['cells'][number]['blocks']): Row {
  return {
    cells: [
      { column: 0, rowSpan: 1, blocks: [{ type: 'paragraph', inlines: [textRun(`${n}.`)] }] },
      { column: 1, rowSpan: 1, blocks: afspraak },
      { column: 2, rowSpan: 1, blocks: toelichting },
    ],
  };
}

/** The first child with the tag, if any. */
export const child = (node: XmlNode | undefined, tag: string): XmlNode | undefined => (node ? childrenNamed(node, tag)[0] : undefined);
/** An element's w:val. */
export const val = (node: XmlNode | undefined): string | undefined => (node ? attrsOf(node)['w:val'] : undefined);
/** A paragraph's style id. */
export const paragraphStyle = (p: XmlNode): string | undefined => val(child(child(p, 'w:pPr'), 'w:pStyle'));

/** Bookmark name -> the paragraph (of those given) it starts in. */
export function bookmarksIn(paragraphs: readonly XmlNode[]): Map<string, XmlNode> {
  const map = new Map<string, XmlNode>();
  for (const p of paragraphs) for (const b of findAll(childrenOf(p), 'w:bookmarkStart')) map.set(attrsOf(b)['w:name']!, p);
  return map;
}

/** The body's Word sections, in order: their default header and footer parts, and their w:sectPr. */
export function wordSections(parts: Parts): { header: string; footer: string; properties: XmlNode }[] {
  const targets = relationshipTargets(parts, 'word/document.xml');
  return findAll(parseXml(partText(parts, 'word/document.xml')), 'w:sectPr').map((properties) => {
    const ref = (tag: string) => `word/${targets.get(attrsOf(childrenNamed(properties, tag).find((r) => attrsOf(r)['w:type'] === 'default')!)['r:id']!)}`;
    return { header: partText(parts, ref('w:headerReference')), footer: partText(parts, ref('w:footerReference')), properties };
  });
}
