/**
 * Dutch text -> tokens for a word diff. A reviewer reads "10%", "€ 50.000",
 * "2024/2025", "1.000" and "thema's" as one word, so a changed number shows
 * as one changed token rather than as a changed digit. Whitespace runs and
 * single punctuation marks are tokens of their own; the tokens joined give
 * the text back exactly.
 */
const token = new RegExp(
  [
    // An amount: the euro sign, an optional space and a number.
    String.raw`€\s?\d+(?:[.,]\d+)*(?:,-)?`,
    // A word or number: letters, digits and combining marks; inside it hyphens and
    // apostrophes, and between digits the separators of 1.000, 2,5, 2024/2025; a trailing %.
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:[-'’]|(?<=\d)[.,/](?=\d))[\p{L}\p{M}\p{N}]+)*%?`,
    String.raw`\s+`,
    // Anything else, one character at a time (punctuation, symbols).
    '.',
  ].join('|'),
  'gsu',
);

export function tokenizeDutch(text: string): string[] {
  return text.match(token) ?? [];
}

/** Whether a token is a word or number (not whitespace or punctuation). */
export function isWordToken(t: string): boolean {
  return /^(?:€|[\p{L}\p{M}\p{N}])/u.test(t);
}
