/**
 * Markdown in text fields -> rich text. Parsed once with unified/remark-parse;
 * only the constructs a document needs are accepted: paragraphs, bold,
 * italic, underline (`<u>...</u>`, the one raw HTML allowed), bullet and
 * numbered lists, links (http, https, mailto, and `#id` to a place in the
 * document) and line breaks; in long texts (an introduction, a chapter, a
 * bijlage) also headings (`##` to `####`) and GFM tables. Anything else is a
 * problem that names the construct, so a writer knows what to change; every
 * problem of a text is reported, not only the first.
 *
 * A line break inside a paragraph is a line break, as a writer expects (not
 * a space, as in plain Markdown); a blank line starts a new paragraph.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Inline, LongTextBlock, Mark, RichBlock, TextHeading, TextTable } from '../model/richtext.js';

/** All problems of one text. */
export class MarkdownError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

/** Deeper lists are no longer readable in a table cell, and would only be a way to exhaust the renderers. */
export const MAX_LIST_DEPTH = 6;

/** GFM tables are parsed so that they can be refused by name, instead of showing as lines of pipes. */
function remarkTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const parser = unified().use(remarkParse).use(remarkTables);

const blockNames: Record<string, string> = {
  code: 'een codeblok',
  blockquote: 'een citaat (>)',
  thematicBreak: 'een horizontale lijn',
  definition: 'een linkdefinitie',
  footnoteDefinition: 'een voetnoot',
  yaml: 'front matter',
};

const inlineNames: Record<string, string> = {
  inlineCode: 'code (`...`)',
  image: 'een afbeelding',
  imageReference: 'een afbeelding',
  linkReference: 'een verwijzingslink ([tekst][ref])',
  footnoteReference: 'een voetnoot',
  delete: 'doorhalen',
};

/**
 * One line of plain text, which Markdown leaves as it is: it starts with a
 * letter or a digit (no list, heading or quote), and has no character that
 * could start Markdown syntax, a character reference or a line break. Most
 * agreement texts are such a line; they skip the parser (npm run bench).
 */
const PLAIN_LINE = /^(?!\d{1,9}[.)])[\p{L}\p{N}](?:[^\x00-\x1f\x7f-\x9f\\*_[\]<>`|~&]|&(?![#A-Za-z0-9]))*$/u;

/** Where a text stands: in a table cell (an agreement: paragraphs and lists), or a long text of its own (also headings and tables). */
export type TextKind = 'cell' | 'long';

/** Parse the Markdown of a cell (an agreement, a kaderafspraak) into rich blocks; throws MarkdownError with every problem found. */
export function parseMarkdown(source: string): RichBlock[] {
  return parseText(source, 'cell') as RichBlock[];
}

/** Parse a long text (an introduction, a chapter, a bijlage): headings and tables too. */
export function parseLongText(source: string): LongTextBlock[] {
  return parseText(source, 'long');
}

function parseText(source: string, kind: TextKind): LongTextBlock[] {
  if (PLAIN_LINE.test(source)) return [{ type: 'paragraph', inlines: [{ type: 'text', text: source.replace(/\s+$/, ''), marks: [] }] }];
  let root;
  try {
    root = parser.parse(source);
  } catch (error) {
    if (error instanceof RangeError) throw new MarkdownError([`de tekst is te diep genest om te lezen (lijsten of citaten in elkaar; hoogstens ${MAX_LIST_DEPTH} niveaus)`]);
    throw error;
  }
  const depth = listDepth(root);
  if (depth > MAX_LIST_DEPTH) throw new MarkdownError([`lijsten zijn ${depth} niveaus diep genest; hoogstens ${MAX_LIST_DEPTH}`]);
  const problems: string[] = [];
  const blocks = root.children.flatMap((node) => toBlock(node, problems, kind));
  if (problems.length) throw new MarkdownError([...new Set(problems)]);
  return blocks;
}

/** The deepest nesting of lists, counted without recursion (the tree may be deep). */
function listDepth(root: Nodes): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const here = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
    deepest = Math.max(deepest, here);
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, here]);
  }
  return deepest;
}

function toBlock(node: RootContent, problems: string[], kind: TextKind): LongTextBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', inlines: toInlines(node.children, problems) }];
    case 'list': {
      // Items hold paragraphs and lists only, in any text.
      const items = node.children.map((item) => item.children.flatMap((child) => toBlock(child, problems, 'cell')) as RichBlock[]);
      return [node.ordered ? { type: 'list', ordered: true, ...(node.start && node.start !== 1 ? { start: node.start } : {}), items } : { type: 'list', items }];
    }
    case 'heading':
      if (kind === 'long' && node.depth >= 2 && node.depth <= 4) return [{ type: 'heading', depth: node.depth as TextHeading['depth'], inlines: toInlines(node.children, problems) }];
      problems.push(
        kind === 'long'
          ? `een kop met ${'#'.repeat(node.depth)} kan niet: gebruik ## tot en met #### (de titel van het hoofdstuk is de kop met #)`
          : 'een kop (#) kan niet in de tekst van een afspraak',
      );
      return [];
    case 'table':
      if (kind === 'long') return [toTable(node, problems)];
      problems.push('een tabel kan niet in de tekst van een afspraak (wel in een inleiding, een hoofdstuk of een bijlage)');
      return [];
    case 'html':
      problems.push(`HTML is niet toegestaan (alleen <u>...</u> voor onderstrepen): ${clip(node.value)}`);
      return [];
    default:
      problems.push(`${blockNames[node.type] ?? `"${node.type}"`} kan niet in de tekst van een afspraak`);
      return [];
  }
}

/** A GFM table: its header row, its rows, its columns' alignment. */
function toTable(node: Extract<RootContent, { type: 'table' }>, problems: string[]): TextTable {
  const [head, ...body] = node.children;
  const cells = (row: typeof head) => (row?.children ?? []).map((c) => toInlines(c.children, problems));
  const width = head?.children.length ?? 0;
  return {
    type: 'table',
    header: cells(head),
    align: (node.align ?? []).slice(0, width).map((a) => a ?? null),
    rows: body.map((row) => {
      const r = cells(row);
      // GFM rows may be short or long: pad or cut to the header's width.
      return Array.from({ length: width }, (_, i) => r[i] ?? []);
    }),
  };
}

/** Flatten phrasing content into runs, carrying bold/italic/underline/link down. */
function toInlines(children: readonly PhrasingContent[], problems: string[]): Inline[] {
  const out: Inline[] = [];
  let underline = false;
  const walk = (nodes: readonly PhrasingContent[], marks: readonly Mark[], href: string | undefined): void => {
    for (const node of nodes) {
      const withU = underline && !marks.includes('underline') ? [...marks, 'underline' as const] : marks;
      switch (node.type) {
        case 'text':
          node.value.split(/[ \t]*\n[ \t]*/).forEach((line, i) => {
            if (i > 0) lineBreak(out);
            pushText(out, line, withU, href);
          });
          break;
        case 'strong':
          walk(node.children, [...marks, 'bold'], href);
          break;
        case 'emphasis':
          walk(node.children, [...marks, 'italic'], href);
          break;
        case 'break':
          lineBreak(out);
          break;
        case 'link':
          if (!/^(https?:|mailto:)/i.test(node.url) && !/^#[a-z0-9][a-z0-9-]*$/.test(node.url)) {
            problems.push(`een link moet beginnen met http:, https: of mailto:, of naar een plaats in het document wijzen als #id (niet "${clip(node.url)}")`);
          }
          walk(node.children, marks, node.url);
          break;
        case 'html': {
          const tag = node.value.trim().toLowerCase();
          if (tag === '<u>' && !underline) underline = true;
          else if (tag === '</u>' && underline) underline = false;
          else problems.push(`HTML is niet toegestaan (alleen <u>...</u> voor onderstrepen): ${clip(node.value)}`);
          break;
        }
        default:
          problems.push(`${inlineNames[node.type] ?? `"${(node as Nodes).type}"`} kan niet in de tekst van een afspraak`);
      }
    }
  };
  walk(children, [], undefined);
  if (underline) problems.push('<u> wordt niet gesloten met </u>');
  trimEnd(out);
  return out;
}

function lineBreak(out: Inline[]): void {
  trimEnd(out);
  out.push({ type: 'break' });
}

function pushText(out: Inline[], text: string, marks: readonly Mark[], href: string | undefined): void {
  if (!text) return;
  const last = out.at(-1);
  if (last?.type === 'text' && last.href === href && sameMarks(last.marks, marks)) {
    out[out.length - 1] = { ...last, text: last.text + text };
    return;
  }
  out.push(href ? { type: 'text', text, marks: [...marks], href } : { type: 'text', text, marks: [...marks] });
}

function trimEnd(out: Inline[]): void {
  const last = out.at(-1);
  if (last?.type === 'text') {
    const text = last.text.replace(/\s+$/, '');
    if (text) out[out.length - 1] = { ...last, text };
    else out.pop();
  }
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 40)}...` : one;
}
