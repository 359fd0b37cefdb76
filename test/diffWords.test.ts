/**
 * The word diff: Dutch tokens, bounded Myers diff with cleanup, and the
 * marked rich text that the HTML inline view and the Word redline show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRich } from '../src/diff/diffRich.js';
import { diffTokens, maxEditLength } from '../src/diff/diffTokens.js';
import { similarity } from '../src/years/similarity.js';
import { tokenizeDutch } from '../src/model/tokenizeDutch.js';
import { plainText, type Inline, type RichBlock } from '../src/model/richtext.js';
import { parseMarkdown } from '../src/sources/markdown.js';

const words = (before: string | undefined, after: string | undefined) =>
  diffRich(before === undefined ? undefined : parseMarkdown(before), after === undefined ? undefined : parseMarkdown(after)).words;

/** Runs of marked blocks as [change, text] pairs, paragraph by paragraph. */
function runs(blocks: readonly RichBlock[]): [string, string][][] {
  return blocks.map((b) =>
    b.type === 'paragraph'
      ? b.inlines.map((i: Inline): [string, string] => (i.type === 'break' ? [i.change ? `break:${i.change}` : 'break', '\n'] : [i.change ?? 'equal', i.text]))
      : runs(b.items.flat()).flat(),
  );
}

describe('tokenizeDutch', () => {
  it('keeps numbers, amounts, percentages, year ranges and Dutch words whole', () => {
    expect(tokenizeDutch('Max. 10% van € 50.000, in 2024/2025 (1.000 tot 1.300) thema\'s 3-kamer E-F-G geëvalueerd +/- 5%.')).toEqual([
      'Max', '.', ' ', '10%', ' ', 'van', ' ', '€ 50.000', ',', ' ', 'in', ' ', '2024/2025', ' ', '(', '1.000', ' ', 'tot', ' ', '1.300', ')', ' ',
      "thema's", ' ', '3-kamer', ' ', 'E-F-G', ' ', 'geëvalueerd', ' ', '+', '/', '-', ' ', '5%', '.',
    ]);
  });

  it('gives every text back exactly when its tokens are joined', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => tokenizeDutch(s).join('') === s));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '1', '.', ',', '/', '%', '€', ' ', '\n', '-', "'") }), (s) => tokenizeDutch(s).join('') === s));
  });
});

describe('word changes', () => {
  it('shows "ondersteunen" -> "faciliteren" as exactly one deleted and one inserted word, spaces left equal', () => {
    expect(words('Corporaties ondersteunen woningruil.', 'Corporaties faciliteren woningruil.')).toEqual([
      { op: 'equal', text: 'Corporaties ' },
      { op: 'delete', text: 'ondersteunen' },
      { op: 'insert', text: 'faciliteren' },
      { op: 'equal', text: ' woningruil.' },
    ]);
  });

  it('changes a number as a whole token', () => {
    expect(words('Max. 10% van de mutaties.', 'Max. 15% van de mutaties.')).toEqual([
      { op: 'equal', text: 'Max. ' },
      { op: 'delete', text: '10%' },
      { op: 'insert', text: '15%' },
      { op: 'equal', text: ' van de mutaties.' },
    ]);
    expect(words('Budget € 50.000 in 2024/2025.', 'Budget € 60.000 in 2024/2025.').filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: '€ 50.000' },
      { op: 'insert', text: '€ 60.000' },
    ]);
  });

  it('shows a reworded phrase as one change, not interleaved around shared small words and spaces', () => {
    const w = words('We onderzoeken de mogelijkheid van een campagne.', 'Partijen informeren de huurders via een campagne.');
    expect(w).toEqual([
      { op: 'delete', text: 'We onderzoeken de mogelijkheid van' },
      { op: 'insert', text: 'Partijen informeren de huurders via' },
      { op: 'equal', text: ' een campagne.' },
    ]);
  });

  it('marks a new text as inserted, a dropped one as deleted and the same text as equal', () => {
    expect(words(undefined, 'Nieuwe afspraak.')).toEqual([{ op: 'insert', text: 'Nieuwe afspraak.' }]);
    expect(words('Oude afspraak.', undefined)).toEqual([{ op: 'delete', text: 'Oude afspraak.' }]);
    expect(words('Dezelfde afspraak.', 'Dezelfde afspraak.')).toEqual([{ op: 'equal', text: 'Dezelfde afspraak.' }]);
  });

  it('compares the plain text a reader sees: Markdown marks are not words', () => {
    expect(words('Een <u>onderstreepte</u> tekst.', 'Een **vette** tekst.')).toEqual([
      { op: 'equal', text: 'Een ' },
      { op: 'delete', text: 'onderstreepte' },
      { op: 'insert', text: 'vette' },
      { op: 'equal', text: ' tekst.' },
    ]);
  });

  it('always adds up to both plain texts: equal + delete = before, equal + insert = after', () => {
    const sentence = fc.array(fc.constantFrom('de', 'gemeente', 'corporaties', '10%', '2024', 'huurders', 'woningen', '.', ',', 'en'), { maxLength: 25 }).map((ws) => ws.join(' ') || 'leeg');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.array(sentence, { minLength: 1, maxLength: 3 }), (a, b) => {
        const before = parseMarkdown(a.join('\n\n'));
        const after = parseMarkdown(b.join('\n\n'));
        const w = diffRich(before, after).words;
        expect(w.filter((x) => x.op !== 'insert').map((x) => x.text).join('')).toBe(plainText(before));
        expect(w.filter((x) => x.op !== 'delete').map((x) => x.text).join('')).toBe(plainText(after));
        expect(w.every((x, i) => x.text && x.op !== w[i - 1]?.op)).toBe(true);
      }),
    );
  });

  it('bounds the work: unrelated long texts are one deletion and one insertion, quickly', () => {
    const text = (seed: number) => Array.from({ length: 3000 }, (_, i) => `w${(i * seed) % 997}`).join(' ');
    const before = tokenizeDutch(text(7));
    const after = tokenizeDutch(text(13));
    const start = performance.now();
    const edits = diffTokens(before, after);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(edits.map((e) => e.op)).toEqual(['delete', 'insert']);
    expect(edits[0]!.tokens).toEqual(before);
    // Within the bound the diff is exact.
    const near = [...before.slice(0, 100), 'x', ...before.slice(101)];
    expect(diffTokens(before, near).filter((e) => e.op !== 'equal').map((e) => e.tokens.join(''))).toEqual([before[100], 'x']);
    expect(maxEditLength).toBeGreaterThanOrEqual(500);
  });

  it('stays fast near the bound: a 20,000-character text with 560 scattered changes, still word by word', () => {
    const before = Array.from({ length: 2800 }, (_, i) => `woord${i}`).join(' ');
    const after = before.replace(/woord(\d*[37])\b/g, 'ander$1');
    expect(before.length).toBeGreaterThan(20_000);
    const start = performance.now();
    const w = words(before, after);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(w.filter((x) => x.op === 'insert')).toHaveLength(560);
    expect(w.find((x) => x.op === 'insert')).toEqual({ op: 'insert', text: 'ander3' });
  });
});

describe('marked rich text (inline view and redline)', () => {
  it("keeps this year's structure and marks, and sets deleted words in where they stood", () => {
    const before = parseMarkdown('De corporaties maken de planning concreet.');
    const after = parseMarkdown('De <u>woningcorporaties</u> maken de planning:\\\nHarderweide – 43 (2024/2025).');
    const blocks = diffRich(before, after).blocks;
    expect(runs(blocks)).toEqual([
      [
        ['equal', 'De '],
        ['delete', 'corporaties'],
        ['insert', 'woningcorporaties'],
        ['equal', ' maken de planning'],
        ['delete', ' concreet'],
        ['insert', ':'],
        ['break:insert', '\n'],
        ['insert', 'Harderweide – 43 (2024/2025)'],
        ['equal', '.'],
      ],
    ]);
    const inserted = (blocks[0] as { inlines: readonly Inline[] }).inlines.find((i) => i.type === 'text' && i.text === 'woningcorporaties');
    expect(inserted).toMatchObject({ marks: ['underline'], change: 'insert' });
  });

  it('keeps the paragraphs and list items of a new or dropped text, every run marked', () => {
    const text = parseMarkdown('Eerste alinea.\n\n- punt een;\n- punt twee.');
    const added = diffRich(undefined, text).blocks;
    expect(added.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(runs(added).flat().every(([change]) => change === 'insert')).toBe(true);
    expect(runs(diffRich(text, undefined).blocks).flat().every(([change]) => change === 'delete')).toBe(true);
    // A line break in new text is new too (so rejecting the change removes it).
    expect(runs(diffRich(undefined, parseMarkdown('een\\\ntwee')).blocks)).toEqual([[['insert', 'een'], ['break:insert', '\n'], ['insert', 'twee']]]);
    expect(runs(diffRich(parseMarkdown('een'), parseMarkdown('een\\\ntwee')).blocks)).toEqual([[['equal', 'een'], ['break:insert', '\n'], ['insert', 'twee']]]);
  });

  it('puts words deleted at the end of a paragraph in that paragraph', () => {
    const blocks = diffRich(parseMarkdown('Een twee drie.\n\nVier vijf.'), parseMarkdown('Een twee.\n\nVier vijf.')).blocks;
    expect(runs(blocks)).toEqual([[['equal', 'Een twee'], ['delete', ' drie'], ['equal', '.']], [['equal', 'Vier vijf.']]]);
  });
});

describe('similarity', () => {
  it('is the Dice coefficient of the word sets, ignoring case and punctuation', () => {
    expect(similarity('Corporaties ondersteunen woningruil.', 'corporaties faciliteren woningruil')).toBeCloseTo(2 / 3);
    expect(similarity('Een twee drie', 'vier vijf zes')).toBe(0);
    expect(similarity('Een, twee.', 'twee een')).toBe(1);
  });
});
