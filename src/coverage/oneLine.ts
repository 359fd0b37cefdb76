import { plainText } from '../model/richtext.js';
import { parseMarkdown } from '../sources/markdown.js';

/** A validated Markdown text as one plain line, for the terminal and Markdown tables. */
export function oneLine(markdown: string): string {
  return plainText(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();
}
