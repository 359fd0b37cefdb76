/**
 * The intermediate form of a Word document -> the data of a raamovereenkomst,
 * this year's jaarschijf and last year's (from the previous-year column).
 * The document is read as its writer laid it out: a title, an introduction,
 * per theme a heading, intro text and a table, then the signing block. Every
 * paragraph and cell ends up in the data or in a warning that says where.
 */
import { loadWording } from '../document/wording.js';
import { readAfsprakenTable } from './afsprakenTable.js';
import { buildData, type BuiltData } from './buildData.js';
import { buildParties } from './buildParties.js';
import { locate, type Item } from './documentItems.js';
import { oneLine, paragraphText, type DocBlock, type DocParagraph, type DocxDocument } from './docxTypes.js';
import { findYears } from './findYears.js';
import { readKaderTable, type TableContext } from './kaderTable.js';
import { ImportError } from './openPackage.js';
import { readSigningBlock, signingOf, startsSigning } from './readSigningBlock.js';
import { readTable, type ReadTable } from './tableColumns.js';
import { isEmptyBlock, newTheme, themeTitle, type ThemeDraft } from './themeDraft.js';
import { blocksToMarkdown, clip } from './toMarkdown.js';
import { cellWhere, Warnings, type ImportWarning } from './warnings.js';
import { warnBefore, warnFurniture, warnOtherTables, warnOutside } from './warnUnplaced.js';

export interface ImportOptions {
  /** The year, where the document does not say it. */
  year?: number;
  /** The gemeente's name, where the document does not say it (from the output folder). */
  gemeente?: string;
  /** Warnings found before the mapping (characters taken out: dropUndrawable.ts), put in the document's order with the others. */
  warnings?: readonly ImportWarning[];
}

export interface ImportResult extends BuiltData {
  warnings: ImportWarning[];
}

export function mapDocument(doc: DocxDocument, options: ImportOptions = {}): ImportResult {
  const warnings = new Warnings();
  for (const w of options.warnings ?? []) warnings.add(w.where, w.message);
  const items = locate(doc.body);
  const tables = new Map<number, ReadTable>();
  items.forEach((item, i) => {
    if (item.block.type !== 'table') return;
    const read = readTable(item.block);
    if (read) tables.set(i, read);
  });
  if (!tables.size) {
    const any = items.some((i) => i.block.type === 'table');
    throw new ImportError(
      any
        ? 'geen afsprakentabel gevonden: geen tabel heeft de kolommen Doelstelling, Kaderafspraken en Jaarafspraken, of Afspraak, Toelichting, Trekker en Gereed'
        : 'geen afsprakentabel gevonden: het document heeft geen tabellen (de afspraken staan in een tabel per thema, met de kolommen Doelstelling, Kaderafspraken en Jaarafspraken)',
    );
  }
  const tableIndexes = [...tables.keys()];
  const firstTable = tableIndexes[0]!;
  const lastTable = tableIndexes.at(-1)!;

  // The title: a paragraph in the Title style before the first table, else a first line that names the document.
  const titleIndex = findTitle(items, firstTable);
  const title = titleIndex >= 0 ? oneLine(paragraphText(items[titleIndex]!.block as DocParagraph)) : undefined;

  // The signing block: from its first recognisable line after the last table to the end.
  const signingStart = items.findIndex((item, i) => i > lastTable && startsSigning(item.block));
  const signingItems = signingStart >= 0 ? items.slice(signingStart) : [];
  const signingRead = readSigningBlock(signingItems, warnings);

  const { year, previousYear, period } = findYears(tables, title, signingRead.sentenceYear, options, warnings);
  const { parties, signatoryParties, gemeente } = buildParties({
    sentence: signingRead.sentence,
    signatories: signingRead.signatories,
    headerLogos: doc.headers.flatMap((p) => p.images).filter(Boolean),
    texts: [title ?? '', doc.properties.subject ?? '', doc.properties.title ?? ''],
    fallbackGemeente: options.gemeente,
    warnings,
  });

  // Themes: per agreements table the heading above it and the text between them.
  const themes: { draft: ThemeDraft; table: number }[] = [];
  const introduction: Item[] = [];
  let previousEnd = 0;
  for (const [n, index] of tableIndexes.entries()) {
    const read = tables.get(index)!;
    const segment = items.slice(previousEnd, index).map((item, k) => ({ item, index: previousEnd + k }));
    const meaningful = segment.filter(({ index: i, item }) => i !== titleIndex && !isEmptyBlock(item.block));
    const heading = themeHeading(meaningful.map((s) => s.item), n === 0);
    const last = themes.at(-1);
    let theme: ThemeDraft;
    if (!heading && !meaningful.length && last && last.draft.layout === read.layout) {
      // A table continued after a page break or split in two: the same theme.
      theme = last.draft;
    } else {
      const headingAt = heading ? meaningful.findIndex((s) => s.item === heading) : -1;
      const before = heading ? meaningful.slice(0, headingAt) : n === 0 ? meaningful : [];
      const intro = heading ? meaningful.slice(headingAt + 1) : n === 0 ? [] : meaningful;
      if (n === 0) introduction.push(...before.map((s) => s.item));
      else if (before.length && last) addTrailing(last.draft, before.map((s) => s.item), warnings);
      const titleText = heading ? themeTitle(paragraphText(heading.block as DocParagraph)) : `Thema ${themes.length + 1}`;
      if (!heading) warnings.add(cellWhere(read.table.number, read.headerRow), `geen kop boven de tabel; het thema heet nu "${titleText}"`);
      theme = newTheme(titleText, read.layout);
      addIntro(theme, intro.map((s) => s.item), warnings);
      themes.push({ draft: theme, table: read.table.number });
    }
    const ctx: TableContext = {
      warnings,
      parties,
      startTheme(themeTitleText) {
        const t = newTheme(themeTitleText, read.layout);
        themes.push({ draft: t, table: read.table.number });
        return t;
      },
    };
    warnBefore(read, warnings);
    warnOutside(read, warnings);
    if (read.layout === 'kaderafspraken') readKaderTable(read, theme, ctx);
    else readAfsprakenTable(read, theme, ctx);
    previousEnd = index + 1;
  }
  // Non-agreement tables and text between the last table and the signing block.
  const trailing = items.slice(lastTable + 1, signingStart >= 0 ? signingStart : items.length).filter((item) => !isEmptyBlock(item.block));
  if (trailing.length) addTrailing(themes.at(-1)!.draft, trailing, warnings);
  warnOtherTables(items, tables, signingStart, warnings);
  warnFurniture(doc, title, warnings);

  // The title page (the title, and subtitles and pictures around it): its pictures are the parties' logos, a subtitle is text of the introduction.
  let titlePageEnd = 0;
  while (titlePageEnd < items.length) {
    const b = items[titlePageEnd]!.block;
    if (b.type !== 'paragraph' || !(titlePageEnd === titleIndex || b.subtitle || !paragraphText(b).trim())) break;
    titlePageEnd++;
  }
  const introItems = introduction.map((item) =>
    item.block.type === 'paragraph' && items.indexOf(item) < titlePageEnd ? { ...item, block: { ...item.block, images: [], subtitle: false } } : item,
  );
  const introText = markdownOf(introItems, warnings, (item) => !isIntroductionHeading(item.block));

  const built = buildData({
    themes,
    year,
    previousYear,
    period,
    gemeente,
    parties,
    // The template's own title comes back by itself; a title of the document's own is kept.
    title: title === loadWording().text('documentTitle', { year }) ? undefined : title,
    introduction: introText,
    signing: signingRead.placeDate && signingRead.signatories.length ? signingOf(signingRead, signatoryParties, gemeente, warnings) : undefined,
    warnings,
  });
  if (!built.jaarschijf.signing && signingRead.signatories.length) {
    warnings.add('ondertekening', 'de ondertekenaars staan er, maar plaats en datum niet ("Harderwijk, 12 december 2023"); de jaarschijf is zonder ondertekening (CONCEPT) opgenomen');
  }
  const ordered = inDocumentOrder(warnings.items, items);
  // The warnings stay in the jaarschijf as review marks: `check` lists them, and the document is CONCEPT until they are dealt with.
  const review = ordered.map((w) => `${w.where}: ${w.message}`);
  return { ...built, jaarschijf: { ...built.jaarschijf, ...(review.length ? { review } : {}) }, warnings: ordered };
}

/** Warnings in the order of the document (body, then header, footer and notes), general ones last. */
function inDocumentOrder(list: readonly ImportWarning[], items: readonly Item[]): ImportWarning[] {
  const position = new Map(items.map((item, i) => [item.where, i]));
  const key = (where: string): number[] => {
    const table = /^tabel (\d+)(?:, rij (\d+))?(?:, kolom (\d+))?/.exec(where);
    if (table) return [0, position.get(`tabel ${table[1]}`) ?? items.length, Number(table[2] ?? 0), Number(table[3] ?? 0)];
    if (position.has(where)) return [0, position.get(where)!, 0, 0];
    const rank = ['koptekst', 'voettekst', 'voetnoot', 'eindnoot'].findIndex((w) => where.startsWith(w));
    return rank >= 0 ? [1 + rank, Number(/\d+/.exec(where)?.[0] ?? 0)] : [5];
  };
  const compare = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  return [...list].sort((a, b) => compare(key(a.where), key(b.where)));
}

function findTitle(items: readonly Item[], firstTable: number): number {
  const styled = items.findIndex((item, i) => i < firstTable && item.block.type === 'paragraph' && item.block.title && paragraphText(item.block).trim());
  if (styled >= 0) return styled;
  const first = items.findIndex((item) => item.block.type === 'table' || (item.block.type === 'paragraph' && paragraphText(item.block).trim()));
  const block = items[first]?.block;
  if (!block || block.type !== 'paragraph' || first >= firstTable) return -1;
  const text = oneLine(paragraphText(block));
  return text.length < 150 && /prestatieafspraken|jaarschijf/i.test(text) && (allBold(block) || block.headingLevel !== undefined) ? first : -1;
}

const themePattern = /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?thema\b/i;

/** "Inleiding": the template's heading over the introduction. */
function isIntroductionHeading(block: DocBlock): boolean {
  return block.type === 'paragraph' && /^\s*(\d+[.)]?\s*)?(inleiding|introductie)\s*$/i.test(paragraphText(block));
}

/** The heading that names the theme of the next table: a "Thema ..." heading, else the last top-level one. */
function themeHeading(segment: readonly Item[], first: boolean): Item | undefined {
  const candidates = segment.filter((item) => {
    const b = item.block;
    if (b.type !== 'paragraph' || b.toc || b.title) return false;
    const text = oneLine(paragraphText(b));
    if (!text || (first && isIntroductionHeading(b))) return false;
    return b.headingLevel !== undefined || (text.length < 100 && !b.list && (themePattern.test(text) || allBold(b)));
  });
  const thema = candidates.filter((c) => themePattern.test(paragraphText(c.block as DocParagraph)));
  if (thema.length) return thema.at(-1);
  if (!candidates.length) return undefined;
  // A short paragraph all in bold serves as a heading where the document has no heading styles.
  const level = (c: Item) => (c.block as DocParagraph).headingLevel ?? (themePattern.test(paragraphText(c.block as DocParagraph)) ? 1 : 10);
  const top = Math.min(...candidates.map(level));
  return candidates.filter((c) => level(c) === top).at(-1);
}

function allBold(p: DocParagraph): boolean {
  const texts = p.inlines.filter((i) => i.type === 'text' && i.text.trim());
  return texts.length > 0 && texts.every((i) => i.type === 'text' && i.marks.includes('bold'));
}

function addIntro(theme: ThemeDraft, items: readonly Item[], warnings: Warnings): void {
  const text = markdownOf(items, warnings);
  if (text) theme.intro.push(text);
}

/** Text after a theme's table: the model has no place there, so it joins the theme's intro, with a warning. */
function addTrailing(theme: ThemeDraft, items: readonly Item[], warnings: Warnings): void {
  const paragraphs = items.filter((item) => item.block.type === 'paragraph');
  if (!paragraphs.length) return;
  for (const item of paragraphs) {
    const text = paragraphText(item.block as DocParagraph).trim();
    if (text) warnings.add(item.where, `tekst na de tabel van thema "${theme.title}"; opgenomen aan het eind van de inleiding van dat thema: "${clip(text)}"`);
  }
  addIntro(theme, paragraphs, warnings);
}

/** Markdown of top-level paragraphs; tables among them are handled elsewhere. */
function markdownOf(items: readonly Item[], warnings: Warnings, keep: (item: Item) => boolean = () => true): string {
  const kept = items.filter((item) => item.block.type === 'paragraph' && keep(item) && !(item.block as DocParagraph).toc);
  const tocLines = items.filter((item) => item.block.type === 'paragraph' && (item.block as DocParagraph).toc && paragraphText(item.block as DocParagraph).trim());
  if (tocLines.length) warnings.add(tocLines[0]!.where, `de inhoudsopgave (${tocLines.length} regels) is niet overgenomen: de documenten maken hun eigen`);
  const { text, problems } = blocksToMarkdown(kept.map((item) => item.block));
  for (const p of problems) warnings.add(kept[p.index]!.where, p.message);
  return text;
}
