/**
 * Word documents the toolkit did not write: one built here with the `docx`
 * library in its own styling (merged cells by rowSpan, its own numbering,
 * a hyperlink, a footnote, a header line, layout-(b) signatures), and one
 * made by pandoc from Markdown (a pipe table whose continued cells are empty).
 * Each imports with the expected rows, and what has no place is warned about
 * with where it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  SymbolRun,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJaarafspraak } from '../src/model/schema.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../src/sources/loadJaarschijf.js';
import { runCli, type CliResult } from './helpers/cli.js';
import { hasTool, run } from './helpers/tools.js';

const entries = (l: LoadedJaarschijf, theme: string) => l.jaarschijf.themes[theme]!.afspraken.filter(isJaarafspraak);

const cell = (children: (Paragraph | string)[], options: { rowSpan?: number } = {}) =>
  new TableCell({ children: children.map((c) => (typeof c === 'string' ? new Paragraph(c) : c)), width: { size: 14, type: WidthType.PERCENTAGE }, ...options });

/** Write a document made by `make`, import it into a folder named after the gemeente and load its 2025.ts; cleaned up afterwards. */
function importDocument(gemeente: string, make: (dir: string) => Promise<Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), `jaarschijf-import-${gemeente}-`));
  const state = { dir, out: join(dir, gemeente), file: `${gemeente}.docx`, result: undefined as unknown as CliResult, loaded: undefined as unknown as LoadedJaarschijf };
  beforeAll(async () => {
    writeFileSync(join(dir, state.file), await make(dir));
    state.result = runCli(['import', join(dir, state.file), '-o', state.out]);
    if (state.result.status === 0) state.loaded = await loadJaarschijf(join(state.out, '2025.ts'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return state;
}

/** A picture of one white pixel. */
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');
const picture = (description: string) => new Paragraph({ children: [new ImageRun({ type: 'png', data: pixel, transformation: { width: 120, height: 40 }, altText: { description, name: description } })] });

/** A table row of one-paragraph cells. */
const row = (cells: (Paragraph | string)[]) => new TableRow({ children: cells.map((c) => cell([c])) });

/** A document of a heading, paragraphs and one table, as a writer puts together a single theme. */
const themeDocument = (heading: string, paragraphs: string[], rows: TableRow[]) =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((t) => new Paragraph(t)), new Table({ rows })] }] }));

/** A prestatieafspraken document as another program writes one. */
async function zeewolde(): Promise<Buffer> {
  const header = ['Nr.', 'Doelstelling', 'Kaderafspraak', 'Afspraken 2024', 'Afspraken 2025', 'Trekker', 'Status'];
  const table = new Table({
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell([new Paragraph({ children: [new TextRun({ text: h, bold: true })] })])) }),
      new TableRow({
        children: [
          cell(['1.']),
          cell(['Huren blijven betaalbaar.'], { rowSpan: 3 }),
          cell(['Corporaties matigen de huren.'], { rowSpan: 2 }),
          cell(['Huurverhoging volgt de inflatie.']),
          cell([new Paragraph({ children: [new TextRun('Huurverhoging '), new TextRun({ text: 'blijft', bold: true }), new TextRun(' onder de inflatie.')] })]),
          cell(['Woonstichting De Groene Stad']),
          cell(['loopt']),
        ],
      }),
      new TableRow({
        children: [
          cell(['2.']),
          cell(['']),
          cell([new Paragraph({ children: [new TextRun('Huurders met een laag inkomen krijgen korting.'), new TextRun({ text: 'Aanvraag via de corporatie.', break: 1 })] })]),
          cell(['Woningcorporaties']),
          cell(['']),
        ],
      }),
      new TableRow({ children: [cell(['3.']), cell(['De gemeente houdt de lasten laag.']), cell(['De afvalstoffenheffing stijgt niet.']), cell(['']), cell(['']), cell([''])] }),
      new TableRow({
        children: [cell(['4.']), cell(['Niemand raakt achter.'], { rowSpan: 2 }), cell(['Partijen signaleren vroeg.']), cell(['']), cell(['']), cell(['']), cell([''])],
      }),
      new TableRow({
        children: [
          cell(['5.']),
          cell(['We voorkomen huisuitzetting.']),
          cell(['']),
          cell([
            new Paragraph({ children: [new TextRun('Vroegsignalering met '), new TextRun({ text: 'alle', underline: {} }), new TextRun(' partners.')] }),
            new Paragraph({ children: [new TextRun({ text: 'Trekker: gemeente · Gereed: Q4 2025', italics: true })] }),
          ]),
          cell(['']),
          cell(['']),
        ],
      }),
    ],
  });
  const signature = (namens: string, name: string, role: string) => cell([`Namens ${namens}`, '', name, role]);
  const signatures = new Table({
    rows: [
      new TableRow({ children: [signature('gemeente Zeewolde', 'J. Jansen', 'wethouder wonen'), signature('Woonstichting De Groene Stad', 'K. de Wit', 'directeur-bestuurder')] }),
      new TableRow({ children: [signature('Huurdersvereniging Zeewolde', 'L. Mulder', 'voorzitter'), signature('Stichting Ons Dorp', 'M. Peters', 'secretaris')] }),
    ],
  });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Bron: woonvisie 2023.')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Concept-versie 3')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT] })] })] }) },
        children: [
          new Paragraph({ text: 'Prestatieafspraken Zeewolde 2025', heading: HeadingLevel.TITLE }),
          picture('Logo gemeente Zeewolde'),
          new Paragraph({ text: 'Inleiding', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Deze afspraken maken we met '),
              new TextRun({ text: 'alle partijen', bold: true }),
              new TextRun('. Zie '),
              new ExternalHyperlink({ children: [new TextRun({ text: 'de website', style: 'Hyperlink' })], link: 'https://www.zeewolde.nl/wonen' }),
              new TextRun('.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ text: 'betaalbaar wonen;', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'duurzaam wonen.', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'eerst dit', numbering: { reference: 'numbers', level: 0 } }),
          new Paragraph({ text: '1 Thema Betaalbaarheid', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Wonen moet '), new TextRun({ text: 'betaalbaar', italics: true }), new TextRun(' blijven.')] }),
          picture('Grafiek huurprijzen'),
          table,
          new Paragraph('Noot: de huren gaan op 1 juli omhoog.'),
          new Paragraph({ text: 'Ondertekening', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Zeewolde, 5 december 2024'),
          signatures,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('import of a Word document written with the docx library', () => {
  const imported = importDocument('zeewolde', zeewolde);

  it('finds the year in the column headers and writes 2025.ts and 2024.ts', () => {
    expect(imported.result.status).toBe(0);
    expect(imported.result.stdout).toContain('jaarschijf 2025, 1 thema, 5 rijen, 3 jaarafspraken, ondertekend door 4 ondertekenaars');
    expect(imported.result.stdout).toContain('jaarschijf 2024 uit de kolom van 2024, 2 jaarafspraken');
    expect(imported.loaded.jaarschijf.year).toBe(2025);
    expect(imported.loaded.previous?.jaarschijf.year).toBe(2024);
    expect(imported.loaded.jaarschijf.title).toBe('Prestatieafspraken Zeewolde 2025');
  });

  it('reads the introduction with its marks, link and list', () => {
    expect(imported.loaded.jaarschijf.introduction).toBe(
      'Deze afspraken maken we met **alle partijen**. Zie [de website](https://www.zeewolde.nl/wonen).\n\n- betaalbaar wonen;\n- duurzaam wonen.\n- eerst dit',
    );
  });

  it('reads merged cells into doelstellingen and kaderafspraken, and the rows of both years', () => {
    const theme = imported.loaded.raamovereenkomst.themes['betaalbaarheid']!;
    expect(theme.title).toBe('Betaalbaarheid');
    expect(theme.doelstellingen).toEqual({
      'huren-blijven-betaalbaar': {
        text: 'Huren blijven betaalbaar.',
        kaderafspraken: { 'corporaties-matigen-huren': 'Corporaties matigen de huren.', 'gemeente-houdt-lasten': 'De gemeente houdt de lasten laag.' },
      },
      'niemand-raakt-achter': {
        text: 'Niemand raakt achter.',
        kaderafspraken: { 'partijen-signaleren-vroeg': 'Partijen signaleren vroeg.', 'voorkomen-huisuitzetting': 'We voorkomen huisuitzetting.' },
      },
    });
    expect(imported.loaded.jaarschijf.themes['betaalbaarheid']!.intro).toBe('Wonen moet *betaalbaar* blijven.\n\nNoot: de huren gaan op 1 juli omhoog.');
    expect(entries(imported.loaded, 'betaalbaarheid')).toEqual([
      { id: 'bet-01', kader: 'corporaties-matigen-huren', text: 'Huurverhoging **blijft** onder de inflatie.', trekker: ['woonstichting-de-groene-stad'] },
      { id: 'bet-02', kader: 'corporaties-matigen-huren', text: 'Huurders met een laag inkomen krijgen korting.\\\nAanvraag via de corporatie.', trekker: ['woningcorporaties'] },
      { id: 'bet-05', kader: 'voorkomen-huisuitzetting', text: 'Vroegsignalering met <u>alle</u> partners.', trekker: ['gemeente'], gereed: 'Q4 2025' },
    ]);
    expect(entries(imported.loaded.previous!, 'betaalbaarheid')).toEqual([
      { id: 'bet-01', kader: 'corporaties-matigen-huren', text: 'Huurverhoging volgt de inflatie.' },
      { id: 'bet-03', kader: 'gemeente-houdt-lasten', text: 'De afvalstoffenheffing stijgt niet.' },
    ]);
  });

  it('reads the parties and signatories from "Namens ..." blocks, inferring kinds from the names', () => {
    expect(Object.entries(imported.loaded.raamovereenkomst.parties).map(([id, p]) => [id, p.name, p.kind])).toEqual([
      ['zeewolde', 'gemeente Zeewolde', 'gemeente'],
      ['woonstichting-de-groene-stad', 'Woonstichting De Groene Stad', 'woningcorporatie'],
      ['ons-dorp', 'Stichting Ons Dorp', 'woningcorporatie'],
      ['huurdersvereniging-zeewolde', 'Huurdersvereniging Zeewolde', 'huurdersorganisatie'],
    ]);
    expect(imported.loaded.jaarschijf.signing).toEqual({
      place: 'Zeewolde',
      date: '2024-12-05',
      signatories: [
        { name: 'J. Jansen', role: 'wethouder wonen', party: 'zeewolde' },
        { name: 'K. de Wit', role: 'directeur-bestuurder', party: 'woonstichting-de-groene-stad' },
        { name: 'L. Mulder', role: 'voorzitter', party: 'huurdersvereniging-zeewolde' },
        { name: 'M. Peters', role: 'secretaris', party: 'ons-dorp' },
      ],
    });
  });

  it('warns, in Dutch and with where it was, about everything it could not place', () => {
    const file = imported.file;
    const lines = imported.result.stderr.trim().split('\n').map((l) => l.slice(l.indexOf(file)));
    // In the order of the document: body, header, notes, then what concerns the whole.
    expect(lines).toEqual([
      `${file}: alinea 7: een genummerde lijst is als opsomming overgenomen (teksten kennen alleen opsommingen)`,
      `${file}: alinea 10: afbeelding "Grafiek huurprijzen" niet overgenomen`,
      `${file}: tabel 1, rij 2, kolom 7: de kolom "Status" wordt niet herkend; niet overgenomen: "loopt"`,
      `${file}: alinea 11: tekst na de tabel van thema "Betaalbaarheid"; opgenomen aan het eind van de inleiding van dat thema: "Noot: de huren gaan op 1 juli omhoog."`,
      `${file}: koptekst: tekst in de koptekst niet overgenomen: "Concept-versie 3"`,
      `${file}: voetnoot 1: voetnoten en eindnoten kent de toolkit niet; niet overgenomen: "Bron: woonvisie 2023."`,
      `${file}: kolomkoppen: de looptijd van de raamovereenkomst staat niet in de kolomkop van de kaderafspraken (zoals "Kaderafspraken 2022-2026"); 2024-2025 ingevuld, pas die aan in raamovereenkomst.ts`,
      `${file}: partijen: van partij "Stichting Ons Dorp" staat niet vast of het een gemeente, woningcorporatie of huurdersorganisatie is; als woningcorporatie opgenomen (pas "kind" aan in raamovereenkomst.ts)`,
    ]);
    expect(imported.result.stdout).toContain('8 waarschuwingen (hierboven)');
    // They stay in the jaarschijf as review marks, so check lists them and the document is CONCEPT until they are dealt with.
    expect(imported.loaded.jaarschijf.review).toEqual(lines.map((l) => l.slice(`${file}: `.length)));
  });

  it('passes check, which lists the review marks and calls the jaarschijf not ready yet', () => {
    const checked = runCli(['check', join(imported.out, '2025.ts')]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/2025\.ts:\d+:\d+: nakijken: tabel 1, rij 2, kolom 7: de kolom "Status" wordt niet herkend/);
    expect(checked.stdout).toContain('8 punten om na te kijken (wordt als CONCEPT gemaakt)');
  });
});

/** The same kind of document laid out otherwise: no heading styles, a header of two rows, party lines above the signatures. */
async function ermelo(): Promise<Buffer> {
  const plain = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const table = new Table({
    rows: [
      new TableRow({
        children: [
          cell([plain('Doelstelling', true)], { rowSpan: 2 }),
          cell([plain('Kaderafspraken 2023-2026', true)], { rowSpan: 2 }),
          new TableCell({ children: [plain('Jaarafspraken', true)], columnSpan: 2 }),
        ],
      }),
      new TableRow({ children: [cell([plain('2024', true)]), cell([plain('2025', true)])] }),
      new TableRow({ children: [cell(['Iedereen woont passend.']), cell(['We wijzen passend toe.']), cell(['Corporaties wijzen passend toe.']), cell(['Corporaties wijzen passend toe en meten dat.'])] }),
      new TableRow({ children: [cell(['']), cell(['We helpen doorstromers.']), cell(['']), cell(['De gemeente start een verhuiscoach.'])] }),
    ],
  });
  const signature = (lines: string[]) => cell(lines);
  const doc = new Document({
    sections: [
      {
        children: [
          plain('Prestatieafspraken Ermelo 2025', true),
          plain('Gemeente, corporatie en huurders maken deze afspraken samen.'),
          plain('Thema Betaalbaarheid', true),
          plain('Passend wonen voor iedereen.'),
          table,
          plain('Plaats: Ermelo'),
          plain('Datum: 3 december 2024'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  signature(['Gemeente Ermelo', 'P. Pietersen', 'burgemeester']),
                  signature(['Woonstichting Ermelo', 'Q. de Jong', 'directeur']),
                  signature(['R. Willems', 'voorzitter', 'Huurdersbelang Ermelo']),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('import of a Word document without heading styles, with a two-row header', () => {
  const imported = importDocument('ermelo', ermelo);

  it('takes a bold first line naming the document as its title, and a bold "Thema ..." line as the theme heading', () => {
    expect(imported.result.stderr).toBe('');
    expect(imported.result.status).toBe(0);
    expect(imported.loaded.jaarschijf.title).toBe('Prestatieafspraken Ermelo 2025');
    expect(imported.loaded.jaarschijf.introduction).toBe('Gemeente, corporatie en huurders maken deze afspraken samen.');
    expect(imported.loaded.raamovereenkomst.themes['betaalbaarheid']!.title).toBe('Betaalbaarheid');
    expect(imported.loaded.jaarschijf.themes['betaalbaarheid']!.intro).toBe('Passend wonen voor iedereen.');
  });

  it('splits "Jaarafspraken" over "2024 | 2025" into the two years', () => {
    expect(imported.loaded.raamovereenkomst.period).toEqual({ from: 2023, to: 2026 });
    expect(entries(imported.loaded, 'betaalbaarheid')).toEqual([
      { id: 'bet-01', kader: 'wijzen-passend-toe', text: 'Corporaties wijzen passend toe en meten dat.' },
      { id: 'bet-02', kader: 'helpen-doorstromers', text: 'De gemeente start een verhuiscoach.' },
    ]);
    expect(entries(imported.loaded.previous!, 'betaalbaarheid')).toEqual([{ id: 'bet-01', kader: 'wijzen-passend-toe', text: 'Corporaties wijzen passend toe.' }]);
  });

  it('reads "Plaats:" and "Datum:" lines, and a party named above or below the signatory', () => {
    expect(imported.loaded.jaarschijf.signing).toEqual({
      place: 'Ermelo',
      date: '2024-12-03',
      signatories: [
        { name: 'P. Pietersen', role: 'burgemeester', party: 'ermelo' },
        { name: 'Q. de Jong', role: 'directeur', party: 'woonstichting-ermelo' },
        { name: 'R. Willems', role: 'voorzitter', party: 'huurdersbelang-ermelo' },
      ],
    });
    expect(Object.values(imported.loaded.raamovereenkomst.parties).map((p) => [p.name, p.kind])).toEqual([
      ['Gemeente Ermelo', 'gemeente'],
      ['Woonstichting Ermelo', 'woningcorporatie'],
      ['Huurdersbelang Ermelo', 'huurdersorganisatie'],
    ]);
  });
});

describe('import of one table for all themes, with a Thema column', () => {
  const imported = importDocument('nunspeet', async () => {
    const spanRow = (texts: string[], rowSpan?: number) => new TableRow({ children: texts.map((t, i) => cell([t], i === 0 && rowSpan ? { rowSpan } : {})) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Prestatieafspraken Nunspeet 2025', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Afspraken per thema', heading: HeadingLevel.HEADING_1 }),
            new Table({
              rows: [
                spanRow(['Thema', 'Doelstelling', 'Kaderafspraken 2024-2027', 'Jaarafspraken 2025']),
                spanRow(['Beschikbaarheid', 'Meer woningen.', 'We bouwen bij.', 'Er komen 40 woningen bij.'], 2),
                new TableRow({ children: ['', 'We bouwen sneller.', 'De vergunning duurt korter.'].map((t) => cell([t])) }),
                spanRow(['Leefbaarheid', 'Prettige wijken.', 'We houden wijken schoon.', 'Er komt een opruimdag.']),
              ],
            }),
          ],
        },
      ],
    });
    return Packer.toBuffer(doc);
  });

  it('starts a theme where the Thema column names one', () => {
    // No signing block: the gemeente comes from the folder's name, and the import says so.
    expect(imported.result.stderr).toMatch(/^\S*nunspeet\.docx: ondertekening: het document noemt geen gemeente als partij; "gemeente Nunspeet" toegevoegd \(pas naam en logo aan in raamovereenkomst\.ts\)\n$/);
    expect(imported.result.status).toBe(0);
    const themes = imported.loaded.raamovereenkomst.themes;
    expect(Object.entries(themes).map(([id, t]) => [id, t.title, Object.keys(t.doelstellingen)])).toEqual([
      ['beschikbaarheid', 'Beschikbaarheid', ['woningen']],
      ['leefbaarheid', 'Leefbaarheid', ['prettige-wijken']],
    ]);
    expect(entries(imported.loaded, 'beschikbaarheid').map((a) => [a.id, a.kader, a.text])).toEqual([
      ['bes-01', 'bouwen', 'Er komen 40 woningen bij.'],
      ['bes-02', 'bouwen-sneller', 'De vergunning duurt korter.'],
    ]);
    expect(entries(imported.loaded, 'leefbaarheid').map((a) => a.id)).toEqual(['lee-01']);
  });
});

describe('import of rows the toolkit lays out otherwise', () => {
  const imported = importDocument('elburg', () =>
    themeDocument('Thema Beschikbaarheid', [], [
      row(['Doelstelling', 'Kaderafspraken 2024-2027', 'Jaarafspraken 2024', 'Jaarafspraken 2025']),
      row(['Meer woningen.', 'We bouwen bij.', '', 'De gemeente maakt in 2025 een wijkplan voor Noord.']),
      row(['', '', 'De gemeente maakt een wijkplan voor Noord.', '']),
    ]),
  );

  it('says where the documents will pair or order rows otherwise than the Word document, also as a review mark', () => {
    expect(imported.result.status).toBe(0);
    const warning = 'tabel 1, rij 3: thema "Beschikbaarheid": vanaf deze rij zet de toolkit de rijen anders dan het document (een afspraak van alleen vorig jaar komt na haar voorganger, twee gelijkende afspraken komen naast elkaar); de teksten zijn dezelfde, kijk de volgorde na';
    expect(imported.result.stderr).toContain(`elburg.docx: ${warning}\n`);
    expect(imported.loaded.jaarschijf.review).toContain(warning);
    // Both texts are in the sources, each in its year.
    expect(entries(imported.loaded, 'beschikbaarheid').map((a) => a.text)).toEqual(['De gemeente maakt in 2025 een wijkplan voor Noord.']);
    expect(entries(imported.loaded.previous!, 'beschikbaarheid').map((a) => a.text)).toEqual(['De gemeente maakt een wijkplan voor Noord.']);
  });
});

describe('import of a row with more cells than the header', () => {
  const imported = importDocument('hattem', () =>
    themeDocument('Thema Leefbaarheid', [], [
      row(['Doelstelling', 'Kaderafspraken', 'Jaarafspraken 2024', 'Jaarafspraken 2025']),
      row(['Prettig wonen.', 'We pakken overlast aan.', 'Een meldpunt.', 'Een buurtteam.', 'zie bijlage 2']),
    ]),
  );

  it('takes the extra cell into the last column, and says so', () => {
    expect(imported.result.status).toBe(0);
    const warning = 'tabel 1, rij 2, kolom 5: deze cel staat buiten de kolomkoppen; opgenomen bij de kolom "Jaarafspraken 2025": "zie bijlage 2"';
    expect(imported.result.stderr).toContain(`hattem.docx: ${warning}\n`);
    expect(imported.loaded.jaarschijf.review).toContain(warning);
    expect(entries(imported.loaded, 'leefbaarheid').map((a) => a.text)).toEqual(['Een buurtteam.\n\nzie bijlage 2']);
  });
});

describe('import of characters the documents cannot show, and of symbol-font characters', () => {
  const imported = importDocument('oldebroek', () =>
    themeDocument('Thema Wonen 🏠', ['Samen bouwen we 🏗️ aan een dorp waar iedereen past.'], [
      row(['Doelstelling', 'Kaderafspraken', 'Jaarafspraken 2024', 'Jaarafspraken 2025']),
      row([
        'Genoeg woningen.',
        'We bouwen bij.',
        new Paragraph({
          children: [
            new TextRun('Veertig woningen opgeleverd '),
            new SymbolRun({ char: 'F0FC', symbolfont: 'Wingdings' }),
            new TextRun(' '),
            new SymbolRun({ char: 'F061', symbolfont: 'Webdings' }),
          ],
        }),
        'Zestig woningen ✅ in de wijk Oost.',
      ]),
    ]),
  );

  it('leaves them out, each with a warning that names the character and where it was, and the sources pass check', () => {
    expect(imported.result.status).toBe(0);
    const warnings = imported.result.stderr.trim().split('\n').filter((l) => l.includes('niet in de PDF worden getoond')).map((l) => l.slice(l.indexOf(imported.file)));
    expect(warnings).toEqual([
      'oldebroek.docx: alinea 1: het teken U+1F3E0 kan niet in de PDF worden getoond (het lettertype Source Sans 3 heeft het niet); weggelaten uit "Thema Wonen [U+1F3E0]"',
      'oldebroek.docx: alinea 2: de tekens U+1F3D7, U+FE0F kunnen niet in de PDF worden getoond (het lettertype Source Sans 3 heeft ze niet); weggelaten uit "Samen bouwen we [U+1F3D7][U+FE0F] aan een dorp waar iedereen past."',
      'oldebroek.docx: tabel 1, rij 2, kolom 3: het teken U+F061 kan niet in de PDF worden getoond (het lettertype Source Sans 3 heeft het niet); weggelaten uit "Veertig woningen opgeleverd ✔ [U+F061]"',
      'oldebroek.docx: tabel 1, rij 2, kolom 4: het teken U+2705 kan niet in de PDF worden getoond (het lettertype Source Sans 3 heeft het niet); weggelaten uit "Zestig woningen [U+2705] in de wijk Oost."',
    ]);
    // The rest of each text is there, without a doubled space.
    expect(imported.loaded.jaarschijf.themes.wonen!.intro).toBe('Samen bouwen we aan een dorp waar iedereen past.');
    expect(imported.loaded.raamovereenkomst.themes.wonen!.title).toBe('Wonen');
    expect(entries(imported.loaded, 'wonen').map((a) => a.text)).toEqual(['Zestig woningen in de wijk Oost.']);
    // Wingdings' check mark is Unicode's; a Webdings picture has no such character.
    expect(entries(imported.loaded.previous!, 'wonen').map((a) => a.text)).toEqual(['Veertig woningen opgeleverd ✔']);
    // They are review marks too; check reads the sources without an error.
    expect(imported.loaded.jaarschijf.review).toEqual(expect.arrayContaining(warnings.map((w) => w.slice('oldebroek.docx: '.length))));
    const checked = runCli(['check', join(imported.out, '2025.ts')]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('nakijken: tabel 1, rij 2, kolom 4: het teken U+2705');
  });
});

describe('import of a document with only a table of its own (Afspraak | Toelichting | Trekker | Gereed)', () => {
  it('imports it as a theme of this year only, with a raamovereenkomst theme to fill in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-import-afspraken-'));
    const doc = await themeDocument('Thema Nieuwbouw 2025', [], [
      row(['Afspraak', 'Toelichting', 'Trekker', 'Gereed']),
      row(['We bouwen 50 woningen.', 'Aan de rand van het dorp.', 'Gemeente', 'Q4 2025']),
    ]);
    writeFileSync(join(dir, 'nieuwbouw.docx'), doc);
    const result = runCli(['import', join(dir, 'nieuwbouw.docx'), '-o', join(dir, 'putten'), '--year', '2025']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('nieuwbouw.docx: kolomkoppen: het document heeft geen tabel met kaderafspraken; raamovereenkomst.ts heeft een thema "kaderafspraken" om de doelstellingen en kaderafspraken in te vullen');
    const loaded = await loadJaarschijf(join(dir, 'putten', '2025.ts'));
    expect(loaded.jaarschijf.themes['nieuwbouw']).toEqual({
      layout: 'afspraken',
      title: 'Nieuwbouw 2025',
      afspraken: [{ id: 'nie-01', text: 'We bouwen 50 woningen.', toelichting: 'Aan de rand van het dorp.', trekker: ['gemeente'], gereed: 'Q4 2025' }],
    });
    // No signing block: the gemeente comes from the folder's name.
    expect(loaded.raamovereenkomst.gemeente).toBe('Putten');
    rmSync(dir, { recursive: true, force: true });
  });
});

const pandoc = hasTool('pandoc');

describe.skipIf(!pandoc)('import of a Word document made by pandoc from Markdown', () => {
  const imported = importDocument('dronten', async (dir) => {
    writeFileSync(
      join(dir, 'afspraken.md'),
      [
        '---',
        'title: Prestatieafspraken Dronten jaarschijf 2025',
        '---',
        '',
        '# Inleiding',
        '',
        'Dit zijn de afspraken voor **2025**, gemaakt door de [gemeente](https://www.dronten.nl) en de corporaties.',
        '',
        '# Thema Leefbaarheid',
        '',
        'In dit thema werken we aan *leefbare* wijken.',
        '',
        '| Doelstelling | Kaderafspraken 2023-2027 | Jaarafspraken 2024 | Jaarafspraken 2025 |',
        '|---|---|---|---|',
        '| Wijken blijven leefbaar. | We investeren in de buurt. | De gemeente maakt een wijkplan. | De gemeente voert het wijkplan uit. |',
        '| | | | Corporaties **onderhouden** de tuinen. |',
        '| | Overlast pakken we samen aan. | Buurtbemiddeling blijft. | |',
        '| Bewoners doen mee. | We steunen initiatieven. | | Er komt een bewonersbudget. |',
        '',
        '# Thema Nieuwbouw',
        '',
        '| Afspraak | Toelichting | Trekker | Gereed |',
        '|---|---|---|---|',
        '| We bouwen 200 sociale huurwoningen. | In drie wijken. | Woningcorporaties | Doorlopend |',
        '| De gemeente zoekt locaties. | | Gemeente en Mooiland | Q3 2025 |',
        '',
        'Dronten, 10 december 2024',
        '',
        'De gemeente Dronten, de woningcorporaties Stichting Welwonen en Stichting Mooiland, de huurdersorganisaties Huurdersvereniging Dronten, zijn overeengekomen de afspraken zoals vastgelegd in dit document: Prestatieafspraken jaarschijf 2025',
        '',
        'A. de Boer, wethouder gemeente Dronten',
        '',
        'B. Smit, directeur-bestuurder Welwonen',
        '',
        'C. Visser, directeur Mooiland',
        '',
        'D. Bakker, voorzitter Huurdersvereniging Dronten',
        '',
      ].join('\n'),
    );
    run('pandoc', [join(dir, 'afspraken.md'), '-o', join(dir, 'afspraken.docx')]);
    return readFileSync(join(dir, 'afspraken.docx'));
  });

  it('imports without a warning and passes check', () => {
    expect(imported.result.stderr).toBe('');
    expect(imported.result.status).toBe(0);
    expect(runCli(['check', join(imported.out, '2025.ts')]).status).toBe(0);
  });

  it('reads continued cells left empty as the doelstelling and kaderafspraak above', () => {
    expect(imported.loaded.raamovereenkomst.period).toEqual({ from: 2023, to: 2027 });
    expect(imported.loaded.raamovereenkomst.themes['leefbaarheid']!.doelstellingen).toEqual({
      'wijken-blijven-leefbaar': {
        text: 'Wijken blijven leefbaar.',
        kaderafspraken: { 'investeren-buurt': 'We investeren in de buurt.', 'overlast-pakken-samen': 'Overlast pakken we samen aan.' },
      },
      'bewoners-doen-mee': { text: 'Bewoners doen mee.', kaderafspraken: { 'steunen-initiatieven': 'We steunen initiatieven.' } },
    });
    expect(entries(imported.loaded, 'leefbaarheid')).toEqual([
      { id: 'lee-01', kader: 'investeren-buurt', text: 'De gemeente voert het wijkplan uit.' },
      { id: 'lee-02', kader: 'investeren-buurt', text: 'Corporaties **onderhouden** de tuinen.' },
      { id: 'lee-04', kader: 'steunen-initiatieven', text: 'Er komt een bewonersbudget.' },
    ]);
    expect(entries(imported.loaded.previous!, 'leefbaarheid')).toEqual([
      { id: 'lee-01', kader: 'investeren-buurt', text: 'De gemeente maakt een wijkplan.' },
      { id: 'lee-03', kader: 'overlast-pakken-samen', text: 'Buurtbemiddeling blijft.' },
    ]);
  });

  it('reads the Afspraak | Toelichting | Trekker | Gereed table as a theme of this year only', () => {
    expect(imported.loaded.jaarschijf.themes['nieuwbouw']).toEqual({
      layout: 'afspraken',
      title: 'Nieuwbouw',
      afspraken: [
        { id: 'nie-01', text: 'We bouwen 200 sociale huurwoningen.', toelichting: 'In drie wijken.', trekker: ['woningcorporaties'], gereed: 'Doorlopend' },
        { id: 'nie-02', text: 'De gemeente zoekt locaties.', trekker: ['gemeente', 'mooiland'], gereed: 'Q3 2025' },
      ],
    });
  });

  it('reads the parties from the signing sentence and the signatory lines', () => {
    expect(Object.entries(imported.loaded.raamovereenkomst.parties).map(([id, p]) => [id, p.name, p.shortName, p.kind])).toEqual([
      ['dronten', 'gemeente Dronten', 'gemeente Dronten', 'gemeente'],
      ['welwonen', 'Stichting Welwonen', 'Welwonen', 'woningcorporatie'],
      ['mooiland', 'Stichting Mooiland', 'Mooiland', 'woningcorporatie'],
      ['huurdersvereniging-dronten', 'Huurdersvereniging Dronten', 'Huurdersvereniging Dronten', 'huurdersorganisatie'],
    ]);
    expect(imported.loaded.jaarschijf.signing?.signatories).toEqual([
      { name: 'A. de Boer', role: 'wethouder', party: 'dronten' },
      { name: 'B. Smit', role: 'directeur-bestuurder', party: 'welwonen' },
      { name: 'C. Visser', role: 'directeur', party: 'mooiland' },
      { name: 'D. Bakker', role: 'voorzitter', party: 'huurdersvereniging-dronten' },
    ]);
    expect(readFileSync(join(imported.out, 'raamovereenkomst.ts'), 'utf8')).toContain("title: 'Raamovereenkomst Dronten 2023-2027',");
  });
});
