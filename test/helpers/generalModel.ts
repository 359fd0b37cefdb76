/**
 * A document model with what other gemeenten' prestatieafspraken need and the
 * Harderwijk example lacks: a cover page with fourteen parties' logos in rows,
 * a table of contents, headings of four levels (one left out of the
 * contents), numbered lists (also nested, from another start, and in a table
 * cell), links to places in the document, a table of text columns only (a
 * GFM table in a text) and an annex.
 */
import type { Block, DocumentModel, Heading, List, Logo, Paragraph, Section, Table } from '../../src/document/types.js';
import { pageLayout } from '../../src/document/layout.js';
import { textRun } from '../../src/model/richtext.js';

/** 8 mm in points. */
export const minLogoHeight = (8 * 72) / 25.4;

/** The parties: a gemeente, corporaties and huurdersorganisaties. */
export const partyNames = [
  'Gemeente Voorbeeldstad',
  'Woonstichting De Linie',
  'Stichting Thuis',
  'Woonpartners Midden',
  'Wooncorporatie Elan',
  'Stichting Beter Wonen',
  'Woongoed Noord',
  'Huurdersvereniging De Linie',
  'Huurdersbelang Thuis',
  'Bewonersraad Woonpartners',
  'Huurdersraad Elan',
  'Huurdersplatform Beter Wonen',
  'Huurdersorganisatie Woongoed',
  'Stichting Huurdersbelangen',
];

/** A simple logo: a coloured mark and the party's initials, about twice as wide as high. */
function logo(name: string, i: number): Logo {
  const width = 160 + (i % 3) * 20;
  const height = 80;
  const initials = name.split(' ').map((w) => w[0]).join('').slice(0, 3);
  const hue = (i * 47) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect x="2" y="2" width="${height - 4}" height="${height - 4}" rx="12" fill="hsl(${hue},55%,40%)"/>` +
    `<text x="${height + 6}" y="${height / 2 + 12}" font-family="Source Sans 3" font-weight="700" font-size="34" fill="#333">${initials}</text></svg>`;
  return { party: `partij-${i + 1}`, name, format: 'svg', data: Buffer.from(svg), width, height };
}

export const logos: Logo[] = partyNames.map(logo);

const p = (...inlines: Paragraph['inlines']): Paragraph => ({ type: 'paragraph', inlines });
const item = (text: string, nested?: List): readonly (Paragraph | List)[] => [p(textRun(text)), ...(nested ? [nested] : [])];
const h = (level: Heading['level'], text: string, anchor: string, toc?: boolean): Heading => ({ type: 'heading', level, text, anchor, ...(toc === undefined ? {} : { toc }) });

/** The numbered list of the first chapter, its item texts as shown. */
export const numberedItems = ['Eerste afspraak over de woningbouw', 'Tweede afspraak over de huren', 'Derde afspraak over de leefbaarheid'];
export const nestedItems = ['onderdeel een', 'onderdeel twee'];

/** A table of the given columns (width share, kind) and header, with the table's usual repeat label. */
function tableOf(anchor: string, summary: string, columns: readonly (readonly [number, 'number' | 'text'])[], header: string[], rows: Table['rows']): Table {
  return { type: 'table', anchor, summary, columns: columns.map(([width, kind]) => ({ width, kind })), header, continuedLabel: '(vervolg)', rows };
}

function afsprakenTable(): Table {
  const cell = (column: number, blocks: Table['rows'][number]['cells'][number]['blocks']) => ({ column, rowSpan: 1, blocks });
  const numbered: List = { type: 'list', ordered: true, items: [item('plannen maken'), item('vergunning aanvragen'), item('bouwen')] };
  return tableOf(
    'afspraken-tabel',
    'Afspraken over de woningbouw',
    [[0.06, 'number'], [0.54, 'text'], [0.2, 'text'], [0.2, 'text']],
    ['', 'Afspraak', 'Trekker', 'Gereed'],
    [
      { cells: [cell(0, [p(textRun('1.'))]), cell(1, [p(textRun('De partijen bouwen in drie stappen:')), numbered]), cell(2, [p(textRun('Gemeente'))]), cell(3, [p(textRun('Q2 2026'))])] },
      { cells: [cell(0, [p(textRun('2.'))]), cell(1, [p(textRun('De corporaties rapporteren elk kwartaal.'))]), cell(2, [p(textRun('Corporaties'))]), cell(3, [p(textRun('Doorlopend'))])] },
    ],
  );
}

/** A GFM table from a text: text columns only, no number column. */
function textTable(): Table {
  const row = (cells: string[]) => ({ cells: cells.map((text, column) => ({ column, rowSpan: 1, blocks: [p(textRun(text))] })) });
  return tableOf(
    'tekst-tabel-1',
    'Tabel',
    [[0.4, 'text'], [0.3, 'text'], [0.3, 'text']],
    ['Wijk', 'Sociale huur', 'Middenhuur'],
    [row(['Centrum', '120', '40']), row(['Stadsdennen', '85', '25']), row(['Drielanden', '60', '15'])],
  );
}

export function generalModel(options: { placement?: 'band' | 'first-page'; draft?: boolean } = {}): DocumentModel {
  const placement = options.placement ?? 'first-page';
  const sections: Section[] = [
    {
      id: 'omslag',
      bookmark: 'Omslag',
      startOnNewPage: false,
      cover: true,
      blocks: [
        { type: 'logos', logos, minHeight: minLogoHeight },
        { type: 'paragraph', style: 'title', inlines: [textRun('Prestatieafspraken Voorbeeldstad 2026')] },
        { type: 'paragraph', style: 'subtitle', inlines: [textRun('Jaarschijf 2026 bij de raamovereenkomst 2025-2029')] },
      ],
    },
    { id: 'inhoud', bookmark: 'Inhoud', startOnNewPage: true, blocks: [{ type: 'contents', title: 'Inhoudsopgave', depth: 3 }] },
    {
      id: 'inleiding',
      bookmark: 'Inleiding',
      startOnNewPage: true,
      blocks: [
        h(1, '1 Inleiding', 'inleiding'),
        p(textRun('De partijen maken afspraken voor 2026; zie '), textRun('bijlage 1', [], { href: '#bijlage-1' }), textRun(' en '), textRun('de afsprakentabel', [], { href: '#afspraken-tabel' }), textRun('.')),
        h(2, '1.1 Doel', 'doel'),
        { type: 'list', ordered: true, items: [item(numberedItems[0]!), item(numberedItems[1]!, { type: 'list', ordered: true, items: nestedItems.map((t) => item(t)) }), item(numberedItems[2]!)] },
        p(textRun('Een tweede genummerde lijst telt verder vanaf drie:')),
        { type: 'list', ordered: true, start: 3, items: [item('derde punt'), item('vierde punt')] },
        { type: 'list', items: [item('een opsomming'), item('zonder nummers')] },
        h(3, '1.1.1 Werkwijze', 'werkwijze'),
        p(textRun('De werkgroep komt elk kwartaal bij elkaar.')),
        h(4, 'Een tussenkop in de tekst', 'tussenkop'),
        p(textRun('Tekst onder een tussenkop.')),
        h(2, '1.2 Niet in de inhoud', 'niet-in-inhoud', false),
        p(textRun('Deze kop staat niet in de inhoudsopgave.')),
      ],
    },
    {
      id: 'afspraken',
      bookmark: 'Afspraken',
      startOnNewPage: true,
      blocks: [h(1, '2 Afspraken', 'afspraken'), h(2, '2.1 Woningbouw', 'woningbouw'), afsprakenTable(), h(2, '2.2 Aantallen per wijk', 'aantallen'), textTable()],
    },
    {
      id: 'bijlage-1',
      bookmark: 'Bijlage 1',
      startOnNewPage: true,
      blocks: [p(textRun('Bijlage 1', ['bold'])), h(1, 'Bijlage 1 Overzicht van de partijen', 'bijlage-1-overzicht'), p(textRun(partyNames.join(', ') + '.'))],
    },
  ];
  return {
    meta: {
      title: 'Prestatieafspraken Voorbeeldstad 2026',
      subject: 'Jaarschijf 2026',
      author: partyNames.join(', '),
      company: 'Gemeente Voorbeeldstad',
      keywords: ['prestatieafspraken'],
      language: 'nl-NL',
      date: '2025-12-01',
      fileName: 'voorbeeldstad-2026',
      draft: options.draft ?? false,
    },
    page: pageLayout({ orientation: 'portrait' }),
    header: { logos, placement, minLogoHeight },
    footer: [{ type: 'text', text: 'Pagina ' }, { type: 'page' }, { type: 'text', text: ' van ' }, { type: 'pages' }],
    ...(options.draft ? { watermark: 'CONCEPT' } : {}),
    sections,
  };
}

/** Every block of the model, for the tests' expectations. */
export function allBlocks(doc: DocumentModel): Block[] {
  return doc.sections.flatMap((s) => [...s.blocks]);
}
