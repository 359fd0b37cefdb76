import type { DiagnosticList, PathSegment } from './diagnostics.js';
import { MarkdownError } from './markdown.js';

/** Parse a text field's Markdown once into `cache` (with `parse`: parseMarkdown, parseLongText); each of its problems goes to `list`, at the field. */
export function parseTextInto<T>(list: DiagnosticList, cache: Map<string, T>, parse: (text: string) => T, file: string, path: PathSegment[], text: unknown): void {
  if (typeof text !== 'string' || cache.has(text)) return;
  try {
    cache.set(text, parse(text));
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    for (const problem of error.problems) list.add(file, path, problem);
  }
}
