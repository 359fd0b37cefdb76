/**
 * Markdown in text fields -> rich text. Parsed once with unified/remark-parse;
 * only the constructs an agreement needs are accepted: paragraphs, bold,
 * italic, underline (`<u>...</u>`, the one raw HTML allowed), bullet lists,
 * links (http, https, mailto) and hard line breaks. Anything else is an error
 * that names the construct, so a writer knows what to change.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Inline, Mark, RichBlock } from '../model/richtext.js';

export class MarkdownError extends Error {}

const parser = unified().use(remarkParse);

const blockNames: Record<string, string> = {
  heading: 'a heading (#)',
  code: 'a code block',
  blockquote: 'a quotation (>)',
  thematicBreak: 'a horizontal rule',
  table: 'a table',
  definition: 'a link definition',
  footnoteDefinition: 'a footnote',
  yaml: 'front matter',
};

const inlineNames: Record<string, string> = {
  inlineCode: 'inline code (`...`)',
  image: 'an image',
  imageReference: 'an image',
  linkReference: 'a reference link ([text][ref])',
  footnoteReference: 'a footnote',
  delete: 'strikethrough',
};

/** Parse Markdown into rich blocks; throws MarkdownError with a readable message. */
export function parseMarkdown(source: string): RichBlock[] {
  const root = parser.parse(source);
  return root.children.map(toBlock);
}

function toBlock(node: RootContent): RichBlock {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', inlines: toInlines(node.children) };
    case 'list':
      if (node.ordered) {
        throw new MarkdownError(
          'numbered lists are not supported; write "- " bullets, or escape a leading number as "1\\."',
        );
      }
      return { type: 'list', items: node.children.map((item) => item.children.map(toBlock)) };
    case 'html':
      throw new MarkdownError(`raw HTML is not allowed (only <u>...</u> for underline): ${clip(node.value)}`);
    default:
      throw new MarkdownError(`${blockNames[node.type] ?? `"${node.type}"`} is not supported in agreement texts`);
  }
}

/** Flatten phrasing content into runs, carrying bold/italic/underline/link down. */
function toInlines(children: readonly PhrasingContent[]): Inline[] {
  const out: Inline[] = [];
  let underline = false;
  const walk = (nodes: readonly PhrasingContent[], marks: readonly Mark[], href: string | undefined): void => {
    for (const node of nodes) {
      const withU = underline && !marks.includes('underline') ? [...marks, 'underline' as const] : marks;
      switch (node.type) {
        case 'text':
          pushText(out, node.value.replace(/\s*\n\s*/g, ' '), withU, href);
          break;
        case 'strong':
          walk(node.children, [...marks, 'bold'], href);
          break;
        case 'emphasis':
          walk(node.children, [...marks, 'italic'], href);
          break;
        case 'break':
          trimEnd(out);
          out.push({ type: 'break' });
          break;
        case 'link':
          if (!/^(https?:|mailto:)/i.test(node.url)) {
            throw new MarkdownError(`link target must start with http:, https: or mailto: (got "${clip(node.url)}")`);
          }
          walk(node.children, marks, node.url);
          break;
        case 'html': {
          const tag = node.value.trim().toLowerCase();
          if (tag === '<u>' && !underline) underline = true;
          else if (tag === '</u>' && underline) underline = false;
          else throw new MarkdownError(`raw HTML is not allowed (only <u>...</u> for underline): ${clip(node.value)}`);
          break;
        }
        default:
          throw new MarkdownError(`${inlineNames[node.type] ?? `"${(node as Nodes).type}"`} is not supported in agreement texts`);
      }
    }
  };
  walk(children, [], undefined);
  if (underline) throw new MarkdownError('<u> is not closed with </u>');
  trimEnd(out);
  return out;
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
