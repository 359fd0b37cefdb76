/** Plain text made safe for a Markdown table cell: no markup, no pipes, one line. */
export function markdownCell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
