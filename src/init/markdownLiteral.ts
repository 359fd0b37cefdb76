/**
 * Text to put into a Markdown text field so that it shows as written: every
 * character that could start markup (emphasis, code, links, HTML, entities,
 * line breaks) is escaped with a backslash, which Markdown removes again.
 */
export function markdownLiteral(text: string): string {
  return text.replace(/[\\`*_[\]<>&~|]/g, (c) => `\\${c}`);
}
