/**
 * The importer's text handling, piece by piece: Word runs become Markdown
 * that the source loader reads back as the same characters with the same
 * marks and links (a property over texts full of Markdown's own characters);
 * trekker labels and signing lines are read as the renderer writes them and
 * as people type them; printSource writes one agreement a line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocInline, DocParagraph } from '../src/import/docxTypes.js';
import { classifyHeader } from '../src/import/columns.js';
import { textId } from '../src/import/ids.js';
import { parsePlaceDate, parseSignatory, parseSigningSentence } from '../src/import/signing.js';
import { blocksToMarkdown } from '../src/import/toMarkdown.js';
import { resolveTrekker } from '../src/import/trekker.js';
import type { Mark, RichBlock } from '../src/model/richtext.js';
import type { Party } from '../src/model/schema.js';
import { parseMarkdown } from '../src/sources/markdown.js';
import { oneLine, printData } from '../src/sources/printSource.js';

const paragraph = (inlines: DocInline[], extra: Partial<DocParagraph> = {}): DocParagraph => ({
  type: 'paragraph',
  title: false,
  subtitle: false,
  toc: false,
  inlines,
  images: [],
  textBoxes: [],
  issues: [],
  ...extra,
});

type Run = { text: string; marks: readonly Mark[]; href?: string | undefined };

/** Each visible character with its marks and link; whitespace and its formatting are layout. */
function visible(runs: readonly Run[]): string[] {
  return runs.flatMap((r) => [...r.text].filter((c) => /\S/.test(c)).map((c) => `${c}|${[...r.marks].sort().join('+')}|${r.href ?? ''}`));
}

function fromRich(blocks: readonly RichBlock[]): Run[] {
  return blocks.flatMap((b): Run[] =>
    b.type === 'paragraph' ? b.inlines.map((i): Run => (i.type === 'text' ? { text: i.text, marks: i.marks, href: i.href } : { text: '\n', marks: [] })) : fromRich(b.items.flat()),
  );
}

const markdownChars = fc.constantFrom(...'ab *_[]()<>&#\\`!-+=.1:|~\u00a0é€'.split(''), ' ', 'u>', '<u>', '&amp;', '1. ', '- ', '# ');
const run = fc.record({
  text: fc.array(markdownChars, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
  marks: fc.subarray(['bold', 'italic', 'underline'] as Mark[]),
  href: fc.option(fc.constantFrom('https://www.harderwijk.nl/wonen', 'mailto:info@uwoon.nl', 'https://example.org/a_b(c)'), { nil: undefined }),
});
const inline = fc.oneof({ weight: 6, arbitrary: run.map((r): DocInline => ({ type: 'text', text: r.text, marks: r.marks, ...(r.href ? { href: r.href } : {}) })) }, { weight: 1, arbitrary: fc.constant<DocInline>({ type: 'break' }) });

describe('Word text as Markdown', () => {
  it('reads back, through the source loader, as the same characters with the same marks and links', () => {
    fc.assert(
      fc.property(fc.array(fc.array(inline, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const { text } = blocksToMarkdown(paragraphs.map((p) => paragraph(p)));
        // A link's underline is the link's own style: the importer leaves it to the link.
        const expected = paragraphs.flat().flatMap((i) => (i.type === 'text' ? [{ text: i.text, marks: i.href ? i.marks.filter((m) => m !== 'underline') : i.marks, href: i.href }] : []));
        const back = text ? fromRich(parseMarkdown(text)) : [];
        expect(visible(back)).toEqual(visible(expected));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps lists within the depth a text may have', () => {
    const items = Array.from({ length: 9 }, (_, level) => paragraph([{ type: 'text', text: `niveau ${level + 1}`, marks: [] }], { list: { level, ordered: false } }));
    const { text, problems } = blocksToMarkdown(items);
    expect(() => parseMarkdown(text)).not.toThrow();
    expect(problems.map((p) => p.message)).toContain('een opsomming van 9 niveaus diep is op niveau 6 gezet (teksten hebben hoogstens 6 niveaus)');
  });

  it('writes lists, nested lists and line breaks, and says what it changed', () => {
    const item = (text: string, level: number, ordered = false) => paragraph([{ type: 'text', text, marks: [] }], { list: { level, ordered } });
    const { text, problems } = blocksToMarkdown([
      paragraph([{ type: 'text', text: 'Eerste regel', marks: [] }, { type: 'break' }, { type: 'text', text: 'tweede regel', marks: ['italic'] }, { type: 'break' }]),
      item('punt', 0),
      item('onderpunt', 1),
      item('genummerd', 0, true),
      paragraph([{ type: 'text', text: 'Kop', marks: [] }], { headingLevel: 2 }),
      paragraph([{ type: 'text', text: 'bestand', marks: [], href: 'file:///C:/afspraken.docx' }], { images: ['Logo Uwoon'] }),
    ]);
    expect(text).toBe('Eerste regel\\\n*tweede regel*\n\n- punt\n  - onderpunt\n- genummerd\n\n**Kop**\n\nbestand');
    expect(problems).toEqual([
      { index: 5, message: 'afbeelding "Logo Uwoon" niet overgenomen' },
      { index: 3, message: 'een genummerde lijst is als opsomming overgenomen (teksten kennen alleen opsommingen)' },
      { index: 4, message: 'de kop "Kop" is als vetgedrukte alinea opgenomen' },
      { index: 5, message: 'de link naar "file:///C:/afspraken.docx" is als gewone tekst overgenomen (alleen http-, https- en mailto-links)' },
    ]);
    expect(parseMarkdown(text)).toHaveLength(4);
  });
});

describe('column headers', () => {
  it('are recognised by their words, tolerant of case, plurals, years and small slips', () => {
    const kind = (h: string) => classifyHeader(h).kind;
    expect(['Doelstelling', 'DOELSTELLINGEN', 'doel'].map(kind)).toEqual(['doelstelling', 'doelstelling', 'doelstelling']);
    expect(['Kaderafspraken 2022-2026', 'Kaderafpraak', 'kader afspraak'].map(kind)).toEqual(['kaderafspraak', 'kaderafspraak', 'kaderafspraak']);
    expect(['Jaarafspraken 2024', 'Jaarafpraken 2023', 'Afspraken 2025', 'Jaarschijf 2025'].map(kind)).toEqual(['jaarafspraken', 'jaarafspraken', 'jaarafspraken', 'jaarafspraken']);
    expect(['Afspraak', 'Toelichting', 'Trekker', 'Gereed', 'Datum gereed', 'Nr.', ''].map(kind)).toEqual(['afspraak', 'toelichting', 'trekker', 'gereed', 'gereed', 'number', 'number']);
    expect(kind('Status')).toBeUndefined();
    expect(classifyHeader('Kaderafspraken 2022-2026').years).toEqual([2022, 2026]);
  });
});

describe('ids from texts', () => {
  it('take the first words that carry meaning', () => {
    expect(textId('Het vergroten van het woonperspectief voor starters, alleenstaanden en kleine huishoudens.')).toBe('vergroten-woonperspectief-starters');
    expect(textId("We herijken op welke KPI's we willen sturen.")).toBe('herijken-kpis-sturen');
    expect(textId('Huishoudens met een inkomen tot € 50.000 hebben toegang')).toBe('huishoudens-inkomen-toegang');
  });
});

describe('trekker labels', () => {
  const parties: Record<string, Party> = {
    harderwijk: { name: 'gemeente Harderwijk', shortName: 'gemeente Harderwijk', kind: 'gemeente', logo: 'x.svg' },
    'omnia-wonen': { name: 'Stichting Omnia Wonen', shortName: 'Omnia Wonen', kind: 'woningcorporatie', logo: 'x.svg' },
    'wonen-en-zorg': { name: 'Stichting Wonen en Zorg', shortName: 'Wonen en Zorg', kind: 'woningcorporatie', logo: 'x.svg' },
    show: { name: 'Stichting Huurdersorganisatie Omnia Wonen (SHOW)', shortName: 'SHOW', kind: 'huurdersorganisatie', logo: 'x.svg' },
  };
  it('read groups and parties as the renderer writes them, whole names first', () => {
    expect(resolveTrekker('Woningcorporaties en gemeente', parties)).toEqual({ ids: ['woningcorporaties', 'gemeente'], unknown: [] });
    expect(resolveTrekker('Gemeente Harderwijk, Wonen en Zorg en SHOW', parties)).toEqual({ ids: ['harderwijk', 'wonen-en-zorg', 'show'], unknown: [] });
    expect(resolveTrekker('Trekker: Omnia Wonen / huurders', parties)).toEqual({ ids: ['omnia-wonen', 'huurdersorganisaties'], unknown: [] });
    expect(resolveTrekker('Gemeente en Zorgkantoor', parties)).toEqual({ ids: ['gemeente'], unknown: ['Zorgkantoor'] });
  });
});

describe('signing lines', () => {
  it('read place and date, written out or in figures', () => {
    expect(parsePlaceDate('Harderwijk, 12 december 2023')).toEqual({ place: 'Harderwijk', date: '2023-12-12' });
    expect(parsePlaceDate("'s-Hertogenbosch, 1-7-2024")).toEqual({ place: "'s-Hertogenbosch", date: '2024-07-01' });
    expect(parsePlaceDate('Harderwijk, 31 februari 2023')).toBeUndefined();
    expect(parsePlaceDate('De gemeente stelt in 2024 een programma vast.')).toBeUndefined();
  });

  it('read the sentence naming the parties by kind, keeping names that hold "en" whole', () => {
    const sentence =
      'De gemeente Harderwijk, de woningcorporaties Stichting Uwoon en Stichting Wonen en Zorg, de huurdersorganisaties Stichting Huurdersraad Woonwijs en Stichting Huurdersorganisatie Omnia Wonen (SHOW), zijn overeengekomen de afspraken zoals vastgelegd in dit document: Prestatieafspraken jaarschijf 2024';
    expect(parseSigningSentence(sentence, ['Stichting Wonen en Zorg'])).toEqual({
      parties: [
        { kind: 'gemeente', names: ['gemeente Harderwijk'] },
        { kind: 'woningcorporatie', names: ['Stichting Uwoon', 'Stichting Wonen en Zorg'] },
        { kind: 'huurdersorganisatie', names: ['Stichting Huurdersraad Woonwijs', 'Stichting Huurdersorganisatie Omnia Wonen (SHOW)'] },
      ],
      year: 2024,
    });
  });

  it('read a signatory from "Naam, functie Partij" with "namens", or from lines of their own', () => {
    expect(parseSignatory(['', 'R.Y. Schuijl - Gerritsen, bestuurslid SHOW', 'namens Stichting Huurdersorganisatie Omnia Wonen (SHOW)'])).toEqual({
      name: 'R.Y. Schuijl - Gerritsen',
      roleAndParty: 'bestuurslid SHOW',
      namens: 'Stichting Huurdersorganisatie Omnia Wonen (SHOW)',
    });
    expect(parseSignatory(['Namens gemeente Zeewolde:', '________________', 'J. Jansen', 'wethouder wonen'])).toEqual({ name: 'J. Jansen', role: 'wethouder wonen', namens: 'gemeente Zeewolde' });
    expect(parseSignatory(['Bijlage 1: overzicht van de woningbouwplannen'])).toBeUndefined();
  });
});

describe('printSource', () => {
  it('writes a oneLine value on one line, however long, and a list of them one a line', () => {
    const entry = { id: 'bes-01', kader: 'uitvoeringsagenda', text: `Een lange tekst ${'met veel woorden '.repeat(8)}en een 'aanhalingsteken'.` };
    const printed = printData({ afspraken: [oneLine(entry), oneLine({ id: 'bes-02', text: 'Kort.' })] }, 0);
    expect(printed).toBe(
      `{\n  afspraken: [\n    { id: 'bes-01', kader: 'uitvoeringsagenda', text: "${entry.text}" },\n    { id: 'bes-02', text: 'Kort.' },\n  ],\n}`,
    );
    // What it writes still evaluates to the data.
    expect(new Function(`return ${printed}`)()).toEqual({ afspraken: [entry, { id: 'bes-02', text: 'Kort.' }] });
  });
});
