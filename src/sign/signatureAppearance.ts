/**
 * What a signed field shows: who signed (the certificate's name), when, and
 * why, set in the document's Source Sans 3 and colours, bottom-aligned so it
 * rests on the signing line as a written signature would. Lines that do not
 * fit the field's width are set smaller, then shortened with an ellipsis.
 */
import { typography } from '../document/typography.js';
import { num, textOutline, textWidth, type FontFace as Face } from './outlineText.js';
import { formatDutchDateTime } from './signingTime.js';

export interface AppearanceText {
  signer: string;
  time: Date;
  reason?: string;
  location?: string;
}

interface AppearanceLine {
  text: string;
  face: Face;
  size: number;
  color: string;
  /** Space above the line's baseline: the distance from the previous baseline. */
  leading: number;
}

const PADDING = 3;
const MIN_SIZE = 6;
const BAR_WIDTH = 1.5;
const BAR_GAP = 6;
/** Source Sans 3's cap height and descender depth, in ems. */
const CAP_HEIGHT = 0.66;
const DESCENT = 0.25;

/** The field's lines, top to bottom. */
export function appearanceLines(t: AppearanceText): AppearanceLine[] {
  const small = (text: string): AppearanceLine => ({ text, face: 'regular', size: 8, color: typography.colors.muted, leading: 10 });
  const place = t.location ? `, ${t.location}` : '';
  return [
    { ...small('Digitaal ondertekend door'), leading: 0 },
    { text: t.signer, face: 'semibold', size: 13, color: typography.colors.text, leading: 15 },
    { ...small(`${formatDutchDateTime(t.time)}${place}`), leading: 11 },
    ...(t.reason ? [small(`Reden: ${t.reason}`)] : []),
  ];
}

/** The appearance stream's content for a field of this size (points). */
export function signatureAppearance(t: AppearanceText, width: number, height: number): string {
  const lines = appearanceLines(t);
  const textLeft = BAR_WIDTH + BAR_GAP;
  const available = width - textLeft - PADDING;
  const fitted = lines.map((line) => fit(line, available));

  // Bottom-aligned: the last line's descenders just clear the field's bottom edge (the signing line).
  const first = fitted[0]!;
  const last = fitted[fitted.length - 1]!;
  const bottom = PADDING;
  let baseline = bottom + last.size * DESCENT + fitted.reduce((sum, l) => sum + l.leading, 0);
  const top = Math.min(height - PADDING, baseline + first.size * CAP_HEIGHT);
  const ops: string[] = ['q', `${rgb(typography.colors.accent)} rg`, `0 ${num(bottom)} ${num(BAR_WIDTH)} ${num(top - bottom)} re f`];
  fitted.forEach((line, i) => {
    if (i > 0) baseline -= line.leading;
    const outline = textOutline(line.face, line.text, line.size, textLeft, baseline);
    if (outline) ops.push(`${rgb(line.color)} rg`, outline);
  });
  ops.push('Q');
  return ops.join('\n');
}

function fit(line: AppearanceLine, available: number): AppearanceLine {
  let { size } = line;
  const width = textWidth(line.face, line.text, size);
  if (width <= available) return line;
  size = Math.max(MIN_SIZE, (size * available) / width);
  let text = line.text;
  while (text.length > 1 && textWidth(line.face, text, size) > available) text = `${text.slice(0, -2).trimEnd()}…`;
  // The line keeps its leading: smaller text in the same slot.
  return { ...line, text, size };
}

function rgb(hex: string): string {
  return [0, 2, 4].map((i) => num(parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ');
}
