/**
 * The word diff of two rich texts (parsed Markdown): the words for the JSON
 * report, and this year's text with change marks for the inline view and the
 * Word redline.
 *
 * Texts are compared as the plain text a reader sees (richtext.plainText), not
 * as Markdown source, so `<u>` or `**` never show up as changed words. The
 * marked text keeps this year's structure (paragraphs, lists, line breaks,
 * bold, underline, links); deleted words are set in where they stood, with the
 * marks they had last year.
 */
import type { Inline, RichBlock, TextRun } from '../model/richtext.js';
import { diffTokens, type Edit, type Op } from './diffTokens.js';
import { tokenizeDutch } from '../model/tokenizeDutch.js';

export interface Word {
  op: Op;
  text: string;
}

export interface RichDiff {
  /** The changes word by word: equal + deleted words give last year's plain text, equal + inserted this year's. */
  words: Word[];
  /** This year's text with deleted and inserted runs marked (last year's, all deleted, when the text was dropped). */
  blocks: RichBlock[];
}

/** A token of a rich text: a piece of a run, or a separator (between paragraphs, list items, at a line break). */
interface Piece {
  text: string;
  run?: TextRun;
}

export function diffRich(before: readonly RichBlock[] | undefined, after: readonly RichBlock[] | undefined): RichDiff {
  const old = flatten(before ?? []);
  const now = flatten(after ?? []);
  const edits = diffTokens(old.map((p) => p.text), now.map((p) => p.text));
  const words = edits.map((e) => ({ op: e.op, text: e.tokens.join('') }));
  if (!after?.length) return { words, blocks: markAll(before ?? [], 'delete') };
  if (!before?.length) return { words, blocks: markAll(after, 'insert') };
  if (edits.every((e) => e.op === 'equal')) return { words, blocks: [...after] };
  return { words, blocks: rebuild(after, new Cursor(steps(edits, old, now))) };
}

/** The pieces of rich blocks; their texts joined are plainText(blocks). */
function flatten(blocks: readonly RichBlock[], separator = '\n\n'): Piece[] {
  const out: Piece[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) out.push({ text: separator });
    if (block.type === 'list') {
      block.items.forEach((item, j) => {
        if (j > 0) out.push({ text: '\n' });
        out.push(...flatten(item, '\n'));
      });
      return;
    }
    for (const inline of block.inlines) {
      if (inline.type === 'break') out.push({ text: '\n' });
      else out.push(...tokenizeDutch(inline.text).map((text) => ({ text, run: inline })));
    }
  });
  return out;
}

interface Step {
  op: Op;
  piece: Piece;
}

/** The edits token by token, each with its piece: last year's for deletions, this year's otherwise. */
function steps(edits: readonly Edit[], old: readonly Piece[], now: readonly Piece[]): Step[] {
  const out: Step[] = [];
  let o = 0;
  let n = 0;
  for (const e of edits) {
    for (const _ of e.tokens) {
      if (e.op === 'delete') out.push({ op: e.op, piece: old[o++]! });
      else {
        out.push({ op: e.op, piece: now[n++]! });
        if (e.op === 'equal') o++;
      }
    }
  }
  return out;
}

/** Walks the steps while this year's blocks are rebuilt in the same order as flatten() read them. */
class Cursor {
  private at = 0;
  constructor(private readonly steps: readonly Step[]) {}

  /** Deleted pieces up to the next piece of this year's text, as deleted runs. */
  deleted(): Inline[] {
    const out: Inline[] = [];
    while (this.steps[this.at]?.op === 'delete') {
      const { piece } = this.steps[this.at++]!;
      // A deleted paragraph or line break reads as a space inside the deleted text.
      push(out, piece.run ? piece.text : ' ', piece.run, 'delete');
    }
    return out;
  }

  /** This year's next piece: whether it is new. */
  take(text: string): Op {
    const step = this.steps[this.at++];
    if (!step || step.op === 'delete' || step.piece.text !== text) throw new Error(`word diff out of step at "${text}"`);
    return step.op;
  }
}

function rebuild(blocks: readonly RichBlock[], cursor: Cursor, separator = '\n\n'): RichBlock[] {
  return blocks.map((block, i) => {
    if (i > 0) cursor.take(separator);
    if (block.type === 'list') {
      return {
        type: 'list',
        items: block.items.map((item, j) => {
          if (j > 0) cursor.take('\n');
          return rebuild(item, cursor, '\n');
        }),
      };
    }
    const inlines: Inline[] = [];
    for (const inline of block.inlines) {
      inlines.push(...cursor.deleted());
      if (inline.type === 'break') {
        inlines.push(cursor.take('\n') === 'insert' ? { type: 'break', change: 'insert' } : inline);
        continue;
      }
      for (const token of tokenizeDutch(inline.text)) {
        inlines.push(...cursor.deleted());
        push(inlines, token, inline, cursor.take(token) === 'insert' ? 'insert' : undefined);
      }
    }
    // Words deleted at the end of a paragraph stay in it.
    inlines.push(...cursor.deleted());
    return { type: 'paragraph', inlines };
  });
}

/** Append text as a run like `like`, merged into the previous run when it looks the same. */
function push(out: Inline[], text: string, like: TextRun | undefined, change: 'insert' | 'delete' | undefined): void {
  const marks = like?.marks ?? [];
  const href = like?.href;
  const last = out.at(-1);
  if (last?.type === 'text' && last.change === change && last.href === href && sameMarks(last.marks, marks)) {
    out[out.length - 1] = { ...last, text: last.text + text };
    return;
  }
  out.push({ type: 'text', text, marks, ...(href ? { href } : {}), ...(change ? { change } : {}) });
}

function sameMarks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

/** Every run of the blocks marked as inserted or deleted; the structure stays. */
function markAll(blocks: readonly RichBlock[], change: 'insert' | 'delete'): RichBlock[] {
  return blocks.map((block) =>
    block.type === 'list'
      ? { type: 'list', items: block.items.map((item) => markAll(item, change)) }
      : { type: 'paragraph', inlines: block.inlines.map((i) => ({ ...i, change })) },
  );
}
