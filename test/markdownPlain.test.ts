/**
 * A line of plain text skips the Markdown parser (src/sources/markdown.ts).
 * The parser is the oracle: a text with a newline after it means the same in
 * Markdown and always goes through the parser, so the two must agree on
 * every text, whether it takes the short way or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkdownError, parseMarkdown } from '../src/sources/markdown.js';

function parsed(text: string): unknown {
  try {
    return parseMarkdown(text);
  } catch (error) {
    if (error instanceof MarkdownError) return { problems: error.problems };
    throw error;
  }
}

/** Mostly what agreement texts are made of, with now and then a character that is Markdown. */
const plainish = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...'abcdeéëijkmnoprstuwzABCDEHRSZ0123456789 ,.;:?!\'"()/%€–—‘’“”+=@$^{}-'.split(''), '\u00a0', ' ') },
      { weight: 1, arbitrary: fc.constantFrom('&', '& ', '&amp;', '&#33;', '*', '_', '[', ']', '<', '>', '`', '|', '~', '#', '\\', '\t', '  ', '\u0000', '1. ', '2) ', '- ', '+ ', '> ', '<u>', '</u>') },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('plain lines of text', () => {
  it('come out as the Markdown parser reads them', () => {
    fc.assert(
      fc.property(plainish, (text) => {
        expect(parsed(text)).toEqual(parsed(`${text}\n`));
      }),
      { numRuns: 3000 },
    );
  });

  it('the texts of the example, and lines that only look plain', () => {
    const texts = [
      'Opstellen van een raamovereenkomst Wonen & Zorg met een jaarafpraak 2024.',
      'Het thema Wonen &',
      'Harderweide – 43 (2024/2025).',
      '1.000 woningen in 2030',
      '1. genummerd',
      '2024) tussen haakjes',
      'Tekst met een harde spatie aan het eind\u00a0',
      'Tekst met spaties aan het eind   ',
      'Wonen &amp; Zorg',
      'Een *nadruk* en een _nadruk_',
      'www.harderwijk.nl en https://www.harderwijk.nl',
    ];
    for (const text of texts) expect(parsed(text), text).toEqual(parsed(`${text}\n`));
    expect(parseMarkdown('Harderweide – 43 (2024/2025).  ')).toEqual([
      { type: 'paragraph', inlines: [{ type: 'text', text: 'Harderweide – 43 (2024/2025).', marks: [] }] },
    ]);
  });
});
