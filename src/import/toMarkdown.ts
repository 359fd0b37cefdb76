/**
 * Word paragraphs -> the Markdown of a text field: paragraphs, bold, italic,
 * underline (`<u>`), bullet lists, links and hard line breaks, serialized by
 * mdast-util-to-markdown, which escapes whatever Markdown would otherwise
 * read as markup. What Markdown in an agreement cannot hold (pictures,
 * numbered lists, headings, links to files) is reported as a problem, so the
 * caller can say where it was.
 */
import type { Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Mark } from '../model/richtext.js';
import { MAX_LIST_DEPTH } from '../sources/markdown.js';
import { oneLine, paragraphText, type DocBlock, type DocInline, type DocParagraph, type DocText } from './docxTypes.js';

export interface MarkdownResult {
  /** The Markdown; empty when the blocks hold no text. */
  text: string;
  /** What could not be taken over as it was, in Dutch, for a warning; `index` is the block's place in the input. */
  problems: Problem[];
}

export interface Problem {
  index: number;
  message: string;
}

const options = { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-' } as const;

export function blocksToMarkdown(blocks: readonly DocBlock[]): MarkdownResult {
  const problems: Problem[] = [];
  const paragraphs: { p: DocParagraph; index: number }[] = [];
  blocks.forEach((block, index) => {
    const problem = (message: string) => problems.push({ index, message });
    if (block.type === 'table') {
      const text = oneLine(plain([block]));
      if (text) problem(`een tabel hierin is niet overgenomen: "${clip(text)}"`);
      return;
    }
    paragraphs.push({ p: block, index });
    for (const image of block.images) problem(image ? `afbeelding "${clip(image)}" niet overgenomen` : 'een afbeelding is niet overgenomen');
    for (const issue of block.issues) problem(`${issue}: niet overgenomen`);
    const boxes = block.textBoxes.filter((b) => paragraphText(b).trim());
    if (boxes.length) {
      problem(`de tekst van een tekstvak is als gewone alinea opgenomen: "${clip(boxes.map(paragraphText).join(' '))}"`);
      paragraphs.push(...boxes.map((p) => ({ p, index })));
    }
  });

  const children: RootContent[] = [];
  const lists: { level: number; list: List }[] = [];
  for (const { p, index } of paragraphs) {
    const messages: string[] = [];
    const phrasing = toPhrasing(p.inlines, messages);
    for (const message of messages) problems.push({ index, message });
    if (!phrasing.length) continue;
    if (p.list) {
      if (p.list.ordered && !problems.some((x) => x.message === orderedProblem)) problems.push({ index, message: orderedProblem });
      // Texts hold lists up to MAX_LIST_DEPTH levels deep; deeper items join the deepest level.
      const level = Math.min(p.list.level, MAX_LIST_DEPTH - 1);
      if (level < p.list.level) problems.push({ index, message: `een opsomming van ${p.list.level + 1} niveaus diep is op niveau ${MAX_LIST_DEPTH} gezet (teksten hebben hoogstens ${MAX_LIST_DEPTH} niveaus)` });
      addListItem(children, lists, level, { type: 'paragraph', children: phrasing });
      continue;
    }
    lists.length = 0;
    if (p.headingLevel !== undefined || p.title || p.subtitle) {
      problems.push({ index, message: `de kop "${clip(paragraphText(p))}" is als vetgedrukte alinea opgenomen` });
      children.push({ type: 'paragraph', children: [{ type: 'strong', children: phrasing }] });
      continue;
    }
    children.push({ type: 'paragraph', children: phrasing });
  }
  const root: Root = { type: 'root', children };
  const text = children.length ? toMarkdown(root, options).trim() : '';
  return { text, problems };
}

const orderedProblem = 'een genummerde lijst is als opsomming overgenomen (teksten kennen alleen opsommingen)';

/** Nested lists by Word's list level. */
function addListItem(children: RootContent[], lists: { level: number; list: List }[], level: number, paragraph: Paragraph): void {
  while (lists.length && lists.at(-1)!.level > level) lists.pop();
  const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
  const open = lists.at(-1);
  if (open && open.level === level) {
    open.list.children.push(item);
    return;
  }
  const list: List = { type: 'list', ordered: false, spread: false, children: [item] };
  const parent = open?.list.children.at(-1);
  if (open && parent) parent.children.push(list);
  else children.push(list);
  lists.push({ level, list });
}

/** Runs -> phrasing content: marks nested as link > bold > italic > underline, whitespace outside the marks. */
function toPhrasing(inlines: readonly DocInline[], problems: string[]): PhrasingContent[] {
  const runs: (DocText | { type: 'break' })[] = [];
  for (const inline of inlines) {
    if (inline.type === 'break') {
      runs.push(inline);
      continue;
    }
    let href = inline.href;
    if (href && !/^(https?:|mailto:)/i.test(href)) {
      problems.push(`de link naar "${clip(href)}" is als gewone tekst overgenomen (alleen http-, https- en mailto-links)`);
      href = undefined;
    }
    const text = inline.text.replace(/\t/g, ' ');
    // Word underlines links by their style; the underline belongs to the link, not to the text.
    const marks = href ? inline.marks.filter((m) => m !== 'underline') : inline.marks;
    // Whitespace at the edges of marked text goes outside the marks, as Markdown needs.
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    const plainRun = (t: string): DocText => (href ? { type: 'text', text: t, marks: [], href } : { type: 'text', text: t, marks: [] });
    if (m[1]) runs.push(plainRun(m[1]));
    if (m[2]) runs.push(href ? { type: 'text', text: m[2], marks, href } : { type: 'text', text: m[2], marks });
    if (m[3]) runs.push(plainRun(m[3]));
  }
  // Leading and trailing breaks and whitespace are layout, not text.
  while (runs.length && isBlank(runs[0]!)) runs.shift();
  while (runs.length && isBlank(runs.at(-1)!)) runs.pop();
  return group(runs, 0);
}

function isBlank(run: DocText | { type: 'break' }): boolean {
  return run.type === 'break' || !run.text.trim();
}

const markOrder: readonly Mark[] = ['bold', 'italic', 'underline'];

/** Group consecutive runs level by level: first by link, then by each mark. */
function group(runs: readonly (DocText | { type: 'break' })[], level: number): PhrasingContent[] {
  if (level === 0) {
    return splitBy(runs, (r) => (r.type === 'text' ? r.href : undefined)).flatMap(({ key, items }) =>
      key ? [{ type: 'link', url: key, children: group(items, 1) } as PhrasingContent] : group(items, 1),
    );
  }
  const mark = markOrder[level - 1];
  if (!mark) {
    return runs.map((r): PhrasingContent => (r.type === 'break' ? { type: 'break' } : { type: 'text', value: r.text }));
  }
  return splitBy(runs, (r) => (r.type === 'text' && r.marks.includes(mark) ? mark : undefined)).flatMap(({ key, items }): PhrasingContent[] => {
    const inner = group(items, level + 1);
    if (!key) return inner;
    if (mark === 'bold') return [{ type: 'strong', children: inner }];
    if (mark === 'italic') return [{ type: 'emphasis', children: inner }];
    const open: Html = { type: 'html', value: '<u>' };
    const close: Html = { type: 'html', value: '</u>' };
    return [open, ...inner, close];
  });
}

/** Runs of consecutive items with the same key. */
function splitBy<T extends DocText | { type: 'break' }>(items: readonly T[], key: (item: T) => string | undefined): { key: string | undefined; items: T[] }[] {
  const out: { key: string | undefined; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out.at(-1);
    if (last && last.key === k) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}

function plain(blocks: readonly DocBlock[]): string {
  return blocks.map((b) => (b.type === 'paragraph' ? paragraphText(b) : plain(b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks))))).join(' ');
}

export function clip(text: string, max = 80): string {
  const one = oneLine(text);
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
