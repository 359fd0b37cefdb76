/**
 * Rich text blocks -> positioned lines, measured with the document's fonts.
 * Greedy line filling (as Word does), breaking at spaces and after hard
 * hyphens; a word that does not fit is hyphenated with the Dutch patterns
 * when it is long, and a word wider than the whole line is always broken,
 * so no text ever runs past the box.
 */
import type { CellBlock, Inline, InlineHandlers, List, Paragraph, TextRun } from '../../document/types.js';
import { typography } from '../../document/typography.js';
import type { FontSet } from './FontSet.js';
import { hyphenationPoints } from './hyphenation.js';
import type { Fragment, Line, RunStyle } from './Line.js';
import { faceFor } from './pdfFonts.js';
import type { BlockStyles, TextStyle } from './pdfStyles.js';
import { TagNode } from './TagNode.js';

export interface LayoutOptions {
  width: number;
  styles: BlockStyles;
  align?: 'left' | 'right';
  /** A tracked change of the whole row, applied to runs that have none of their own. */
  change?: 'insert' | 'delete';
  /** Structure type of top-level paragraphs: P, or H1/H2 for headings. */
  paragraphTag?: string;
  /** Space above the first line. */
  spaceBefore?: number;
}

interface Context extends LayoutOptions {
  fonts: FontSet;
}

export function layoutBlocks(fonts: FontSet, blocks: readonly CellBlock[], options: LayoutOptions): Line[] {
  const out: Line[] = [];
  blocksInto({ ...options, fonts }, blocks, 0, options.width, undefined, options.paragraphTag ?? 'P', out, options.spaceBefore ?? 0);
  return out;
}

/** One paragraph of inlines in the given style (headings, labels, signature lines). */
export function layoutInlines(fonts: FontSet, inlines: readonly Inline[], style: TextStyle, options: Omit<LayoutOptions, 'styles'> & { tag?: TagNode }): Line[] {
  const out: Line[] = [];
  const ctx: Context = { ...options, fonts, styles: { paragraph: { body: style } } as BlockStyles };
  paragraphInto(ctx, { type: 'paragraph', inlines }, 0, options.width, options.tag ?? new TagNode(options.paragraphTag ?? 'P'), out, options.spaceBefore ?? 0);
  return out;
}

interface Box {
  x: number;
  width: number;
  parent: TagNode | undefined;
  tagType: string;
  out: Line[];
  spaceBefore: number;
}

/** One handler per block type that can stand in a cell or list item. */
const cellBlockHandlers: { [K in CellBlock['type']]: (block: Extract<CellBlock, { type: K }>, ctx: Context, box: Box) => void } = {
  paragraph: (p, ctx, b) => paragraphInto(ctx, p, b.x, b.width, new TagNode(b.tagType, b.parent), b.out, b.spaceBefore),
  list: (list, ctx, b) => listInto(ctx, list, b.x, b.width, b.parent, b.out, b.spaceBefore),
};

function blocksInto(ctx: Context, blocks: readonly CellBlock[], x: number, width: number, parent: TagNode | undefined, tagType: string, out: Line[], spaceBefore: number): void {
  blocks.forEach((block, i) => {
    // A list nested in a list item follows its text as the items do.
    const between = block.type === 'list' && parent?.type === 'LBody' ? ctx.styles.itemSpacing : ctx.styles.paragraphSpacing;
    const box: Box = { x, width, parent, tagType, out, spaceBefore: i === 0 ? spaceBefore : between };
    (cellBlockHandlers[block.type] as (b: CellBlock, c: Context, box: Box) => void)(block, ctx, box);
  });
}

function listInto(ctx: Context, list: List, x: number, width: number, parent: TagNode | undefined, out: Line[], spaceBefore: number): void {
  const listTag = new TagNode('L', parent);
  const style = ctx.styles.paragraph.body;
  const markerStyle = internStyle({ face: style.face, size: style.size, color: style.color });
  // Numbers at every depth, as the HTML (<ol>) and Markdown writers show them.
  const markers = list.items.map((_, k) => (list.ordered ? `${(list.start ?? 1) + k}.` : '\u2022'));
  const widths = markers.map((m) => ctx.fonts.width(style.face, m, style.size));
  // Numbers stand right-aligned in a column wide enough for the widest.
  const gap = style.size * 0.4;
  const indent = Math.min(Math.max(ctx.styles.listIndent, list.ordered ? Math.max(...widths) + gap : 0), width / 3);
  // Items of several blocks (an agreement and its trekker line) stand apart as paragraphs do.
  const itemSpacing = list.items.some((item) => item.length > 1) ? ctx.styles.paragraphSpacing : ctx.styles.itemSpacing;
  list.items.forEach((item, k) => {
    const itemTag = new TagNode('LI', listTag);
    const label = new TagNode('Lbl', itemTag);
    const body = new TagNode('LBody', itemTag);
    const first = out.length;
    blocksInto(ctx, item, x + indent, width - indent, body, 'P', out, k === 0 ? spaceBefore : itemSpacing);
    if (out.length === first) out.push(emptyLine(ctx, style, k === 0 ? spaceBefore : itemSpacing));
    const line = out[first]!;
    const markerX = list.ordered ? Math.max(x, x + indent - gap - widths[k]!) : x;
    line.fragments.unshift({ text: markers[k]!, x: markerX, width: widths[k]!, style: markerStyle, tag: label });
  });
}

function emptyLine(ctx: Context, style: TextStyle, spaceBefore: number): Line {
  const height = style.size * style.leading;
  return { fragments: [], height, baseline: baselineOf(ctx.fonts, style.face, style.size, height), spaceBefore, paragraphStart: true, paragraphEnd: true };
}

function baselineOf(fonts: FontSet, face: TextStyle['face'], size: number, height: number): number {
  const ascent = fonts.ascent(face, size);
  return (height - ascent - fonts.descent(face, size)) / 2 + ascent;
}

// ---- tokens -------------------------------------------------------------

interface Segment {
  text: string;
  style: RunStyle;
}

type Token = { kind: 'word'; segments: Segment[] } | { kind: 'space'; style: RunStyle } | { kind: 'break' };

const styles = new Map<string, RunStyle>();

/** One object per distinct style, so fragments merge by identity. */
function internStyle(style: RunStyle): RunStyle {
  const key = `${style.face}|${style.size}|${style.color}|${style.underline ?? ''}|${style.strike ?? ''}|${style.href ?? ''}`;
  let interned = styles.get(key);
  if (!interned) {
    if (styles.size > 10_000) styles.clear();
    interned = style;
    styles.set(key, interned);
  }
  return interned;
}

function runStyle(run: TextRun, base: TextStyle, rowChange: LayoutOptions['change']): RunStyle {
  const c = typography.colors;
  // Links to the web and mail, and to places in the document (#anchor: drawn as a link where the anchor exists).
  const href = run.href && /^(https?:|mailto:|#.)/i.test(run.href) ? run.href : undefined;
  const change = run.change ?? rowChange;
  let color = href ? c.link : base.color;
  let underline = run.marks.includes('underline') || href ? color : undefined;
  let strike: string | undefined;
  if (change === 'insert') {
    color = c.inserted;
    underline = c.inserted;
  } else if (change === 'delete') {
    color = c.deleted;
    strike = c.deleted;
  }
  return internStyle({
    face: faceFor(base.face, run.marks),
    size: base.size,
    color,
    ...(underline ? { underline } : {}),
    ...(strike ? { strike } : {}),
    ...(href ? { href } : {}),
  });
}

interface TokenContext {
  fonts: FontSet;
  base: TextStyle;
  change: LayoutOptions['change'];
  tokens: Token[];
}

/** One handler per inline type: a new inline type fails to compile until line layout handles it. */
const inlineHandlers: InlineHandlers<void, TokenContext> = {
  break: (_, { tokens }) => {
    tokens.push({ kind: 'break' });
  },
  text(run, { fonts, base, change, tokens }) {
    const style = runStyle(run, base, change);
    // Split on ordinary white space only: a no-break space stays inside its word.
    for (const part of fonts.drawable(style.face, run.text).split(/([ \t\n\r]+)/)) {
      if (!part) continue;
      const last = tokens[tokens.length - 1];
      if (/^[ \t\n\r]/.test(part)) {
        if (last && last.kind === 'word') tokens.push({ kind: 'space', style });
      } else if (last?.kind === 'word') {
        last.segments.push({ text: part, style });
      } else {
        tokens.push({ kind: 'word', segments: [{ text: part, style }] });
      }
    }
  },
};

function tokenize(fonts: FontSet, inlines: readonly Inline[], base: TextStyle, change: LayoutOptions['change']): Token[] {
  const context: TokenContext = { fonts, base, change, tokens: [] };
  for (const inline of inlines) (inlineHandlers[inline.type] as (i: Inline, c: TokenContext) => void)(inline, context);
  return context.tokens;
}

// ---- line breaking ------------------------------------------------------

interface Item {
  text: string;
  width: number;
  style: RunStyle;
  x: number;
  soft?: boolean;
}

type Ending = 'wrap' | 'break' | 'cut' | 'hyphen' | 'end';

const EPS = 0.01;
/**
 * Words shorter than HYPHENATE_FROM letters are moved to the next line whole
 * rather than hyphenated; a word at a line end is only hyphenated when moving
 * it whole would leave a real gap: a share of the line, and at least a few
 * ems (typography.hyphenation, which Word's hyphenation zone follows).
 */
const { minLetters: HYPHENATE_FROM, minGapShare: MIN_GAP_SHARE, minGapEms: MIN_GAP_EMS } = typography.hyphenation;

function paragraphInto(ctx: Context, paragraph: Paragraph, x0: number, width: number, tag: TagNode, out: Line[], spaceBefore: number): void {
  const { fonts } = ctx;
  const base = ctx.styles.paragraph[paragraph.style ?? 'body'] ?? ctx.styles.paragraph.body;
  const tokens = tokenize(fonts, paragraph.inlines, base, ctx.change);
  const first = out.length;
  let items: Item[] = [];
  let x = 0;
  let space: { style: RunStyle; width: number } | undefined;

  const segWidth = (s: Segment) => fonts.width(s.style.face, s.text, s.style.size);
  const wordWidth = (segments: readonly Segment[]) => segments.reduce((w, s) => w + segWidth(s), 0);

  const place = (segments: readonly Segment[], spaceWidth: number) => {
    if (spaceWidth && space) {
      items.push({ text: ' ', width: spaceWidth, style: space.style, x });
      x += spaceWidth;
    }
    for (const s of segments) {
      const w = segWidth(s);
      items.push({ text: s.text, width: w, style: s.style, x });
      x += w;
    }
    space = undefined;
  };

  const flush = (ending: Ending) => {
    out.push(buildLine(ctx, items, x, x0, width, base, ending, tag, out.length === first ? spaceBefore : 0, out.length === first, ending === 'end'));
    items = [];
    x = 0;
    space = undefined;
  };

  for (const token of tokens) {
    if (token.kind === 'space') {
      if (items.length) space = { style: token.style, width: fonts.width(token.style.face, ' ', token.style.size) };
      continue;
    }
    if (token.kind === 'break') {
      flush('break');
      continue;
    }
    let segments: Segment[] | undefined = token.segments;
    while (segments) {
      const spaceWidth = items.length && space ? space.width : 0;
      if (x + spaceWidth + wordWidth(segments) <= width + EPS) {
        place(segments, spaceWidth);
        break;
      }
      const lineEmpty = items.length === 0;
      const split = splitWord(fonts, segments, width - x - spaceWidth, lineEmpty ? 0 : Math.max(width * MIN_GAP_SHARE, base.size * MIN_GAP_EMS));
      if (split) {
        place(split.head, spaceWidth);
        if (split.hyphen) {
          const style = split.head[split.head.length - 1]!.style;
          const w = fonts.width(style.face, '-', style.size);
          items.push({ text: '-', width: w, style, x, soft: true });
          x += w;
        }
        flush(split.hyphen ? 'hyphen' : 'cut');
        segments = split.tail;
        continue;
      }
      if (!lineEmpty) {
        flush(space ? 'wrap' : 'cut');
        continue;
      }
      // Nothing fits even on an empty line: break the word between characters.
      const cut = forcedSplit(fonts, segments, width);
      place(cut.head, 0);
      if (!cut.tail) break;
      flush('cut');
      segments = cut.tail;
    }
  }
  flush('end');
}

function buildLine(
  ctx: Context,
  items: readonly Item[],
  contentWidth: number,
  x0: number,
  width: number,
  base: TextStyle,
  ending: Ending,
  tag: TagNode,
  spaceBefore: number,
  paragraphStart: boolean,
  paragraphEnd: boolean,
): Line {
  const offset = x0 + (ctx.align === 'right' ? Math.max(0, width - contentWidth) : 0);
  const fragments: Fragment[] = [];
  let maxSize = 0;
  let ascent = 0;
  let descent = 0;
  for (const item of items) {
    const last = fragments[fragments.length - 1];
    if (last && last.style === item.style && !last.softHyphen && !item.soft) {
      last.text += item.text;
      last.width += item.width;
    } else {
      fragments.push({ text: item.text, x: offset + item.x, width: item.width, style: item.style, tag, ...(item.soft ? { softHyphen: true } : {}) });
    }
    if (item.style.size > maxSize) maxSize = item.style.size;
    ascent = Math.max(ascent, ctx.fonts.ascent(item.style.face, item.style.size));
    descent = Math.max(descent, ctx.fonts.descent(item.style.face, item.style.size));
  }
  // A soft line end reads as a space in extracted text, as the reader sees it.
  if ((ending === 'wrap' || ending === 'break') && fragments.length) fragments[fragments.length - 1]!.text += ' ';
  if (!fragments.length) {
    maxSize = base.size;
    ascent = ctx.fonts.ascent(base.face, base.size);
    descent = ctx.fonts.descent(base.face, base.size);
  }
  const height = maxSize * base.leading;
  return { fragments, height, baseline: (height - ascent - descent) / 2 + ascent, spaceBefore, paragraphStart, paragraphEnd };
}

// ---- word splitting -----------------------------------------------------

interface Split {
  head: Segment[];
  tail: Segment[] | undefined;
  hyphen: boolean;
}

function splitSegments(segments: readonly Segment[], at: number): [Segment[], Segment[]] {
  const head: Segment[] = [];
  const tail: Segment[] = [];
  let offset = 0;
  for (const s of segments) {
    const end = offset + s.text.length;
    if (end <= at) head.push(s);
    else if (offset >= at) tail.push(s);
    else {
      head.push({ text: s.text.slice(0, at - offset), style: s.style });
      tail.push({ text: s.text.slice(at - offset), style: s.style });
    }
    offset = end;
  }
  return [head, tail];
}

/** Break points of a word, latest first: after hard hyphens and slashes, and (for long words or when forced) Dutch hyphenation points. */
function breakPoints(text: string, hyphenate: boolean): { at: number; hyphen: boolean }[] {
  const points: { at: number; hyphen: boolean }[] = [];
  let partStart = 0;
  const addPart = (end: number) => {
    if (hyphenate) for (const p of hyphenationPoints(text.slice(partStart, end))) points.push({ at: partStart + p, hyphen: true });
  };
  for (let i = 1; i < text.length; i++) {
    if ('-\u2013/'.includes(text[i - 1]!)) {
      addPart(i - 1);
      if (i >= 2 && text.length - i >= 2) points.push({ at: i, hyphen: false });
      partStart = i;
    }
  }
  addPart(text.length);
  return points.sort((a, b) => b.at - a.at);
}

/**
 * Split a word to end a line in `available` width. At a line end
 * (`hyphenateFrom` > 0) only long words are hyphenated, and only when the gap
 * left otherwise is at least `hyphenateFrom`; a word that starts a line may
 * break at any point.
 */
function splitWord(fonts: FontSet, segments: readonly Segment[], available: number, hyphenateFrom: number): Split | undefined {
  const text = segments.map((s) => s.text).join('');
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const hyphenate = hyphenateFrom === 0 || (letters >= HYPHENATE_FROM && available >= hyphenateFrom);
  for (const point of breakPoints(text, hyphenate)) {
    const [head, tail] = splitSegments(segments, point.at);
    const last = head[head.length - 1]!;
    const hyphenWidth = point.hyphen ? fonts.width(last.style.face, '-', last.style.size) : 0;
    const w = head.reduce((sum, s) => sum + fonts.width(s.style.face, s.text, s.style.size), 0) + hyphenWidth;
    if (w <= available + EPS) return { head, tail, hyphen: point.hyphen };
  }
  return undefined;
}

/** The longest head that fits (at least one character), for words wider than the line with no usable break point. */
function forcedSplit(fonts: FontSet, segments: readonly Segment[], available: number): { head: Segment[]; tail: Segment[] | undefined } {
  const text = segments.map((s) => s.text).join('');
  const widthOf = (n: number) => splitSegments(segments, n)[0].reduce((sum, s) => sum + fonts.width(s.style.face, s.text, s.style.size), 0);
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widthOf(mid) <= available + EPS) lo = mid;
    else hi = mid - 1;
  }
  // Never split a surrogate pair.
  if (lo < text.length && /[\uDC00-\uDFFF]/.test(text[lo]!)) lo = lo > 1 ? lo - 1 : lo + 1;
  if (lo >= text.length) return { head: [...segments], tail: undefined };
  const [head, tail] = splitSegments(segments, lo);
  return { head, tail };
}
