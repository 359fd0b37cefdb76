/** The PDF's faces (src/fonts): pdfkit embeds and subsets all six. */
import type { Mark } from '../../document/types.js';
import type { Face } from '../../fonts/sourceSans.js';

export { faces, fontData, type Face } from '../../fonts/sourceSans.js';

/** The face for a run's marks on top of a base face (semibold headers stay semibold unless bold). */
export function faceFor(base: Face, marks: readonly Mark[]): Face {
  const bold = marks.includes('bold');
  const italic = marks.includes('italic') || base === 'italic' || base === 'semiboldItalic' || base === 'boldItalic';
  const weight = bold || base === 'bold' || base === 'boldItalic' ? 'bold' : base === 'semibold' || base === 'semiboldItalic' ? 'semibold' : 'regular';
  if (weight === 'regular') return italic ? 'italic' : 'regular';
  return italic ? `${weight}Italic` : weight;
}
