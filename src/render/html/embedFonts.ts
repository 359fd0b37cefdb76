/**
 * An HTML page carries its own Source Sans 3, as the PDF and Word files do:
 * each face cut down to the characters of the page and inlined as a data URL.
 * Without it a reader's browser sets the page in another face, wider than the
 * one the charts' labels were measured and placed in, and a label runs out of
 * its chart.
 */
import { subsetFont } from '../../fonts/subsetFont.js';
import type { Face } from '../../fonts/sourceSans.js';

/** The faces the pages' CSS can ask for: weights 400, 600 (labels, table headers) and 700 (headings, bold), upright and italic. */
const pageFaces: readonly { face: Face; weight: number; style: 'normal' | 'italic' }[] = [
  { face: 'regular', weight: 400, style: 'normal' },
  { face: 'italic', weight: 400, style: 'italic' },
  { face: 'semibold', weight: 600, style: 'normal' },
  { face: 'semiboldItalic', weight: 600, style: 'italic' },
  { face: 'bold', weight: 700, style: 'normal' },
  { face: 'boldItalic', weight: 700, style: 'italic' },
];

/** The page with an @font-face for each face, holding the glyphs of every character in it (and all of printable ASCII: an escaped character stands in the page as an entity). */
export function embedFonts(html: string): string {
  const codePoints = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) codePoints.add(c);
  codePoints.add(0xa0);
  for (const char of html) if (char >= ' ') codePoints.add(char.codePointAt(0)!);
  const rules = pageFaces.map(({ face, weight, style }) => {
    const data = Buffer.from(subsetFont(face, codePoints)).toString('base64');
    return `@font-face { font-family: "Source Sans 3"; font-style: ${style}; font-weight: ${weight}; font-display: block; src: url(data:font/ttf;base64,${data}) format("truetype"); }`;
  });
  // At the top of the page's one style sheet (a function, so that nothing in the rules is read as a replacement pattern).
  return html.replace('<style>\n', () => `<style>\n${rules.join('\n')}\n`);
}
