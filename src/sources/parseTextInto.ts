import type { RichBlock } from '../model/richtext.js';
import type { DiagnosticList, PathSegment } from './diagnostics.js';
import { MarkdownError, parseMarkdown } from './markdown.js';

/** Parse a text field's Markdown once into `cache`; each of its problems goes to `list`, at the field. */
export function parseTextInto(list: DiagnosticList, cache: Map<string, readonly RichBlock[]>, file: string, path: PathSegment[], text: unknown): void {
  if (typeof text !== 'string' || cache.has(text)) return;
  try {
    cache.set(text, parseMarkdown(text));
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    for (const problem of error.problems) list.add(file, path, problem);
  }
}
