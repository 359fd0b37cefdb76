/**
 * The Word writer handles what other gemeenten' documents need (issue 14):
 * headings of four levels that keep with what follows, a table of contents
 * as Word's own TOC field, numbered lists (also in table cells), logos in
 * rows on the first page instead of a band, a cover page without header and
 * footer that still counts, and links to places in the document. Asserted on
 * the package's XML, and on LibreOffice's PDF of it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentsEntries } from '../src/document/contentsEntries.js';
import type { DocumentModel, Heading } from '../src/document/types.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import {
  attrsOf,
  bookmarksIn,
  child,
  childrenNamed,
  childrenOf,
  findAll,
  paragraphStyle,
  parseXml,
  partText,
  relationshipTargets,
  tagOf,
  textOf,
  unzipDocx,
  val,
  wordSections as sectionsOf,
  type Parts,
  type XmlNode,
} from './helpers/docx.js';
import { generalModel, minLogoHeight, nestedItems, numberedItems, partyNames } from './helpers/generalModel.js';
import { normalize } from './helpers/seed.js';
import { hasTool, run } from './helpers/tools.js';

const EMU_PER_POINT = 12700;

let doc: DocumentModel;
let bytes: Uint8Array;
let parts: Parts;
let body: XmlNode[];

beforeAll(async () => {
  doc = generalModel();
  bytes = await renderDocx(doc);
  parts = unzipDocx(bytes);
  body = parseXml(partText(parts, 'word/document.xml'));
});

/** Every element with one of the tags, in document order, looking inside matches too. */
function walk(nodes: readonly XmlNode[], tags: readonly string[]): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (tags.includes(tagOf(node))) found.push(node);
      visit(childrenOf(node));
    }
  };
  visit(nodes);
  return found;
}

const paragraphText = (p: XmlNode) => normalize(textOf(p));
const styleOf = paragraphStyle;

function stylesById(): Map<string, XmlNode> {
  const styles = findAll(parseXml(partText(parts, 'word/styles.xml')), 'w:style');
  return new Map(styles.map((s) => [attrsOf(s)['w:styleId']!, s]));
}

/** The body's paragraphs (also those in tables and content controls). */
const paragraphs = () => findAll(body, 'w:p');
const paragraphWithText = (text: string) => {
  const found = paragraphs().filter((p) => paragraphText(p) === text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

/** Bookmark name -> the paragraph it starts in. */
const bookmarks = () => bookmarksIn(paragraphs());

function tableOfContents(): XmlNode {
  const controls = findAll(body, 'w:sdt').filter((sdt) => findAll([sdt], 'w:docPartGallery').some((g) => val(g) === 'Table of Contents'));
  expect(controls).toHaveLength(1);
  return controls[0]!;
}

describe('Word document: headings', () => {
  it('has Heading 1 to 4 in the document’s look, each kept with the next paragraph and its lines together', () => {
    const styles = stylesById();
    const sizes: number[] = [];
    for (const level of [1, 2, 3, 4]) {
      const style = styles.get(`Heading${level}`)!;
      expect(style, `Heading${level}`).toBeDefined();
      const pPr = child(style, 'w:pPr');
      expect(child(pPr, 'w:keepNext'), `Heading${level} keepNext`).toBeDefined();
      expect(child(pPr, 'w:keepLines'), `Heading${level} keepLines`).toBeDefined();
      expect(val(child(pPr, 'w:outlineLvl'))).toBe(String(level - 1));
      const rPr = child(style, 'w:rPr');
      expect(val(child(rPr, 'w:color'))).toBe('1F4E79');
      sizes.push(Number(val(child(rPr, 'w:sz'))));
    }
    // Sizes step down from chapter to sub-heading.
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(new Set(sizes).size).toBe(4);
  });

  it('sets each heading in its level’s style, bookmarked under its anchor', () => {
    const marks = bookmarks();
    const headings = doc.sections.flatMap((s) => s.blocks.filter((b): b is Heading => b.type === 'heading'));
    expect(new Set(headings.map((h) => h.level))).toEqual(new Set([1, 2, 3, 4]));
    for (const h of headings) {
      const p = paragraphWithText(h.text);
      expect(styleOf(p), h.text).toBe(h.toc === false ? `Heading${h.level}Unlisted` : `Heading${h.level}`);
      expect(marks.get(h.anchor.replace(/-/g, '_')), h.anchor).toBe(p);
    }
  });

  it('gives a heading left out of the contents its level’s look without an outline level', () => {
    const style = stylesById().get('Heading2Unlisted')!;
    expect(val(child(style, 'w:basedOn'))).toBe('Heading2');
    expect(val(child(child(style, 'w:pPr'), 'w:outlineLvl'))).toBe('9');
  });
});

describe('Word document: table of contents', () => {
  it('is a TOC field over its entries, with its title as a TOC Heading in front', () => {
    const content = child(tableOfContents(), 'w:sdtContent')!;
    const [title, ...entries] = childrenNamed(content, 'w:p');
    expect(styleOf(title!)).toBe('TOCHeading');
    expect(paragraphText(title!)).toBe('Inhoudsopgave');
    expect(val(child(child(stylesById().get('TOCHeading'), 'w:pPr'), 'w:outlineLvl'))).toBe('9');

    // The field's characters and instructions in order: TOC begin, instruction, separate, the entries' PAGEREF fields, end.
    const events = walk(entries, ['w:fldChar', 'w:instrText']).map((n) => (tagOf(n) === 'w:fldChar' ? attrsOf(n)['w:fldCharType']! : normalize(textOf(n))));
    expect(events.slice(0, 3)).toEqual(['begin', 'TOC \\o "1-3" \\h \\z \\u', 'separate']);
    expect(events.at(-1)).toBe('end');
    const depth = events.reduce<number[]>((d, e) => [...d, (d.at(-1) ?? 0) + (e === 'begin' ? 1 : e === 'end' ? -1 : 0)], []);
    // The TOC field stays open until the last event.
    expect(depth.slice(0, -1).every((d) => d >= 1)).toBe(true);
    expect(depth.at(-1)).toBe(0);
    expect(events.filter((e) => e.startsWith('PAGEREF'))).toHaveLength(entries.length);
  });

  it('lists every heading of levels 1 to 3 in the contents, each linked to its heading’s bookmark, with a right tab to a page number Word fills in', () => {
    const expected = contentsEntries(doc.sections, 3);
    expect(expected.map((h) => h.text)).not.toContain('1.2 Niet in de inhoud');
    expect(expected.map((h) => h.text)).not.toContain('Een tussenkop in de tekst');
    const entries = childrenNamed(child(tableOfContents(), 'w:sdtContent')!, 'w:p').slice(1);
    expect(entries).toHaveLength(expected.length);
    const marks = bookmarks();
    entries.forEach((entry, i) => {
      const heading = expected[i]!;
      expect(styleOf(entry)).toBe(`TOC${heading.level}`);
      const tab = child(child(child(entry, 'w:pPr'), 'w:tabs'), 'w:tab')!;
      // No dots before Word has the page number (it rebuilds the entries with its dotted leader).
      expect(attrsOf(tab)).toMatchObject({ 'w:val': 'right', 'w:leader': 'none' });
      const links = findAll([entry], 'w:hyperlink');
      expect(links).toHaveLength(1);
      const anchor = attrsOf(links[0]!)['w:anchor']!;
      // What it shows: the heading's text (the field instruction is not shown).
      expect(normalize(walk(links, ['w:t']).map(textOf).join(''))).toBe(heading.text);
      // The bookmark exists, on the heading the entry names.
      expect(marks.has(anchor), anchor).toBe(true);
      expect(paragraphText(marks.get(anchor)!)).toBe(heading.text);
      expect(walk([entry], ['w:instrText']).map((n) => normalize(textOf(n)))).toContain(`PAGEREF ${anchor} \\h`);
    });
  });

  it('asks Word to update the fields when it opens the file', () => {
    const settings = findAll(parseXml(partText(parts, 'word/settings.xml')), 'w:updateFields');
    expect(settings).toHaveLength(1);
    expect(val(settings[0]) ?? 'true').toMatch(/^(true|1|on)$/);
  });

  it('has entry styles toc 1 to 3, indented by level', () => {
    const styles = stylesById();
    const indents = [1, 2, 3].map((level) => {
      const style = styles.get(`TOC${level}`)!;
      expect(attrsOf(child(style, 'w:name')!)['w:val']).toBe(`toc ${level}`);
      return Number(attrsOf(child(child(style, 'w:pPr'), 'w:ind') ?? {})['w:left'] ?? 0);
    });
    expect(indents[0]).toBeLessThan(indents[1]!);
    expect(indents[1]).toBeLessThan(indents[2]!);
  });

  it('leaves a hint to update it when there are no headings to list, and no TOC settings without a table of contents', async () => {
    const empty: DocumentModel = { ...doc, sections: [{ id: 'x', bookmark: 'X', startOnNewPage: false, blocks: [{ type: 'contents', title: 'Inhoud', depth: 2 }] }] };
    const emptyBody = parseXml(partText(unzipDocx(await renderDocx(empty)), 'word/document.xml'));
    expect(walk(emptyBody, ['w:instrText']).map((n) => normalize(textOf(n)))).toEqual(['TOC \\o "1-2" \\h \\z \\u']);
    expect(normalize(textOf(findAll(emptyBody, 'w:sdtContent')[0]!))).toContain('Werk de inhoudsopgave bij (F9)');

    const none: DocumentModel = { ...doc, sections: doc.sections.filter((s) => !s.blocks.some((b) => b.type === 'contents')) };
    const noneParts = unzipDocx(await renderDocx(none));
    expect(partText(noneParts, 'word/settings.xml')).not.toContain('updateFields');
    expect(partText(noneParts, 'word/document.xml')).not.toContain('TOC \\o');
  });
});

describe('Word document: numbered lists', () => {
  const numbering = () => parseXml(partText(parts, 'word/numbering.xml'));

  /** The format and start of a numbered paragraph's level, through its w:num and abstract numbering. */
  function numberFormat(p: XmlNode): { numId: string; format: string; start: string; text: string } {
    const numPr = child(child(p, 'w:pPr'), 'w:numPr');
    expect(numPr, paragraphText(p)).toBeDefined();
    const numId = val(child(numPr, 'w:numId'))!;
    const level = val(child(numPr, 'w:ilvl'))!;
    const num = findAll(numbering(), 'w:num').find((n) => attrsOf(n)['w:numId'] === numId)!;
    const abstractId = val(child(num, 'w:abstractNumId'));
    const abstract = findAll(numbering(), 'w:abstractNum').find((a) => attrsOf(a)['w:abstractNumId'] === abstractId)!;
    const lvl = childrenNamed(abstract, 'w:lvl').find((l) => attrsOf(l)['w:ilvl'] === level)!;
    const override = childrenNamed(num, 'w:lvlOverride').find((o) => attrsOf(o)['w:ilvl'] === level);
    return { numId, format: val(child(lvl, 'w:numFmt'))!, start: val(child(override, 'w:startOverride')) ?? val(child(lvl, 'w:start'))!, text: val(child(lvl, 'w:lvlText'))! };
  }

  it('numbers a numbered list’s items with a decimal Word numbering, items inside an item with letters', () => {
    expect(partText(parts, 'word/numbering.xml')).toContain('w:numFmt w:val="decimal"');
    const items = numberedItems.map((text) => numberFormat(paragraphWithText(text)));
    for (const item of items) expect(item).toMatchObject({ format: 'decimal', start: '1', text: '%1.' });
    // One list: one numbering instance, counting on.
    expect(new Set(items.map((i) => i.numId)).size).toBe(1);
    for (const text of nestedItems) expect(numberFormat(paragraphWithText(text))).toMatchObject({ format: 'lowerLetter', text: '%2.' });
  });

  it('starts each numbered list on its own, from its start', () => {
    const first = numberFormat(paragraphWithText(numberedItems[0]!));
    const second = numberFormat(paragraphWithText('derde punt'));
    expect(second).toMatchObject({ format: 'decimal', start: '3' });
    expect(second.numId).not.toBe(first.numId);
  });

  it('numbers a list in a table cell too, and keeps bullets for a bullet list', () => {
    const cellItems = ['plannen maken', 'vergunning aanvragen', 'bouwen'].map((text) => paragraphWithText(text));
    const inCells = new Set(findAll(body, 'w:tc').flatMap((tc) => findAll([tc], 'w:p')));
    for (const p of cellItems) {
      expect(inCells.has(p)).toBe(true);
      expect(numberFormat(p)).toMatchObject({ format: 'decimal', start: '1' });
    }
    expect(numberFormat(paragraphWithText('een opsomming')).format).toBe('bullet');
  });
});

describe('Word document: logos in rows', () => {
  const logoParagraphs = () => paragraphs().filter((p) => findAll([p], 'w:drawing').length > 0);

  it('sets fourteen logos in two centred rows, each at least the minimum height and within the body', () => {
    const rows = logoParagraphs();
    expect(rows).toHaveLength(2);
    expect(rows.map((p) => findAll([p], 'w:drawing').length)).toEqual([7, 7]);
    const bodyWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const min = Math.round((8 * 72 * EMU_PER_POINT) / 25.4);
    expect(min).toBe(288000);
    expect(Math.round(minLogoHeight * EMU_PER_POINT)).toBe(min);
    for (const row of rows) {
      const extents = findAll([row], 'wp:extent').map((e) => ({ cx: Number(attrsOf(e)['cx']), cy: Number(attrsOf(e)['cy']) }));
      for (const { cy } of extents) expect(cy).toBeGreaterThanOrEqual(min);
      expect(extents.reduce((sum, e) => sum + e.cx, 0)).toBeLessThanOrEqual(bodyWidth * EMU_PER_POINT);
      // Centred: the first and last logo's tab stops lie as far from the body's edges.
      const stops = findAll([row], 'w:tab').filter((t) => attrsOf(t)['w:val'] === 'center').map((t) => Number(attrsOf(t)['w:pos']));
      expect(stops).toHaveLength(7);
      expect(Math.abs(stops[0]! + stops.at(-1)! - bodyWidth * 20)).toBeLessThan(4);
    }
  });

  it('gives each logo its party’s name as description, as SVG with a PNG fallback', () => {
    const drawings = logoParagraphs().flatMap((p) => findAll([p], 'w:drawing'));
    expect(drawings.map((d) => attrsOf(findAll([d], 'wp:docPr')[0]!)['descr'])).toEqual(partyNames);
    const targets = relationshipTargets(parts, 'word/document.xml');
    for (const drawing of drawings) {
      const blip = findAll([drawing], 'a:blip')[0]!;
      expect(targets.get(attrsOf(blip)['r:embed']!)).toMatch(/\.png$/);
      expect(targets.get(attrsOf(findAll([blip], 'asvg:svgBlip')[0]!)['r:embed']!)).toMatch(/\.svg$/);
    }
  });
});

describe('Word document: header placement and the cover', () => {
  /** The body's Word sections, in order; none restarts the page numbers. */
  function wordSections(p: Parts): { header: string; footer: string }[] {
    const sections = sectionsOf(p);
    for (const { properties } of sections) expect(findAll([properties], 'w:pgNumType').every((n) => attrsOf(n)['w:start'] === undefined)).toBe(true);
    return sections;
  }

  it('puts the cover in a Word section of its own, without header band and footer; the pages after it number on', () => {
    const [cover, rest, ...more] = wordSections(parts);
    expect(more).toHaveLength(0);
    for (const part of [cover!.header, cover!.footer]) {
      expect(part).not.toContain('<w:drawing');
      expect(part).not.toContain('w:fldChar');
      expect(part).not.toContain('w:fldSimple');
      expect(findAll(parseXml(part), 'w:t')).toHaveLength(0);
    }
    expect(rest!.footer).toMatch(/PAGE/);
    // The cover's section ends after the cover's blocks: the subtitle's paragraph carries its section properties.
    const sectionEnd = paragraphs().find((p) => child(child(p, 'w:pPr'), 'w:sectPr'))!;
    expect(paragraphText(sectionEnd)).toBe('Jaarschijf 2026 bij de raamovereenkomst 2025-2029');
  });

  it('with the logos on the first page, has no logo band in the header of the later pages', () => {
    const [, rest] = wordSections(parts);
    expect(rest!.header).not.toContain('<w:drawing');
  });

  it('with a band, keeps the logos in the header of every page but the cover', async () => {
    const band = unzipDocx(await renderDocx(generalModel({ placement: 'band' })));
    const [cover, rest] = wordSections(band);
    expect(cover!.header).not.toContain('<w:drawing');
    expect(findAll(parseXml(rest!.header), 'w:drawing')).toHaveLength(partyNames.length);
  });

  it('marks a draft’s cover page as a draft too', async () => {
    const draft = unzipDocx(await renderDocx(generalModel({ draft: true })));
    const [cover, rest] = wordSections(draft);
    expect(cover!.header).toContain('CONCEPT');
    expect(rest!.header).toContain('CONCEPT');
    expect(cover!.footer).not.toContain('w:fldChar');
  });
});

describe('Word document: links to places in the document', () => {
  const links = () =>
    findAll(body, 'w:hyperlink').filter((h) => !new Set(findAll([tableOfContents()], 'w:hyperlink')).has(h));

  it('links to a section and a table through bookmarks of those names', () => {
    const marks = bookmarks();
    const byText = new Map(links().map((l) => [normalize(textOf(l)), attrsOf(l)['w:anchor']!]));
    expect([...byText.keys()].sort()).toEqual(['bijlage 1', 'de afsprakentabel']);
    for (const anchor of byText.values()) expect(marks.has(anchor), anchor).toBe(true);
    // The annex section's bookmark is at its first block, the table's in its header row.
    expect(paragraphText(marks.get(byText.get('bijlage 1')!)!)).toBe('Bijlage 1');
    const table = findAll(body, 'w:tbl').find((t) => findAll([t], 'w:bookmarkStart').some((b) => attrsOf(b)['w:name'] === byText.get('de afsprakentabel')));
    expect(table && normalize(textOf(childrenNamed(table, 'w:tr')[0]!))).toBe('Afspraak Trekker Gereed');
  });

  it('names every bookmark once, with ids unique in the document', () => {
    const starts = findAll(body, 'w:bookmarkStart');
    const names = starts.map((b) => attrsOf(b)['w:name']);
    const ids = starts.map((b) => attrsOf(b)['w:id']);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(findAll(body, 'w:bookmarkEnd').map((b) => attrsOf(b)['w:id']))).toEqual(new Set(ids));
  });

  it('keeps anchors apart that Word’s 40-character bookmark names would join', async () => {
    const long = 'hoofdstuk-over-de-betaalbaarheid-van-het-wonen';
    const headings: Heading[] = [
      { type: 'heading', level: 1, text: 'Eerste', anchor: `${long}-1` },
      { type: 'heading', level: 1, text: 'Tweede', anchor: `${long}-2` },
    ];
    const model: DocumentModel = { ...doc, sections: [{ id: 's', bookmark: 'S', startOnNewPage: false, blocks: [{ type: 'contents', title: 'Inhoud', depth: 1 }, ...headings] }] };
    const xml = parseXml(partText(unzipDocx(await renderDocx(model)), 'word/document.xml'));
    const names = findAll(xml, 'w:bookmarkStart').map((b) => attrsOf(b)['w:name']!);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(40);
    expect(findAll(xml, 'w:hyperlink').map((h) => attrsOf(h)['w:anchor'])).toEqual(names);
  });
});

describe('Word document: deterministic with the new parts', () => {
  it('renders the same model to the same bytes, also after another document', async () => {
    await renderDocx(generalModel({ placement: 'band', draft: true }));
    expect(Buffer.from(await renderDocx(generalModel())).equals(Buffer.from(bytes))).toBe(true);
  });
});

const available = hasTool('soffice') && hasTool('pdftotext');

describe.skipIf(!available)('Word document with the new parts, in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-docx-general-'));
  // A profile of its own, so parallel runs don't share LibreOffice's user installation.
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  let pages: string[] = [];

  beforeAll(async () => {
    writeFileSync(join(dir, 'general.docx'), await renderDocx(generalModel()));
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'general.docx')]);
    pages = run('pdftotext', ['-enc', 'UTF-8', join(dir, 'general.pdf'), '-']).split('\f').map(normalize);
    if (pages.at(-1) === '') pages.pop();
  }, 120_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows the cover without page number, then the contents on page 2 with every entry', () => {
    expect(pages[0]).toContain('Prestatieafspraken Voorbeeldstad 2026');
    expect(pages[0]).not.toContain('Pagina');
    expect(pages[1]).toContain('Inhoudsopgave');
    expect(pages[1]).toContain(`Pagina 2 van ${pages.length}`);
    for (const heading of contentsEntries(doc.sections, 3)) expect(pages[1]).toContain(heading.text);
    expect(pages[1]).not.toContain('Niet in de inhoud');
  });

  it('shows the headings and the numbered items with their numbers', () => {
    const text = pages.slice(2).join(' ');
    for (const heading of doc.sections.flatMap((s) => s.blocks.filter((b): b is Heading => b.type === 'heading'))) expect(text).toContain(heading.text);
    expect(text).toContain(`1. ${numberedItems[0]}`);
    expect(text).toContain(`2. ${numberedItems[1]}`);
    expect(text).toContain(`a. ${nestedItems[0]}`);
    expect(text).toContain(`3. ${numberedItems[2]}`);
    expect(text).toContain('3. derde punt');
    expect(text).toContain('1. plannen maken');
  });
});
