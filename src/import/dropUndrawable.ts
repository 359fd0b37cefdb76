/**
 * Characters the documents cannot show (an emoji, a Webdings picture, a
 * Unicode line separator) are taken out of the Word document's text before
 * it is mapped, each with a warning naming where it was: the written sources
 * must load, and `check` refuses a character the PDF's fonts cannot draw.
 */
import { fontCoverage, hex, surelyDrawn } from '../sources/checkTexts.js';
import { paragraphWhere, cellWhere, type ImportWarning } from './warnings.js';
import { type DocBlock, type DocInline, type DocParagraph, type DocxDocument } from './docxTypes.js';
import { clip } from './toMarkdown.js';

/** The document without the characters its texts cannot hold, and a warning per place that had them. */
export async function dropUndrawable(doc: DocxDocument): Promise<{ doc: DocxDocument; warnings: ImportWarning[] }> {
  if (!hasUnusual(JSON.stringify(doc))) return { doc, warnings: [] };
  const drawable = await fontCoverage();
  const shown = (code: number) => code !== 0x2028 && code !== 0x2029 && (surelyDrawn(code) || drawable.has(code));
  const warnings: ImportWarning[] = [];

  const dropped = (text: string) => [...new Set([...text].map((c) => c.codePointAt(0)!).filter((c) => !shown(c)))];
  /** The text without those characters, and without the space one leaves doubled. */
  const strip = (text: string) => {
    let out = '';
    let dropping = false;
    for (const c of text) {
      if (!shown(c.codePointAt(0)!)) {
        dropping = true;
        continue;
      }
      if (dropping && c === ' ' && (out === '' || out.endsWith(' '))) continue;
      dropping = false;
      out += c;
    }
    return out;
  };
  /** One warning for the text at `where` that had such characters; the texts given back without them. */
  const clean = (texts: readonly string[], where: string, whole = texts.join('')): string[] => {
    const codes = dropped(whole);
    if (!codes.length) return [...texts];
    // The message names each character by its code point only: it becomes a review mark, a text of the jaarschijf that must load too.
    const names = codes.map(hex).join(', ');
    const these = codes.length === 1 ? `het teken ${names} kan` : `de tekens ${names} kunnen`;
    const it = codes.length === 1 ? 'het' : 'ze';
    const marked = [...whole].map((c) => (shown(c.codePointAt(0)!) ? c : `[${hex(c.codePointAt(0)!)}]`)).join('');
    warnings.push({ where, message: `${these} niet in de PDF worden getoond (het lettertype Source Sans 3 heeft ${it} niet); weggelaten uit "${clip(marked, 120)}"` });
    return texts.map(strip);
  };

  const paragraph = (p: DocParagraph, where: string): DocParagraph => {
    const texts = p.inlines.map((i) => (i.type === 'text' ? i.text : '\n'));
    const cleaned = clean([...texts, ...p.images], where, [texts.join(''), ...p.images].join(' '));
    return {
      ...p,
      inlines: p.inlines.map((i, k): DocInline => (i.type === 'text' ? { ...i, text: cleaned[k]! } : i)),
      images: cleaned.slice(texts.length),
      textBoxes: p.textBoxes.map((b) => paragraph(b, where)),
    };
  };
  const blocks = (list: readonly DocBlock[], where: () => string): DocBlock[] =>
    list.map((b) =>
      b.type === 'paragraph'
        ? paragraph(b, where())
        : {
            ...b,
            rows: b.rows.map((row, r) => ({
              ...row,
              cells: row.cells.map((cell, c) => ({ ...cell, blocks: blocks(cell.blocks, () => cellWhere(b.number, r + 1, c + 1)) })),
            })),
          },
    );

  let n = 0;
  // Numbered as mapDocument's locate() numbers them: top-level paragraphs, and cells by table, row and column.
  const body = blocks(doc.body, () => paragraphWhere(++n));
  const out: DocxDocument = {
    ...doc,
    body,
    headers: doc.headers.map((p) => paragraph(p, 'koptekst')),
    footers: doc.footers.map((p) => paragraph(p, 'voettekst')),
    notes: doc.notes.map((note) => ({ ...note, paragraphs: note.paragraphs.map((p) => paragraph(p, `${note.kind} ${note.number}`)) })),
    properties: Object.fromEntries(Object.entries(doc.properties).map(([k, v]) => [k, clean([v], 'documenteigenschappen')[0]!])),
  };
  return { doc: out, warnings };
}

/** Any character outside what the fonts surely have (JSON keeps such characters as they are); most documents have none, and need no fonts loaded. */
function hasUnusual(json: string): boolean {
  for (const c of json) if (!surelyDrawn(c.codePointAt(0)!)) return true;
  return false;
}
