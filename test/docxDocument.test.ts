/**
 * The Word document of the example (Harderwijk, jaarschijf 2024), read back
 * from the rendered file: tables against the original seed document, header,
 * footer, signatures, styles, settings, properties and embedded fonts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../src/document/types.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { fontFile } from '../src/fonts/sourceSans.js';
import { loadJaarschijf, type LoadedJaarschijf } from '../src/sources/loadJaarschijf.js';
import {
  attrsOf,
  childrenNamed,
  childrenOf,
  findAll,
  parseXml,
  partText,
  relationshipTargets,
  seedMergedCells,
  tagOf,
  textOf,
  unzipDocx,
  type Parts,
  type XmlNode,
} from './helpers/docx.js';
import { normalize, plain, readSeed } from './helpers/seed.js';

let loaded: LoadedJaarschijf;
let doc: DocumentModel;
let parts: Parts;
let body: XmlNode[];
let tables: XmlNode[];

beforeAll(async () => {
  loaded = await loadJaarschijf('agreements/harderwijk/2024.ts');
  doc = buildJaarschijfDocument(loaded);
  parts = unzipDocx(await renderDocx(doc));
  body = childrenOf(findAll(parseXml(partText(parts, 'word/document.xml')), 'w:body')[0]!);
  tables = body.filter((node) => tagOf(node) === 'w:tbl');
});

const rowsOf = (table: XmlNode) => childrenNamed(table, 'w:tr');
const cellsOf = (row: XmlNode) => childrenNamed(row, 'w:tc');
const propsOf = (node: XmlNode, tag: string) => childrenNamed(node, tag)[0];
const has = (node: XmlNode | undefined, tag: string) => (node ? childrenNamed(node, tag).length > 0 : false);
/** 'restart', 'continue' or undefined for a cell that isn't merged. */
const vMergeOf = (cell: XmlNode) => {
  const merge = childrenNamed(propsOf(cell, 'w:tcPr') ?? { 'w:tcPr': [] }, 'w:vMerge')[0];
  return merge ? (attrsOf(merge)['w:val'] ?? 'continue') : undefined;
};
const styleOf = (p: XmlNode) => attrsOf(childrenNamed(propsOf(p, 'w:pPr') ?? { 'w:pPr': [] }, 'w:pStyle')[0] ?? {})['w:val'];

describe('Word document: theme tables', () => {
  it('has one table per theme with the seed number of rows, plus the signature table', () => {
    const seed = readSeed();
    expect(tables).toHaveLength(seed.themes.length + 1);
    expect(seed.themes.map((t) => t.rows.length)).toEqual([17, 11, 15, 15, 11, 9, 16]);
    seed.themes.forEach((theme, i) => expect(rowsOf(tables[i]!)).toHaveLength(theme.rows.length + 1));
  });

  it('has a fixed layout over the body width with the model’s column widths and the named table style', () => {
    const bodyWidth = Math.round((doc.page.width - doc.page.margins.left - doc.page.margins.right) * 20);
    for (const table of tables.slice(0, 7)) {
      const tblPr = propsOf(table, 'w:tblPr')!;
      expect(attrsOf(childrenNamed(tblPr, 'w:tblStyle')[0]!)['w:val']).toBe('JaarschijfTable');
      expect(attrsOf(childrenNamed(tblPr, 'w:tblLayout')[0]!)['w:type']).toBe('fixed');
      expect(Number(attrsOf(childrenNamed(tblPr, 'w:tblW')[0]!)['w:w'])).toBe(bodyWidth);
      const grid = childrenNamed(propsOf(table, 'w:tblGrid')!, 'w:gridCol').map((col) => Number(attrsOf(col)['w:w']));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(bodyWidth);
      expect(grid[0]! / bodyWidth).toBeCloseTo(0.035, 2);
    }
  });

  it('repeats a header row with the years from the data, dark blue with bold white text', () => {
    const years = [loaded.previous!.jaarschijf.year, loaded.jaarschijf.year];
    tables.slice(0, 7).forEach((table, i) => {
      const header = rowsOf(table)[0]!;
      expect(has(propsOf(header, 'w:trPr'), 'w:tblHeader')).toBe(true);
      // Only the first row repeats.
      expect(rowsOf(table).slice(1).some((row) => has(propsOf(row, 'w:trPr'), 'w:tblHeader'))).toBe(false);
      const texts = cellsOf(header).map((cell) => normalize(textOf(cell)));
      if (i < 6) expect(texts).toEqual(['', 'Doelstelling', 'Kaderafspraken 2022-2026', ...years.map((y) => `Jaarafspraken ${y}`)]);
      else expect(texts).toEqual(['', 'Afspraak', 'Toelichting', 'Trekker', 'Gereed']);
      for (const cell of cellsOf(header)) {
        expect(attrsOf(childrenNamed(propsOf(cell, 'w:tcPr')!, 'w:shd')[0]!)['w:fill']).toBe('1F4E79');
        for (const p of childrenNamed(cell, 'w:p')) expect(styleOf(p)).toBe('TableHeading');
      }
    });
    const heading = parseXml(partText(parts, 'word/styles.xml'));
    const tableHeading = findAll(heading, 'w:style').find((s) => attrsOf(s)['w:styleId'] === 'TableHeading')!;
    const rPr = propsOf(tableHeading, 'w:rPr')!;
    expect(has(rPr, 'w:b')).toBe(true);
    expect(attrsOf(childrenNamed(rPr, 'w:color')[0]!)['w:val']).toBe('FFFFFF');
  });

  it('numbers the rows, keeps them whole where they fit and has every cell of every row', () => {
    tables.slice(0, 7).forEach((table) => {
      const columns = childrenNamed(propsOf(table, 'w:tblGrid')!, 'w:gridCol').length;
      rowsOf(table).slice(1).forEach((row, r) => {
        expect(has(propsOf(row, 'w:trPr'), 'w:cantSplit')).toBe(true);
        expect(cellsOf(row)).toHaveLength(columns);
        expect(normalize(textOf(cellsOf(row)[0]!))).toBe(`${r + 1}.`);
      });
    });
  });

  it('merges the Doelstelling and Kaderafspraak cells over the rows the seed merges them', () => {
    const merged = seedMergedCells();
    readSeed().themes.slice(0, 6).forEach((theme, t) => {
      const rows = rowsOf(tables[t]!).slice(1);
      for (const column of [1, 2]) {
        const actual = rows.map((row) => vMergeOf(cellsOf(row)[column]!) === 'continue');
        const expected = theme.rows.map((_, r) => merged[t]![r]![column - 1]!);
        expect({ theme: theme.number, column, continued: actual }).toEqual({ theme: theme.number, column, continued: expected });
        // A merge starts with a restart cell right above its first continuation.
        rows.forEach((_row, r) => {
          if (actual[r] && !actual[r - 1]) expect(vMergeOf(cellsOf(rows[r - 1]!)[column]!)).toBe('restart');
        });
      }
      // The year columns are never merged.
      for (const row of rows) for (const column of [3, 4]) expect(vMergeOf(cellsOf(row)[column]!)).toBeUndefined();
    });
  });

  it('has every seed cell’s text in its row and column (merged cells: in the cell that starts the merge)', () => {
    readSeed().themes.forEach((theme, t) => {
      const rows = rowsOf(tables[t]!).slice(1);
      const above: string[] = [];
      theme.rows.forEach((seedRow, r) => {
        const cells = cellsOf(rows[r]!).slice(1);
        seedRow.cells.forEach((expected, c) => {
          const cell = cells[c]!;
          const text = vMergeOf(cell) === 'continue' ? above[c]! : normalize(textOf(cell));
          above[c] = text;
          expect({ theme: theme.number, row: r + 1, column: c + 1, text }).toEqual({ theme: theme.number, row: r + 1, column: c + 1, text: plain(expected) });
        });
      });
    });
  });

  it('gives each table its summary as Word alternative text', () => {
    const summaries = doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'table' ? [b.summary] : [])));
    const descriptions = tables.slice(0, 7).map((table) => attrsOf(childrenNamed(propsOf(table, 'w:tblPr')!, 'w:tblDescription')[0]!)['w:val']);
    expect(descriptions).toEqual(summaries);
  });
});

describe('Word document: text, header, footer and signatures', () => {
  it('has the title, and each theme as Heading 1 with its seed title', () => {
    const paragraphs = body.filter((node) => tagOf(node) === 'w:p');
    const titled = paragraphs.filter((p) => styleOf(p) === 'Title').map((p) => normalize(textOf(p)));
    expect(titled).toEqual([loaded.jaarschijf.title]);
    const headings = paragraphs.filter((p) => styleOf(p) === 'Heading1').map((p) => normalize(textOf(p)));
    expect(headings).toEqual(['Inleiding', ...readSeed().themes.map((t) => `${t.number}. Thema ${t.title}`)]);
  });

  it('starts the first theme and the signature page on a new page', () => {
    const breaking = body.filter((p) => tagOf(p) === 'w:p' && has(propsOf(p, 'w:pPr'), 'w:pageBreakBefore')).map((p) => normalize(textOf(p)));
    expect(breaking).toEqual(['1. Thema Beschikbaarheid', 'Harderwijk, 12 december 2023']);
  });

  it('sets the introduction’s list as a real Word bullet list', () => {
    const items = body.filter((p) => tagOf(p) === 'w:p' && has(propsOf(p, 'w:pPr'), 'w:numPr')).map((p) => normalize(textOf(p)));
    expect(items).toEqual(['Wat de ambitie is;', 'Aan welke meerjarige kaderafpraak we bijdragen;', 'Wat het doel is van de afspraak;', 'Wie trekker is van de afspraak.']);
    const numbering = partText(parts, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
  });

  it('puts the party logos, SVG with a PNG fallback, in the header of every section', () => {
    const sections = findAll(body, 'w:sectPr');
    expect(sections.length).toBeGreaterThan(0);
    const documentRels = relationshipTargets(parts, 'word/document.xml');
    for (const section of sections) {
      const references = childrenNamed(section, 'w:headerReference');
      expect(references.map((r) => attrsOf(r)['w:type'])).toContain('default');
      for (const reference of references) {
        const headerName = `word/${documentRels.get(attrsOf(reference)['r:id']!)!}`;
        const header = parseXml(partText(parts, headerName));
        const rels = relationshipTargets(parts, headerName);
        const drawings = findAll(header, 'w:drawing');
        expect(drawings.map((d) => attrsOf(findAll([d], 'wp:docPr')[0]!)['descr'])).toEqual(doc.header.logos.map((l) => l.name));
        for (const drawing of drawings) {
          const blip = findAll([drawing], 'a:blip')[0]!;
          const png = parts[`word/${rels.get(attrsOf(blip)['r:embed']!)!}`]!;
          expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
          const svgBlip = findAll([blip], 'asvg:svgBlip')[0]!;
          const svg = new TextDecoder().decode(parts[`word/${rels.get(attrsOf(svgBlip)['r:embed']!)!}`]!);
          expect(svg).toContain('<svg');
        }
      }
    }
  });

  it('has "Pagina X van Y" with PAGE and NUMPAGES fields in the footer', () => {
    const footerName = [...relationshipTargets(parts, 'word/document.xml').values()].find((target) => target.startsWith('footer'))!;
    const footer = parseXml(partText(parts, `word/${footerName}`));
    const runs = findAll(footer, 'w:r');
    const sequence = runs.map((r) => {
      const instr = findAll([r], 'w:instrText')[0];
      return instr ? `{${normalize(textOf(instr))}}` : textOf(r);
    });
    expect(sequence.join('')).toBe('Pagina {PAGE} van {NUMPAGES}');
  });

  it('ends with the signature page: each signatory’s lines in a borderless table whose rows do not split', () => {
    const signatures = tables[7]!;
    const text = normalize(textOf(signatures));
    for (const s of loaded.jaarschijf.signing!.signatories) expect(text).toContain(s.name);
    const signatories = doc.sections.at(-1)!.blocks.flatMap((b) => (b.type === 'signatures' ? b.signatories : []));
    for (const s of signatories) for (const line of s.lines) expect(text).toContain(normalize(line));
    for (const row of rowsOf(signatures)) expect(has(propsOf(row, 'w:trPr'), 'w:cantSplit')).toBe(true);
    const borders = childrenOf(propsOf(propsOf(signatures, 'w:tblPr')!, 'w:tblBorders')!);
    for (const border of borders) expect(attrsOf(border)['w:val']).toBe('none');
  });

  it('is not a draft: no CONCEPT mark', () => {
    const headers = Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/.test(name));
    for (const name of headers) expect(partText(parts, name)).not.toContain('CONCEPT');
  });
});

describe('Word document: styles, settings, properties, fonts', () => {
  it('has Dutch as the language of the styles, and the document’s styles', () => {
    const styles = parseXml(partText(parts, 'word/styles.xml'));
    const defaults = findAll(styles, 'w:rPrDefault')[0]!;
    expect(attrsOf(findAll([defaults], 'w:lang')[0]!)['w:val']).toBe('nl-NL');
    expect(attrsOf(findAll([defaults], 'w:rFonts')[0]!)['w:ascii']).toBe('Source Sans 3');
    const ids = findAll(styles, 'w:style').map((s) => attrsOf(s)['w:styleId']);
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'BodyText', 'TableText', 'TableHeading', 'Note', 'NoteChar', 'Hyperlink', 'JaarschijfTable']) {
      expect(ids).toContain(id);
    }
  });

  it('turns on automatic hyphenation and embedding of fonts', () => {
    const settings = partText(parts, 'word/settings.xml');
    expect(settings).toMatch(/<w:autoHyphenation\/>|<w:autoHyphenation w:val="(true|1|on)"\/>/);
    expect(settings).toContain('<w:embedTrueTypeFonts/>');
  });

  it('lays out A4 in the model’s orientation and margins', () => {
    const section = findAll(body, 'w:sectPr')[0]!;
    const size = attrsOf(childrenNamed(section, 'w:pgSz')[0]!);
    expect(size).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    const margins = attrsOf(childrenNamed(section, 'w:pgMar')[0]!);
    const twips = (pt: number) => String(Math.round(pt * 20));
    expect(margins).toMatchObject({
      'w:top': twips(doc.page.margins.top),
      'w:left': twips(doc.page.margins.left),
      'w:header': twips(doc.page.headerTop),
      'w:footer': twips(doc.page.footerBottom),
    });
  });

  it('has the document properties from the source, dated with the signing date', () => {
    const core = partText(parts, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${loaded.jaarschijf.title}</dc:title>`);
    expect(core).toContain('<dc:subject>Prestatieafspraken Harderwijk, jaarschijf 2024</dc:subject>');
    expect(core).toContain(`<dc:creator>${doc.meta.author}</dc:creator>`);
    expect(core).toContain('<cp:keywords>prestatieafspraken, jaarschijf 2024, Harderwijk, Raamovereenkomst sociale huur 2022-2026</cp:keywords>');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    const date = `${loaded.jaarschijf.signing!.date}T00:00:00Z`;
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`);
    expect(partText(parts, 'docProps/app.xml')).toContain('<Company>Gemeente Harderwijk</Company>');
  });

  it('embeds the four Source Sans 3 faces from the npm package', () => {
    const fontTable = parseXml(partText(parts, 'word/fontTable.xml'));
    const font = findAll(fontTable, 'w:font').find((f) => attrsOf(f)['w:name'] === 'Source Sans 3')!;
    const rels = relationshipTargets(parts, 'word/fontTable.xml');
    const faces = { 'w:embedRegular': 'regular', 'w:embedBold': 'bold', 'w:embedItalic': 'italic', 'w:embedBoldItalic': 'boldItalic' } as const;
    for (const [element, face] of Object.entries(faces)) {
      const embed = childrenNamed(font, element)[0]!;
      const { 'r:id': id, 'w:fontKey': fontKey } = attrsOf(embed);
      const odttf = parts[`word/${rels.get(id!)!}`]!;
      // Undo the obfuscation (ECMA-376 part 2): the first 32 bytes XOR the key's bytes, read from its end.
      const key = fontKey!.replace(/[{}-]/g, '').match(/../g)!.map((b) => Number.parseInt(b, 16)).reverse();
      const ttf = Uint8Array.from(odttf, (byte, i) => (i < 32 ? byte ^ key[i % 16]! : byte));
      expect(Buffer.from(ttf).equals(readFileSync(fontFile(face))), `${face} face`).toBe(true);
    }
  });
});
