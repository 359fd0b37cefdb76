import { isWordToken, tokenizeDutch } from '../model/tokenizeDutch.js';

/**
 * How alike two texts are: the Dice coefficient of their sets of words
 * (lowercased, without punctuation), from 0 (no word in common) to 1 (the
 * same words). Cheap and insensitive to word order, which is all the pairing
 * of renumbered agreements needs; the word diff shows the details.
 */
export function similarity(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (!x.size && !y.size) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

function wordSet(text: string): Set<string> {
  return new Set(tokenizeDutch(text.toLocaleLowerCase('nl')).filter(isWordToken));
}
