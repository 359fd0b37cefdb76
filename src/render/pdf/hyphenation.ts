/**
 * Dutch hyphenation points of a word (Liang patterns from the hyphen package),
 * cached per word for the process: line layout only asks for words that do
 * not fit, and asks for the same ones in every render.
 */
import { createRequire } from 'node:module';

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

const MARK = '\u00AD';
/** Dutch typesetting keeps at least two letters before and after a break. */
const MIN_LEFT = 2;
const MIN_RIGHT = 2;
const MAX_CACHED = 50_000;

let hyphenateNl: HyphenateSync | undefined;
const cache = new Map<string, readonly number[]>();

/** Offsets inside the word where it may be broken with a hyphen, ascending. */
export function hyphenationPoints(word: string): readonly number[] {
  let points = cache.get(word);
  if (points) return points;
  points = compute(word);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, points);
  return points;
}

function compute(word: string): readonly number[] {
  // Only letters are hyphenated; a word with digits, punctuation inside etc. is left to the other break rules.
  const match = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(word);
  if (!match || match[2]!.length < MIN_LEFT + MIN_RIGHT) return [];
  hyphenateNl ??= (createRequire(import.meta.url)('hyphen/nl') as { hyphenateSync: HyphenateSync }).hyphenateSync;
  const letters = match[2]!;
  const marked = hyphenateNl(letters, { hyphenChar: MARK, minWordLength: MIN_LEFT + MIN_RIGHT });
  const points: number[] = [];
  let offset = 0;
  for (const ch of marked) {
    if (ch === MARK) {
      if (offset >= MIN_LEFT && letters.length - offset >= MIN_RIGHT) points.push(match[1]!.length + offset);
    } else {
      offset += ch.length;
    }
  }
  return points;
}
