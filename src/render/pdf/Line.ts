/** Laid-out text: positioned lines of styled fragments, ready to draw, with no page yet. */
import type { Face } from './pdfFonts.js';
import type { TagNode } from './TagNode.js';

export interface RunStyle {
  face: Face;
  size: number;
  color: string;
  /** Colour of an underline (underline mark, link, inserted text). */
  underline?: string;
  /** Colour of a strike-through line (deleted text). */
  strike?: string;
  href?: string;
}

export interface Fragment {
  /** The text drawn; may end in a space that is not counted in the width (so extracted text keeps word breaks). */
  text: string;
  /** Offset from the left edge of the laid-out box. */
  x: number;
  width: number;
  style: RunStyle;
  /** Structure node the fragment belongs to (P, Lbl, ...). */
  tag: TagNode;
  /** A hyphen inserted by hyphenation: drawn, but an artifact, not part of the text. */
  softHyphen?: boolean;
}

export interface Line {
  fragments: Fragment[];
  /** Line box height (size x leading). */
  height: number;
  /** From the top of the line box to the baseline. */
  baseline: number;
  /** Space above the line (between paragraphs); dropped at the top of a page or a cell piece. */
  spaceBefore: number;
  /** First and last line of its paragraph, for widow and orphan control. */
  paragraphStart: boolean;
  paragraphEnd: boolean;
}

/** Height of lines[from, to) when set from the top of a box: the first line's space above is dropped. */
export function linesHeight(lines: readonly Line[], from = 0, to = lines.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h += lines[i]!.height + (i === from ? 0 : lines[i]!.spaceBefore);
  return h;
}

/** How many lines from `from` fit in the height (at least zero). */
export function linesFitting(lines: readonly Line[], from: number, height: number): number {
  let h = 0;
  let n = 0;
  for (let i = from; i < lines.length; i++) {
    h += lines[i]!.height + (i === from ? 0 : lines[i]!.spaceBefore);
    if (h > height + 1e-6) break;
    n++;
  }
  return n;
}
