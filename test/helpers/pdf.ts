/**
 * Reading rendered PDFs back with independent tools (poppler, qpdf), and
 * small synthetic document models for the PDF stress tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageLayout } from '../../src/document/layout.js';
import type { Block, CellBlock, DocumentModel, Row, Section, Table } from '../../src/document/types.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { run } from './tools.js';

/** Render in-process and write the PDF to a scratch folder. */
export async function renderToFile(doc: DocumentModel, name = 'test'): Promise<{ file: string; bytes: Uint8Array }> {
  const bytes = await renderPdf(doc);
  const file = join(mkdtempSync(join(tmpdir(), 'jaarschijf-pdf-')), `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

/** Text per page (pdftotext, raw content order or layout). */
export function pageTexts(file: string, mode: 'raw' | 'layout' | 'plain' = 'plain'): string[] {
  const args = mode === 'plain' ? [] : [`-${mode}`];
  const pages = run('pdftotext', [...args, '-enc', 'UTF-8', file, '-']).split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

export interface BBoxWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points, top-left origin (pdftotext -bbox). */
export function bboxWords(file: string): { pages: { width: number; height: number }[]; words: BBoxWord[] } {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const pages: { width: number; height: number }[] = [];
  const words: BBoxWord[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else words.push({ page: pages.length - 1, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), text: unescapeHtml(m[7]!) });
  }
  return { pages, words };
}

function unescapeHtml(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

export interface StructNode {
  type: string;
  /** Block-level (P, TD, ...) or inline (Link, Span). */
  inline: boolean;
  /** Attribute lines, e.g. "/RowSpan 4", "/Summary (...)". */
  attributes: string[];
  /** Child elements and the texts of the node's own marked content, in order. */
  items: (StructNode | string)[];
}

/** The logical structure tree, with its text unless `withText` is false (poppler's text lookup is slow on big tables). */
export function structTree(file: string, withText = true): StructNode {
  const out = run('pdfinfo', [withText ? '-struct-text' : '-struct', file]);
  const root: StructNode = { type: 'root', inline: false, attributes: [], items: [] };
  const stack: { indent: number; node: StructNode }[] = [{ indent: -1, node: root }];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    if (content.startsWith('"')) parent.items.push(content.slice(1, -1));
    else if (content.startsWith('/')) parent.attributes.push(content);
    else {
      const node: StructNode = { type: content.replace(/[\s:(].*$/, ''), inline: content.includes('(inline)'), attributes: [], items: [] };
      parent.items.push(node);
      stack.push({ indent, node });
    }
  }
  return root;
}

export function children(node: StructNode): StructNode[] {
  return node.items.filter((i): i is StructNode => typeof i !== 'string');
}

/** All text under a node: marked content and inline elements run on, block elements are separated by a space. */
export function nodeText(node: StructNode): string {
  let text = '';
  for (const item of node.items) {
    if (typeof item === 'string') text += item;
    else if (item.inline) text += nodeText(item);
    else text += ` ${nodeText(item)} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

export function findAll(node: StructNode, type: string): StructNode[] {
  const found: StructNode[] = [];
  const walk = (n: StructNode) => {
    if (n.type === type) found.push(n);
    children(n).forEach(walk);
  };
  walk(node);
  return found;
}

/**
 * The body rows of a tagged table as full grids: each row's cells with the
 * text of row-spanning cells repeated in the rows they cover.
 */
export function tableGrid(table: StructNode): string[][] {
  const body = children(table).find((c) => c.type === 'TBody');
  if (!body) throw new Error('table without TBody');
  const grid: string[][] = [];
  const pending: { column: number; text: string; rows: number }[] = [];
  for (const tr of children(body)) {
    const row: string[] = [];
    const spans = pending.filter((p) => p.rows > 0);
    let column = 0;
    const cells = children(tr);
    while (cells.length || spans.some((s) => s.column >= column)) {
      const span = spans.find((s) => s.column === column);
      if (span) {
        row.push(span.text);
        span.rows--;
      } else {
        const td = cells.shift();
        if (!td) break;
        const text = nodeText(td);
        const rowSpan = Number(/\/RowSpan (\d+)/.exec(td.attributes.join(' '))?.[1] ?? 1);
        if (rowSpan > 1) pending.push({ column, text, rows: rowSpan - 1 });
        row.push(text);
      }
      column++;
    }
    grid.push(row);
  }
  return grid;
}

/** qpdf's JSON view of the file. */
export function qpdfJson(file: string, ...keys: string[]): Record<string, unknown> {
  return JSON.parse(run('qpdf', ['--json', ...keys.map((k) => `--json-key=${k}`), file])) as Record<string, unknown>;
}

/** Letters and digits only, lower case: compares text across line breaks, hyphenation and spacing. */
export function alnum(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether `needle` occurs in `haystack` in order as at most `maxPieces`
 * contiguous pieces (a cell split over pages is interrupted by page furniture).
 */
export function foundInPieces(haystack: string, needle: string, maxPieces: number): boolean {
  let from = 0;
  let rest = needle;
  for (let pieces = 0; pieces < maxPieces; pieces++) {
    if (!rest) return true;
    // The longest prefix of the rest that occurs after `from`.
    let lo = 0;
    let hi = rest.length;
    let at = -1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const i = haystack.indexOf(rest.slice(0, mid), from);
      if (i >= 0) {
        lo = mid;
        at = i;
      } else hi = mid - 1;
    }
    if (lo === 0) return false;
    at = haystack.indexOf(rest.slice(0, lo), from);
    from = at + lo;
    rest = rest.slice(lo);
  }
  return rest === '';
}

// ---- synthetic models ---------------------------------------------------

export const para = (text: string, style?: 'note'): CellBlock => ({ type: 'paragraph', inlines: [{ type: 'text', text, marks: [] }], ...(style ? { style } : {}) });

export function syntheticTable(options: { columns: { width: number; kind?: 'number' | 'text' }[]; header: string[]; rows: Row[]; summary?: string }): Table {
  return {
    type: 'table',
    anchor: 'tabel',
    summary: options.summary ?? 'Testtabel',
    columns: options.columns.map((c) => ({ width: c.width, kind: c.kind ?? 'text' })),
    header: options.header,
    rows: options.rows,
    continuedLabel: '(vervolg)',
  };
}

/** A plain document: no logos, a page footer, the given blocks in one section. */
export function syntheticDoc(blocks: Block[], extra: Partial<DocumentModel> = {}): DocumentModel {
  const sections: Section[] = [{ id: 'test', bookmark: 'Test', startOnNewPage: false, blocks }];
  return {
    meta: {
      title: 'Testdocument',
      subject: 'Stresstest',
      author: 'jaarschijf',
      company: 'Test',
      keywords: ['test'],
      language: 'nl-NL',
      date: '2024-01-01',
      fileName: 'test',
      draft: false,
    },
    page: pageLayout(undefined),
    header: { logos: [] },
    footer: [{ type: 'text', text: 'Pagina ' }, { type: 'page' }, { type: 'text', text: ' van ' }, { type: 'pages' }],
    sections,
    ...extra,
  };
}
