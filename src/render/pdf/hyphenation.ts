/**
 * Dutch hyphenation points of a word (Liang patterns from the hyphen package),
 * cached per word for the process: line layout only asks for words that do
 * not fit, and asks for the same ones in every render.
 *
 * The patterns come as a 230 kB JavaScript file whose compilation cost more
 * than all the hyphenation of a render: the build keeps them as JSON
 * (src/fonts/precomputed.ts), which parses some twenty times faster.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { precomputed } from '../../fonts/precomputed.js';

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
type CreateHyphenator = (patterns: unknown) => HyphenateSync;

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

/** What `hyphen/nl` exports as hyphenateSync, from the same patterns. */
export function dutchHyphenator(): HyphenateSync {
  const require = createRequire(import.meta.url);
  const file = require.resolve('hyphen/patterns/nl.js');
  const json = precomputed('hyphen-nl.json', readFileSync(file), () => Buffer.from(JSON.stringify(require(file))));
  return (require('hyphen/hyphen.js') as CreateHyphenator)(JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')));
}

function compute(word: string): readonly number[] {
  // Only letters are hyphenated; a word with digits, punctuation inside etc. is left to the other break rules.
  const match = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(word);
  if (!match || match[2]!.length < MIN_LEFT + MIN_RIGHT) return [];
  hyphenateNl ??= dutchHyphenator();
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
