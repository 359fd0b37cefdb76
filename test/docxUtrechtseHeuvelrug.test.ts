/**
 * The second example (agreements/utrechtse-heuvelrug) through the compiled
 * CLI into Word, and a copy of it with fourteen parties and a text with a
 * numbered list, a `##` heading and a GFM table: numbered headings that keep
 * with what follows, the TOC field over them, the link to a bijlage's
 * bookmark, the bijlage's and the text's tables as real Word tables, a
 * decimal Word numbering, the cover without header band and footer, and
 * every logo on it at least 8 mm high. Asserted on the package's XML.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import {
  attrsOf,
  bookmarksIn,
  child,
  childrenNamed,
  findAll,
  paragraphStyle,
  parseXml,
  partText,
  tagOf,
  textOf,
  unzipDocx,
  val,
  wordSections,
  type Parts,
  type XmlNode,
} from './helpers/docx.js';
import { normalize } from './helpers/seed.js';

/** 8 mm in EMU (914400 a inch). */
const MIN_LOGO_EMU = Math.round((8 / 25.4) * 914400);
/** The body of a portrait A4 page with the default margins (17 mm left and right), in EMU. */
const BODY_EMU = Math.round(((210 - 34) / 25.4) * 914400);

const styleOf = paragraphStyle;
const text = (node: XmlNode) => normalize(textOf(node));
/** What a reader sees of a paragraph of the contents: its w:t runs (not the fields' instructions). */
const shown = (node: XmlNode) => normalize(findAll([node], 'w:t').map(textOf).join(''));

interface Rendered {
  parts: Parts;
  body: XmlNode[];
  paragraphs: XmlNode[];
}

function render(source: string, out: string): Rendered {
  const result = runCli(['render', source, '--format', 'docx', '-o', out]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const parts = unzipDocx(readFileSync(result.stdout.trim()));
  const body = parseXml(partText(parts, 'word/document.xml'));
  return { parts, body, paragraphs: findAll(body, 'w:p') };
}

const headings = (r: Rendered, level?: number) =>
  r.paragraphs.filter((p) => (level ? styleOf(p) === `Heading${level}` : /^Heading\d$/.test(styleOf(p) ?? '')));

const bookmarks = (r: Rendered) => bookmarksIn(r.paragraphs);

/** The paragraphs of logos (on the cover): each logo's drawn size in EMU. */
function logoRows(r: Rendered): { cx: number; cy: number }[][] {
  return r.paragraphs
    .filter((p) => findAll([p], 'w:drawing').length > 0)
    .map((p) => findAll([p], 'wp:extent').map((e) => ({ cx: Number(attrsOf(e)['cx']), cy: Number(attrsOf(e)['cy']) })));
}

/** The table whose header row reads `header`. */
function tableWithHeader(r: Rendered, header: string): XmlNode {
  const tables = findAll(r.body, 'w:tbl').filter((t) => text(childrenNamed(t, 'w:tr')[0]!) === header);
  expect(tables, header).toHaveLength(1);
  return tables[0]!;
}

const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-docx-uh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Word document of the second example', () => {
  let r: Rendered;
  beforeAll(() => {
    r = render('agreements/utrechtse-heuvelrug/2019.ts', join(dir, 'bundled'));
  }, 60_000);

  it('numbers its chapters and sections 1, 1.1, 1.1.1 in Heading 1 to 3, in order', () => {
    expect(headings(r, 1).map(text)).toEqual(expect.arrayContaining(['1 Voorwoord', "2 BOD 2019: Thema's van beleid", '4 Investeringen']));
    expect(headings(r, 2).map(text)).toContain('1.1 Nieuwe Woonvisie');
    expect(headings(r, 3).map(text)).toContain('2.1.1 Huisvesten specifieke doelgroepen');
    // Every numbered heading's number follows from the ones before it, and has as many parts as its level.
    const counters: number[] = [];
    let numbered = 0;
    for (const p of headings(r)) {
      const level = Number(styleOf(p)!.slice('Heading'.length));
      const number = /^(\d+(?:\.\d+)*) /.exec(text(p))?.[1];
      if (!number) continue;
      counters.length = level;
      counters[level - 1] = (counters[level - 1] ?? 0) + 1;
      for (let i = 0; i < level - 1; i++) counters[i] ??= 1;
      expect(number, text(p)).toBe(counters.join('.'));
      numbered++;
    }
    expect(numbered).toBeGreaterThanOrEqual(15);
  });

  it('keeps every heading style with the next paragraph and its lines together, the tables’ header rows with their first row, lead-ins and agreements with what follows', () => {
    const styles = new Map(findAll(parseXml(partText(r.parts, 'word/styles.xml')), 'w:style').map((s) => [attrsOf(s)['w:styleId']!, s]));
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'TableHeading']) {
      const pPr = child(styles.get(id), 'w:pPr');
      expect(child(pPr, 'w:keepNext'), id).toBeDefined();
      expect(val(child(pPr, 'w:keepNext')) ?? 'true', id).not.toMatch(/^(0|false|off)$/);
    }
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(child(child(styles.get(id), 'w:pPr'), 'w:keepLines'), id).toBeDefined();
    // No heading paragraph turns it off.
    for (const p of headings(r)) expect(child(child(p, 'w:pPr'), 'w:keepNext'), text(p)).toBeUndefined();
    // A short lead-in ending in ':' keeps with the list it introduces.
    const leadIn = r.paragraphs.find((p) => text(p).endsWith('Daaronder liggen deze afspraken:'))!;
    expect(child(child(leadIn, 'w:pPr'), 'w:keepNext')).toBeDefined();
    // An agreement in a list stays with its note (trekker, gereed) under it.
    const withNote = r.paragraphs.filter((p, i) => styleOf(p) === 'ListParagraph' && styleOf(r.paragraphs[i + 1]!) === 'Note');
    expect(withNote.length).toBeGreaterThanOrEqual(4);
    for (const p of withNote) expect(child(child(p, 'w:pPr'), 'w:keepNext'), text(p)).toBeDefined();
  });

  it('has a TOC field with its instruction over an entry for every heading of levels 1 to 3, each linking to its heading’s bookmark', () => {
    const instructions = findAll(r.body, 'w:instrText').map(text);
    expect(instructions.filter((i) => i.startsWith('TOC'))).toEqual(['TOC \\o "1-3" \\h \\z \\u']);
    const sdt = findAll(r.body, 'w:sdt').find((s) => findAll([s], 'w:docPartGallery').some((g) => val(g) === 'Table of Contents'))!;
    const entries = findAll([sdt], 'w:p').filter((p) => /^TOC\d$/.test(styleOf(p) ?? ''));
    const listed = headings(r).filter((p) => Number(styleOf(p)!.slice('Heading'.length)) <= 3);
    expect(entries.map(shown)).toEqual(listed.map(text));
    const marks = bookmarks(r);
    entries.forEach((entry, i) => {
      expect(styleOf(entry)).toBe(`TOC${styleOf(listed[i]!)!.slice('Heading'.length)}`);
      const anchor = attrsOf(findAll([entry], 'w:hyperlink')[0]!)['w:anchor']!;
      expect(marks.get(anchor), anchor).toBe(listed[i]);
    });
    expect(findAll(parseXml(partText(r.parts, 'word/settings.xml')), 'w:updateFields')).toHaveLength(1);
  });

  it('links “bijlage 1” in the voorwoord to the bijlage’s heading, and sets the bijlage’s table as a Word table', () => {
    const link = findAll(r.body, 'w:hyperlink').find((h) => text(h) === 'bijlage 1' && attrsOf(h)['w:anchor']);
    expect(link).toBeDefined();
    expect(text(bookmarks(r).get(attrsOf(link!)['w:anchor']!)!)).toBe('Bijlage 1 Lijst met afkortingen');
    const table = tableWithHeader(r, 'Afkorting Betekenis');
    expect(childrenNamed(table, 'w:tr').slice(1).map((tr) => text(tr))).toEqual([
      'GUH gemeente Utrechtse Heuvelrug',
      "HO's huurdersorganisaties",
      'HpF A&O HpF Amerongen en Omstreken',
      'wbv woningbouwvereniging',
      'kpi key performance indicator',
    ]);
  });

  it('starts with a cover without logo band and page number; its seven logos stand on it, at least 8 mm high, and not in the later pages’ header', () => {
    const [cover, rest, ...more] = wordSections(r.parts);
    expect(more).toHaveLength(0);
    for (const part of [cover!.header, cover!.footer, rest!.header]) expect(part).not.toContain('<w:drawing');
    expect(cover!.footer).not.toContain('PAGE');
    expect(rest!.footer).toContain('PAGE');
    const logos = logoRows(r).flat();
    expect(logos).toHaveLength(7);
    for (const { cy } of logos) expect(cy).toBeGreaterThanOrEqual(MIN_LOGO_EMU);
  });
});

describe('Word document of fourteen parties, with a numbered list, a heading and a GFM table in a text', () => {
  let r: Rendered;
  beforeAll(() => {
    const copy = join(dir, 'fourteen');
    cpSync(join(repoRoot, 'agreements/utrechtse-heuvelrug'), copy, { recursive: true });
    const source = join(copy, '2019.ts');
    let ts = readFileSync(source, 'utf8');
    // Fourteen logos of 2.5 : 1, the shape of many organisations' logos, each party its own.
    const logo = (i: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80"><rect x="1" y="1" width="198" height="78" rx="8" fill="#fff" stroke="hsl(${i * 25},50%,35%)" stroke-width="2"/><text x="100" y="50" text-anchor="middle" font-family="Source Sans 3" font-size="22">Partij ${i}</text></svg>`;
    let n = 0;
    ts = ts.replace(/logo: 'logos\/[^']+'/g, () => {
      n++;
      writeFileSync(join(copy, `logos/p${n}.svg`), logo(n));
      return `logo: 'logos/p${n}.svg'`;
    });
    const extra = Array.from({ length: 7 }, (_, k) => {
      writeFileSync(join(copy, `logos/p${n + k + 1}.svg`), logo(n + k + 1));
      return `    'extra-${k + 1}': { name: 'Huurdersvereniging ${k + 1}', shortName: 'HV ${k + 1}', kind: 'huurdersorganisatie', logo: 'logos/p${n + k + 1}.svg' },\n`;
    }).join('');
    ts = ts.replace(/(\n\s*huurderscollectief: \{[^\n]*\n)/, `$1${extra}`);
    const markdown = [
      'De partijen doen drie dingen:',
      '',
      '1. Zij stellen samen een planning op.',
      '2. Zij bespreken die elk kwartaal.',
      '3. Zij evalueren aan het eind van het jaar.',
      '',
      '## Overzicht per kern',
      '',
      '| Kern | Sociale huur | Middenhuur |',
      '| --- | --- | --- |',
      '| Doorn | 120 | 40 |',
      '| Driebergen | 85 | 25 |',
    ].join('\n');
    const before = ts;
    ts = ts.replace(/(title: 'Afspraken over de prestatieafspraken', text: )'[^']*'/, (_, head: string) => `${head}${JSON.stringify(markdown)}`);
    expect(n).toBe(7);
    expect(ts).not.toBe(before);
    writeFileSync(source, ts);
    r = render(source, join(copy, 'out'));
  }, 60_000);

  it('sets the fourteen logos in two rows on the cover, every one at least 8 mm high and each row within the body', () => {
    const rows = logoRows(r);
    expect(rows.map((row) => row.length)).toEqual([7, 7]);
    for (const row of rows) {
      for (const { cy } of row) expect(cy).toBeGreaterThanOrEqual(MIN_LOGO_EMU);
      expect(row.reduce((sum, l) => sum + l.cx, 0)).toBeLessThanOrEqual(BODY_EMU);
    }
    const [cover, rest] = wordSections(r.parts);
    expect(cover!.header).not.toContain('<w:drawing');
    expect(rest!.header).not.toContain('<w:drawing');
  });

  it('numbers the numbered list with a decimal Word numbering', () => {
    const numbering = parseXml(partText(r.parts, 'word/numbering.xml'));
    const items = ['Zij stellen samen een planning op.', 'Zij bespreken die elk kwartaal.', 'Zij evalueren aan het eind van het jaar.'].map(
      (t) => r.paragraphs.find((p) => text(p) === t)!,
    );
    const numIds = items.map((p) => val(child(child(child(p, 'w:pPr'), 'w:numPr'), 'w:numId'))!);
    expect(new Set(numIds).size).toBe(1);
    const num = findAll(numbering, 'w:num').find((x) => attrsOf(x)['w:numId'] === numIds[0])!;
    const abstract = findAll(numbering, 'w:abstractNum').find((a) => attrsOf(a)['w:abstractNumId'] === val(child(num, 'w:abstractNumId')))!;
    const level0 = childrenNamed(abstract, 'w:lvl').find((l) => attrsOf(l)['w:ilvl'] === '0')!;
    expect(val(child(level0, 'w:numFmt'))).toBe('decimal');
    expect(val(child(level0, 'w:lvlText'))).toBe('%1.');
    expect(partText(r.parts, 'word/numbering.xml')).toContain('w:numFmt w:val="decimal"');
  });

  it('makes the text’s `##` a numbered Heading 3 in the contents, and its GFM table a Word table', () => {
    const heading = headings(r, 3).find((p) => text(p) === '3.1.1 Overzicht per kern');
    expect(heading).toBeDefined();
    const sdt = findAll(r.body, 'w:sdt')[0]!;
    expect(findAll([sdt], 'w:p').map(shown)).toContain('3.1.1 Overzicht per kern');
    const table = tableWithHeader(r, 'Kern Sociale huur Middenhuur');
    expect(tagOf(table)).toBe('w:tbl');
    expect(childrenNamed(table, 'w:tr').slice(1).map((tr) => text(tr))).toEqual(['Doorn 120 40', 'Driebergen 85 25']);
    // The table's header row repeats and stays with its first row.
    expect(child(child(childrenNamed(table, 'w:tr')[0]!, 'w:trPr'), 'w:tblHeader')).toBeDefined();
  });
});
