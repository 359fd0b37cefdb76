// Text and attribute values alike, as docx writes them; the control characters XML 1.0 cannot hold are dropped.
const entities: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** The one XML escaper of the Word and PDF writers (OOXML parts, XMP metadata). */
export function escapeXml(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => entities[c] ?? '');
}
