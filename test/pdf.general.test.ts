/**
 * The PDF of documents in the general model, read back with poppler and qpdf:
 * the bundled Utrechtse Heuvelrug example, and a scratch copy of it with
 * fourteen parties (PNG logos, so pdfimages can measure them) and a chapter
 * whose Markdown holds a numbered list, a GFM table and sub-headings.
 * Asserted: numbered headings, a contents page whose page numbers are the
 * pages where the headings stand and whose entries link there, nested
 * bookmarks, links to places in the document, no heading last on a page,
 * "1." "2." for a numbered list, a text's table as a real table, and every
 * logo of fourteen at least 8 mm high on the first page and on no other.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import { bboxWords, findAll, nodeText, pageTexts, qpdfJson, structTree, tableGrid } from './helpers/pdf.js';
import { hasTool, run } from './helpers/tools.js';

const tools = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('pdfimages') && hasTool('qpdf');

/** Render a source through the CLI into a fresh folder; the PDF's path. */
function render(source: string, cwd = repoRoot): string {
  const out = mkdtempSync(join(tmpdir(), 'jaarschijf-general-'));
  const result = runCli(['render', source, '--format', 'pdf', '-o', out], { cwd });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trim().split('\n').find((l) => l.endsWith('.pdf'))!;
}

const extraParties = Array.from({ length: 7 }, (_, i) => i + 8);

const extraChapter = `{
      title: 'Uitvoering',
      id: 'uitvoering',
      text: \`De partijen voeren de afspraken in drie stappen uit:

1. Eerste stap van de uitvoering: de partijen stellen samen een planning op.
2. Tweede stap van de uitvoering: de corporaties leggen de planning voor aan de huurders.
3. Derde stap van de uitvoering: de gemeente neemt de planning op in haar begroting.

## Planning van het jaar

${Array.from({ length: 14 }, (_, i) => `Alinea ${i + 1} over de planning van het jaar, lang genoeg om over meer dan een regel te lopen, zodat de hoofdstukken over de pagina's schuiven en koppen aan het eind van een pagina terecht zouden kunnen komen.`).join('\n\n')}

| Kwartaal | Mijlpaal | Trekker |
| --- | --- | --- |
| Q1 | Startbijeenkomst | Federatie |
| Q2 | Tussenrapportage | Gemeente |
| Q3 | Huurdersavond | Huurdersorganisaties |

### Details van de planning

${Array.from({ length: 10 }, (_, i) => `Detailalinea ${i + 1} met een toelichting op de planning, eveneens lang genoeg voor twee regels tekst op een staande pagina van dit document.`).join('\n\n')}

## Verantwoording

De partijen verantwoorden de uitvoering in het jaarverslag.\`,
    },
`;

/** A scratch copy of the Utrechtse Heuvelrug example with fourteen parties, PNG logos of differing shapes, and a chapter of Markdown. */
function fourteenParties(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-14-'));
  cpSync(join(repoRoot, 'agreements/utrechtse-heuvelrug'), dir, { recursive: true });
  const file = join(dir, '2019.ts');
  let text = readFileSync(file, 'utf8').replace(/logo: 'logos\/([a-z-]+)\.svg'/g, "logo: 'logos/$1.png'");
  const parties = extraParties
    .map((n) => `    partij${n}: { name: 'Organisatie ${n}', shortName: 'Org ${n}', kind: '${n % 2 ? 'zorgpartij' : 'welzijnsorganisatie'}', logo: 'logos/partij${n}.png' },\n`)
    .join('');
  text = text.replace(/(\n    huurderscollectief: [^\n]*\n)/, `$1${parties}`).replace(/\n  chapters: \[\n/, `\n  chapters: [\n    ${extraChapter}`);
  writeFileSync(file, text);
  const names = [...text.matchAll(/logo: 'logos\/([a-z0-9-]+)\.png'/g)].map((m) => m[1]!);
  expect(names).toHaveLength(14);
  names.forEach((name, i) => {
    // Wide, square and tall logos: every shape must reach the least height.
    const [w, h] = [[360, 100], [120, 120], [240, 90], [90, 150], [300, 60]][i % 5]!;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#${(0x203040 + i * 0x0a0b0c).toString(16).slice(-6)}"/></svg>`;
    writeFileSync(join(dir, 'logos', `${name}.png`), new Resvg(svg).render().asPng());
  });
  return dir;
}

// ---- reading the PDF back -------------------------------------------------

interface Objects {
  get(ref: string): Record<string, unknown>;
  pages: string[];
}

/** qpdf's objects, the pages' object references in order, and the named destinations (name -> 0-based page). */
function destinations(file: string): { o: Objects; named: Map<string, number> } {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', '--json-key=pages', file])) as {
    qpdf: [unknown, Record<string, { value: Record<string, unknown> }>];
    pages: { object: string }[];
  };
  const all = json.qpdf[1];
  const o: Objects = { get: (ref) => all[`obj:${ref}`]!.value, pages: json.pages.map((p) => p.object) };
  const named = new Map<string, number>();
  // A node of the name tree: an object reference or a dictionary written in place.
  const walk = (ref: string | Record<string, unknown>) => {
    const node = (typeof ref === 'string' ? o.get(ref) : ref) as { '/Names'?: unknown[]; '/Kids'?: string[] };
    const names = node['/Names'] ?? [];
    for (let i = 0; i < names.length; i += 2) named.set(String(names[i]).replace(/^u:/, ''), o.pages.indexOf((names[i + 1] as string[])[0]!));
    for (const kid of node['/Kids'] ?? []) walk(kid);
  };
  const catalog = o.get(all.trailer!.value['/Root'] as string) as { '/Names'?: string | Record<string, unknown> };
  if (catalog['/Names']) {
    const names = catalog['/Names'];
    const dests = ((typeof names === 'string' ? o.get(names) : names) as { '/Dests'?: string })['/Dests'];
    if (dests) walk(dests);
  }
  return { o, named };
}

interface Link {
  page: number;
  rect: number[];
  /** The page it leads to (0-based), through an explicit or a named destination. */
  target: number;
  /** An explicit destination's top, from the page's top. */
  top?: number;
  name?: string;
}

function links(file: string): Link[] {
  const { o, named } = destinations(file);
  const found: Link[] = [];
  o.pages.forEach((ref, page) => {
    for (const a of ((o.get(ref)['/Annots'] as string[] | undefined) ?? []).map((r) => o.get(r))) {
      if (a['/Subtype'] !== '/Link') continue;
      const dest = a['/Dest'];
      if (typeof dest === 'string') found.push({ page, rect: a['/Rect'] as number[], target: named.get(dest.replace(/^u:/, '')) ?? -1, name: dest.replace(/^u:/, '') });
      else if (Array.isArray(dest)) {
        const target = o.pages.indexOf(dest[0] as string);
        const height = (o.get(dest[0] as string)['/MediaBox'] as number[])[3]!;
        found.push({ page, rect: a['/Rect'] as number[], target, top: height - (dest[3] as number) });
      }
    }
  });
  return found;
}

interface OutlineItem {
  title: string;
  destpageposfrom1: number;
  kids: OutlineItem[];
}

/** Lines of a page without the page furniture: the footer and the draft watermark's letters. */
function bodyLines(page: string): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Pagina \d+ van \d+$/.test(l) && !/^[CONEPT]+$/.test(l));
}

/** The contents page's entries (title, page number), read with pdftotext -layout. */
function contentsEntries(file: string): { contentsPage: number; entries: { title: string; page: number }[] } {
  const pages = pageTexts(file, 'layout');
  const contentsPage = pages.findIndex((p) => bodyLines(p)[0] === 'Inhoud');
  expect(contentsPage).toBeGreaterThanOrEqual(0);
  const entries = bodyLines(pages[contentsPage]!)
    .slice(1)
    .map((l) => /^(.*\S)\s{2,}(\d+)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
  return { contentsPage, entries };
}

/** The (0-based) pages whose body has `title` as a line of its own. */
function pagesWithLine(pages: readonly string[], title: string, except: number): number[] {
  return pages.flatMap((p, i) => (i !== except && bodyLines(p).includes(title) ? [i] : []));
}

const numberOf = (title: string) => /^(\d+(?:\.\d+)*) /.exec(title)?.[1];

/** Each number follows the one before as 1, 1.1, 1.1.1 numbering does: a first child, a next sibling, or a next ancestor's sibling. */
function expectNumberedInOrder(numbers: readonly string[]): void {
  let previous: number[] = [];
  for (const n of numbers) {
    const parts = n.split('.').map(Number);
    const k = parts.length - 1;
    const ok = parts.length === previous.length + 1 ? parts[k] === 1 && parts.slice(0, k).join('.') === previous.join('.') : parts.length <= previous.length && parts[k] === previous[k]! + 1 && parts.slice(0, k).join('.') === previous.slice(0, k).join('.');
    expect(ok, `${n} after ${previous.join('.')}`).toBe(true);
    previous = parts;
  }
}

function checkContents(file: string): { title: string; page: number }[] {
  const pages = pageTexts(file);
  const { contentsPage, entries } = contentsEntries(file);
  expect(entries.length).toBeGreaterThan(10);
  // Each entry's number is the page where pdftotext finds its heading, as a line of its own, and only there.
  for (const { title, page } of entries) expect(pagesWithLine(pages, title, contentsPage).map((p) => p + 1), title).toEqual([page]);
  // Numbered 1, 1.1, 1.1.1 in order; numbers never go down.
  expectNumberedInOrder(entries.map((e) => numberOf(e.title)).filter((n) => n !== undefined));
  expect(entries.some((e) => /^\d+\.\d+\.\d+ /.test(e.title))).toBe(true);
  const numbersInOrder = entries.map((e) => e.page);
  expect([...numbersInOrder].sort((a, b) => a - b)).toEqual(numbersInOrder);
  // Each entry links to its heading's page.
  const entryLinks = links(file).filter((l) => l.page === contentsPage && l.name === undefined);
  expect(entryLinks.map((l) => l.target + 1)).toEqual(entries.map((e) => e.page));
  // ... and to the heading's place on it: the top of its first line.
  const { words } = bboxWords(file);
  entries.forEach(({ title, page }, i) => {
    const [first, second] = title.split(' ');
    const at = words.find((w, k) => w.page === page - 1 && w.text === first && (second === undefined || words[k + 1]?.text === second));
    expect(at, title).toBeDefined();
    expect(Math.abs(entryLinks[i]!.top! - at!.yMin), title).toBeLessThan(3);
  });
  return entries;
}

function checkOutline(file: string, entries: readonly { title: string; page: number }[]): OutlineItem[] {
  const outlines = qpdfJson(file, 'outlines').outlines as OutlineItem[];
  const flat: { item: OutlineItem; parent?: OutlineItem }[] = [];
  const walk = (items: OutlineItem[], parent?: OutlineItem) => items.forEach((item) => (flat.push({ item, parent }), walk(item.kids, item)));
  walk(outlines);
  // Every contents entry is a bookmark to the same page; a numbered section's bookmark sits under its chapter's.
  for (const { title, page } of entries) {
    const found = flat.find((f) => f.item.title === title);
    expect(found, title).toBeDefined();
    expect(found!.item.destpageposfrom1, title).toBe(page);
    const number = numberOf(title);
    if (number?.includes('.')) expect(numberOf(found!.parent?.title ?? ''), title).toBe(number.replace(/\.\d+$/, ''));
    else expect(found!.parent, title).toBeUndefined();
  }
  return outlines;
}

/** Every heading has body text under it on its own page. */
function checkHeadingsNotLast(file: string, headings: readonly string[]): void {
  const pages = pageTexts(file);
  for (const title of headings) {
    const at = pages.findIndex((p, i) => i > 0 && bodyLines(p).includes(title) && !bodyLines(p).includes('Inhoud'));
    expect(at, title).toBeGreaterThan(0);
    const lines = bodyLines(pages[at]!);
    expect(lines.indexOf(title), `${title} on page ${at + 1}`).toBeLessThan(lines.length - 1);
  }
}

describe.runIf(tools)('PDF of the Utrechtse Heuvelrug example (general model)', () => {
  const file = render('agreements/utrechtse-heuvelrug/2019.ts');

  it('has a contents page whose numbers are the pages of its numbered headings, each entry a link there', () => {
    const entries = checkContents(file);
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(['1 Voorwoord', '2.1.1 Huisvesten specifieke doelgroepen', 'Bijlage 1 Lijst met afkortingen']));
    // Tagged as a TOC: an item per entry, its text and number read as one.
    expect(findAll(structTree(file), 'TOCI').map(nodeText)).toEqual(entries.map((e) => `${e.title} ${e.page}`));
  });

  it('nests the bookmarks as the chapters and sections are nested', () => {
    const outlines = checkOutline(file, contentsEntries(file).entries);
    const bod = outlines.find((o) => o.title.startsWith('2 '))!;
    expect(bod.kids.map((k) => k.title)[0]).toBe('2.1 Thema 1: Huisvesten specifieke doelgroepen, Leefbaarheid, Wonen & Zorg');
    expect(bod.kids[0]!.kids.map((k) => k.title)).toEqual(['2.1.1 Huisvesten specifieke doelgroepen']);
  });

  it('links a reference to a bijlage to that bijlage', () => {
    const pages = pageTexts(file);
    const target = pagesWithLine(pages, 'Bijlage 1 Lijst met afkortingen', contentsEntries(file).contentsPage)[0]!;
    const references = links(file).filter((l) => l.name !== undefined);
    expect(references.length).toBeGreaterThan(0);
    expect(references.map((l) => l.target)).toEqual(references.map(() => target));
  });

  it('sets a cover: no page number on it, the title a fifth down, the logos at its foot', () => {
    const pages = pageTexts(file);
    expect(pages[0]).not.toMatch(/Pagina \d+ van/);
    expect(pages[1]).toMatch(/Pagina 2 van \d+/);
    const { pages: sizes, words } = bboxWords(file);
    const title = words.find((w) => w.page === 0 && w.text === 'Prestatieafspraken')!;
    expect(title.yMin / sizes[0]!.height).toBeGreaterThan(0.15);
    // The logos (SVG, drawn as vectors) hold their party's short name: below the middle of the page.
    const logoText = words.find((w) => w.page === 0 && w.text === 'Rhenam')!;
    expect(logoText.yMin / sizes[0]!.height).toBeGreaterThan(0.7);
  });

  it('never ends a page with a heading', () => {
    checkHeadingsNotLast(file, contentsEntries(file).entries.map((e) => e.title));
  });

  it('passes qpdf --check, and renders to the same bytes again (the contents drawn last included)', () => {
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors found/);
    expect(readFileSync(render('agreements/utrechtse-heuvelrug/2019.ts')).equals(readFileSync(file))).toBe(true);
  });
});

describe.runIf(tools)('PDF of a document with fourteen parties and Markdown chapters', () => {
  const dir = fourteenParties();
  const file = render('2019.ts', dir);

  it('shows all fourteen logos on the first page, each at least 8 mm high, and none on later pages', () => {
    const images = run('pdfimages', ['-list', file])
      .trim()
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/))
      .filter((c) => c[2] === 'image');
    expect(images).toHaveLength(14);
    for (const c of images) {
      expect(c[0]).toBe('1');
      // Height in pixels over vertical resolution: the drawn height, in inches.
      const mm = (Number(c[4]) / Number(c[13])) * 25.4;
      expect(mm).toBeGreaterThanOrEqual(8 - 0.01);
    }
    // Tagged figures, the party's name as alternative text, in at most two rows.
    const figures = findAll(structTree(file, false), 'Figure');
    expect(figures).toHaveLength(14);
    const rows = new Set(figures.map((f) => /\/BBox \[\S+ (\S+)/.exec(f.attributes.join(' '))![1]));
    expect(rows.size).toBeLessThanOrEqual(2);
  });

  it('numbers the headings of a Markdown chapter and lists them with their pages', () => {
    const entries = checkContents(file);
    checkOutline(file, entries);
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(['1 Uitvoering', '1.1 Planning van het jaar', '1.1.1 Details van de planning', '1.2 Verantwoording', '2 Voorwoord']));
    // The headings moved across pages: the test covers a contents of more than one page of numbers.
    expect(new Set(entries.map((e) => e.page)).size).toBeGreaterThan(5);
  });

  it('never ends a page with a heading', () => {
    checkHeadingsNotLast(file, contentsEntries(file).entries.map((e) => e.title));
  });

  it('numbers a numbered list 1. 2. 3., the numbers right-aligned before the items', () => {
    const { words } = bboxWords(file);
    const itemWords = ['Eerste', 'Tweede', 'Derde'];
    const markers = ['1.', '2.', '3.'].map((n, i) =>
      words.find((w) => w.text === n && words.some((v) => v.page === w.page && v.text === itemWords[i] && Math.abs(v.yMin - w.yMin) < 1)),
    );
    markers.forEach((m, i) => expect(m, `${i + 1}.`).toBeDefined());
    const items = itemWords.map((t) => words.find((w) => w.text === t && w.page === markers[0]!.page)!);
    markers.forEach((m, i) => {
      expect(Math.abs(m!.yMin - items[i]!.yMin)).toBeLessThan(1);
      expect(m!.xMax).toBeLessThan(items[i]!.xMin);
      expect(m!.xMax).toBeCloseTo(markers[0]!.xMax, 1);
    });
    expect(items[0]!.yMin).toBeLessThan(items[1]!.yMin);
    expect(items[1]!.yMin).toBeLessThan(items[2]!.yMin);
    expect(pageTexts(file)[markers[0]!.page]).toMatch(/^1\. Eerste stap van de uitvoering/m);
  });

  it('sets a GFM table of a text as a real table: tagged cells, each its own text block in its column', () => {
    const table = findAll(structTree(file), 'Table').find((t) => JSON.stringify(t).includes('Startbijeenkomst'))!;
    expect(table).toBeDefined();
    expect(tableGrid(table)).toEqual([
      ['Q1', 'Startbijeenkomst', 'Federatie'],
      ['Q2', 'Tussenrapportage', 'Gemeente'],
      ['Q3', 'Huurdersavond', 'Huurdersorganisaties'],
    ]);
    const { words } = bboxWords(file);
    const kwartaal = words.find((w) => w.text === 'Kwartaal')!;
    // The words under the table's header on its page.
    const word = (t: string) => words.find((w) => w.page === kwartaal.page && w.yMin >= kwartaal.yMin - 1 && w.text === t)!;
    const header = ['Kwartaal', 'Mijlpaal', 'Trekker'].map(word);
    const rows = [
      ['Q1', 'Startbijeenkomst', 'Federatie'],
      ['Q2', 'Tussenrapportage', 'Gemeente'],
      ['Q3', 'Huurdersavond', 'Huurdersorganisaties'],
    ].map((r) => r.map(word));
    for (const row of rows) {
      // One line per row, the cells apart, each starting where its column's header does.
      row.forEach((cell, c) => {
        expect(Math.abs(cell.yMin - row[0]!.yMin)).toBeLessThan(1);
        expect(Math.abs(cell.xMin - header[c]!.xMin)).toBeLessThan(1);
        if (c > 0) expect(cell.xMin - row[c - 1]!.xMax).toBeGreaterThan(10);
      });
    }
    expect(rows[0]![0]!.yMin).toBeGreaterThan(header[0]!.yMax);
    expect(rows[1]![0]!.yMin).toBeGreaterThan(rows[0]![0]!.yMax);
    // pdftotext -layout keeps the columns apart.
    expect(pageTexts(file, 'layout')[rows[0]![0]!.page]).toMatch(/Q1\s{3,}Startbijeenkomst\s{3,}Federatie/);
  });
});
