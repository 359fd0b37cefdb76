/**
 * The intermediate form of a Word document -> the data of a raamovereenkomst,
 * this year's jaarschijf and last year's (from the previous-year column).
 * The document is read as its writer laid it out: a title, an introduction,
 * per theme a heading, intro text and a table, then the signing block. Every
 * paragraph and cell ends up in the data or in a warning that says where.
 */
import { alignRows } from '../document/alignRows.js';
import { loadWording } from '../document/wording.js';
import { isJaarafspraak, type AfspraakEntry, type Jaarschijf, type JaarschijfTheme, type Party, type Raamovereenkomst, type Signing } from '../model/schema.js';
import { readAfsprakenTable } from './afsprakenTable.js';
import { oneLine, paragraphText, type DocBlock, type DocParagraph, type DocxDocument } from './docxTypes.js';
import { IdSpace, slug, textId, words } from './ids.js';
import { readKaderTable, type TableContext } from './kaderTable.js';
import { ImportError } from './openPackage.js';
import { buildParties, type SignatoryDraft } from './buildParties.js';
import { isSignatureFurniture, parsePlaceDate, parseSignatory, parseSigningSentence, type SignatoryText } from './signing.js';
import { readTable, type ReadTable } from './tableColumns.js';
import { isEmptyBlock, newTheme, themeTitle, type AfspraakDraft, type ThemeDraft } from './themeDraft.js';
import { blocksToMarkdown, clip } from './toMarkdown.js';
import { cellWhere, paragraphWhere, Warnings, type ImportWarning } from './warnings.js';

export interface ImportOptions {
  /** The year, where the document does not say it. */
  year?: number;
  /** The gemeente's name, where the document does not say it (from the output folder). */
  gemeente?: string;
}

export interface ImportResult {
  raamovereenkomst: Raamovereenkomst;
  jaarschijf: Jaarschijf;
  /** Last year's jaarschijf, from the previous-year column; absent when the tables have none. */
  previous?: Jaarschijf;
  warnings: ImportWarning[];
  stats: ImportStats;
}

export interface ImportStats {
  themes: number;
  doelstellingen: number;
  kaderafspraken: number;
  rows: number;
  afspraken: number;
  previousAfspraken: number;
  emptyRows: number;
  parties: number;
  signatories: number;
}

/** A top-level block with where it is. */
interface Item {
  block: DocBlock;
  where: string;
}

export function mapDocument(doc: DocxDocument, options: ImportOptions = {}): ImportResult {
  const warnings = new Warnings();
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
    signing: signingRead.placeDate && signingRead.signatories.length ? signing(signingRead, signatoryParties, gemeente, warnings) : undefined,
    warnings,
  });
  if (!built.jaarschijf.signing && signingRead.signatories.length) {
    warnings.add('ondertekening', 'de ondertekenaars staan er, maar plaats en datum niet ("Harderwijk, 12 december 2023"); de jaarschijf is zonder ondertekening (CONCEPT) opgenomen');
  }
  return { ...built, warnings: inDocumentOrder(warnings.items, items) };
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

/** Top-level blocks numbered as a reader finds them: "alinea 12", "tabel 3". */
function locate(body: readonly DocBlock[]): Item[] {
  let paragraph = 0;
  return body.map((block) => ({ block, where: block.type === 'table' ? `tabel ${block.number}` : paragraphWhere(++paragraph) }));
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

/** Rows above a table's header (a caption inside the table) are not agreements. */
function warnBefore(read: ReadTable, warnings: Warnings): void {
  for (const r of read.before) {
    read.table.rows[r - 1]!.cells.forEach((cell, c) => {
      const text = oneLine(cell.blocks.map((b) => (b.type === 'paragraph' ? paragraphText(b) : '')).join(' '));
      if (text) warnings.add(cellWhere(read.table.number, r, c + 1), `rij boven de kolomkoppen; niet overgenomen: "${clip(text)}"`);
    });
  }
}

/** Tables that are neither agreements nor signatures: every cell with text is named. */
function warnOtherTables(items: readonly Item[], tables: ReadonlyMap<number, ReadTable>, signingStart: number, warnings: Warnings): void {
  items.forEach((item, i) => {
    if (item.block.type !== 'table' || tables.has(i) || (signingStart >= 0 && i >= signingStart)) return;
    const table = item.block;
    const headers = table.rows[0]?.cells.map((c) => oneLine(cellText(c.blocks))).filter(Boolean).slice(0, 5).join(' | ');
    table.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const text = oneLine(cellText(cell.blocks));
        if (text) warnings.add(cellWhere(table.number, r + 1, c + 1), `tabel niet herkend als afsprakentabel (kolommen: ${headers || 'geen'}); niet overgenomen: "${clip(text)}"`);
      }),
    );
  });
}

function cellText(blocks: readonly DocBlock[]): string {
  return blocks.map((b) => (b.type === 'paragraph' ? paragraphText(b) : cellText(b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks))))).join(' ');
}

/** Headers, footers, notes, comments and tracked changes: recognised, or said what became of them. */
function warnFurniture(doc: DocxDocument, title: string | undefined, warnings: Warnings): void {
  const recognised = (text: string) =>
    !text ||
    /^(pagina|blz\.?|page|p\.)?\s*\d*\s*((van|\/|of)\s*\d*)?$/i.test(text) ||
    /^concept$/i.test(text) ||
    (title !== undefined && text === title);
  for (const [where, paragraphs] of [['koptekst', doc.headers], ['voettekst', doc.footers]] as const) {
    for (const p of paragraphs) {
      for (const text of [paragraphText(p), ...p.textBoxes.map(paragraphText)].map(oneLine)) {
        if (!recognised(text)) warnings.add(where, `tekst in de ${where} niet overgenomen: "${clip(text)}"`);
      }
    }
  }
  for (const note of doc.notes) {
    const text = oneLine(note.paragraphs.map(paragraphText).join(' '));
    if (text) warnings.add(`${note.kind} ${note.number}`, `voetnoten en eindnoten kent de toolkit niet; niet overgenomen: "${clip(text)}"`);
  }
  if (doc.comments) warnings.add('opmerkingen', `het document heeft ${doc.comments} opmerking${doc.comments === 1 ? '' : 'en'} in de marge; die zijn niet overgenomen`);
  if (doc.trackedChanges) {
    warnings.add('wijzigingen bijhouden', `het document heeft ${doc.trackedChanges} bijgehouden wijziging${doc.trackedChanges === 1 ? '' : 'en'}; gelezen alsof ze zijn geaccepteerd (ingevoegde tekst wel, verwijderde niet)`);
  }
}

function startsSigning(block: DocBlock): boolean {
  if (block.type === 'table') {
    return block.rows.some((r) => r.cells.some((c) => {
      const s = parseSignatory(c.blocks.flatMap((b) => (b.type === 'paragraph' ? [paragraphText(b)] : [])));
      return s !== undefined && (s.namens !== undefined || s.roleAndParty !== undefined);
    }));
  }
  const text = oneLine(paragraphText(block));
  return !!text && (parsePlaceDate(text) !== undefined || parseSigningSentence(text, []) !== undefined || /^(ondertekening|ondertekenaars|handtekeningen|voor akkoord)\s*:?$|^plaats\s*:/i.test(text));
}

interface SigningRead {
  placeDate?: { place?: string; date: string };
  /** "Plaats: Harderwijk" on a line of its own. */
  place?: string;
  placeDateWhere?: string;
  sentence?: ReturnType<typeof parseSigningSentence>;
  sentenceYear?: number;
  signatories: SignatoryDraft[];
}

/** The signing block's lines: place and date, the sentence, and the signatories (from a table or paragraphs). */
function readSigningBlock(items: readonly Item[], warnings: Warnings): SigningRead {
  const out: SigningRead = { signatories: [] };
  const groups: { lines: { text: string; where: string }[] }[] = [];
  let open: { lines: { text: string; where: string }[] } | undefined;
  const close = () => {
    if (open?.lines.length) groups.push(open);
    open = undefined;
  };
  const sentences: { text: string; where: string }[] = [];
  let ended = false;
  for (const item of items) {
    const block = item.block;
    if (ended) {
      const text = block.type === 'paragraph' ? oneLine(paragraphText(block)) : oneLine(cellText([block]));
      if (text) warnings.add(item.where, `na het ondertekeningsblok; niet overgenomen: "${clip(text)}"`);
      continue;
    }
    if (block.type === 'table') {
      close();
      block.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const where = cellWhere(block.number, r + 1, c + 1);
          const lines = cell.blocks.flatMap((b) => (b.type === 'paragraph' ? [oneLine(paragraphText(b))] : [])).filter(Boolean);
          if (lines.length) groups.push({ lines: lines.map((text) => ({ text, where })) });
        }),
      );
      continue;
    }
    const text = oneLine(paragraphText(block));
    if (!text) {
      close();
      continue;
    }
    if (/^(ondertekening|ondertekenaars|handtekeningen|voor akkoord)\s*:?$/i.test(text)) {
      close();
      continue;
    }
    if (block.headingLevel !== undefined && (groups.length || open)) {
      // A heading after the signatories (an annex) ends the signing block.
      close();
      ended = true;
      warnings.add(item.where, `na het ondertekeningsblok; niet overgenomen: "${clip(text)}"`);
      continue;
    }
    const place = /^plaats\s*:\s*(.+)$/i.exec(text);
    if (place) {
      close();
      out.place = place[1]!.trim();
      continue;
    }
    const placeDate = parsePlaceDate(text);
    if (placeDate && !out.placeDate) {
      close();
      out.placeDate = placeDate;
      out.placeDateWhere = item.where;
      continue;
    }
    if (/overeengekomen/i.test(text) && /^de\s/i.test(text)) {
      close();
      sentences.push({ text, where: item.where });
      continue;
    }
    if (isSignatureFurniture(text)) continue;
    // A new "Naam, functie ..." line starts the next signatory; "namens ..." belongs to the one before.
    const startsNew = /^[^,]+,\s*\S/.test(text) && !/^(namens|voor)\b/i.test(text) && open?.lines.some((l) => /^[^,]+,\s*\S/.test(l.text) && !/^(namens|voor)\b/i.test(l.text));
    if (startsNew) close();
    open ??= { lines: [] };
    open.lines.push({ text, where: item.where });
  }
  close();

  const parsed = groups.map((g) => ({ group: g, signatory: parseSignatory(g.lines.map((l) => l.text)) }));
  const knownNames = parsed.flatMap((p) => (p.signatory?.namens ? [p.signatory.namens] : []));
  for (const s of sentences) {
    const sentence = parseSigningSentence(s.text, knownNames);
    if (sentence && !out.sentence) {
      out.sentence = sentence;
      if (sentence.year) out.sentenceYear = sentence.year;
    } else warnings.add(s.where, `niet herkend als de zin van de ondertekening; niet overgenomen: "${clip(s.text)}"`);
  }
  for (const { group, signatory } of parsed) {
    if (!signatory) {
      for (const line of group.lines) warnings.add(line.where, `in het ondertekeningsblok niet herkend als ondertekenaar; niet overgenomen: "${clip(line.text)}"`);
      continue;
    }
    out.signatories.push({ ...(signatory as SignatoryText), where: group.lines[0]!.where });
  }
  return out;
}

function signing(read: SigningRead, parties: readonly { party?: string; role?: string }[], gemeente: string, warnings: Warnings): Signing | undefined {
  const signatories = read.signatories.flatMap((s, i) => {
    const party = parties[i]?.party;
    if (!party) return [];
    let role = parties[i]?.role ?? '';
    if (!role) {
      warnings.add(s.where, `de functie van ${s.name} ontbreekt; "ondertekenaar" ingevuld`);
      role = 'ondertekenaar';
    }
    return [{ name: s.name, role, party }];
  });
  if (!signatories.length) return undefined;
  let place = read.placeDate!.place ?? read.place;
  if (!place) {
    place = gemeente;
    warnings.add(read.placeDateWhere ?? 'ondertekening', `de plaats van ondertekening ontbreekt; "${gemeente}" ingevuld`);
  }
  return { place, date: read.placeDate!.date, signatories };
}

/** The year from the column headers, else the title or the signing sentence; the period from "Kaderafspraken 2022-2026". */
function findYears(
  tables: ReadonlyMap<number, ReadTable>,
  title: string | undefined,
  sentenceYear: number | undefined,
  options: ImportOptions,
  warnings: Warnings,
): { year: number; previousYear: number | undefined; period: { from: number; to: number } } {
  const current: number[] = [];
  const previous: number[] = [];
  let period: { from: number; to: number } | undefined;
  let hasPreviousColumn = false;
  for (const read of tables.values()) {
    const jaar = read.columns.filter((c) => c.kind === 'jaarafspraken');
    if (read.layout === 'kaderafspraken') {
      if (jaar.at(-1)?.years[0]) current.push(jaar.at(-1)!.years[0]!);
      if (jaar.length > 1) {
        hasPreviousColumn = true;
        if (jaar.at(-2)!.years[0]) previous.push(jaar.at(-2)!.years[0]!);
      }
      const kader = read.columns.find((c) => c.kind === 'kaderafspraak');
      if (!period && kader && kader.years.length >= 2) period = { from: Math.min(...kader.years), to: Math.max(...kader.years) };
    } else if (jaar.length && jaar.at(-1)!.years[0]) current.push(jaar.at(-1)!.years[0]!);
  }
  const titleYear = title ? Number(/jaarschijf\s*(\d{4})/i.exec(title)?.[1] ?? [...title.matchAll(/\b(2\d{3})\b/g)].at(-1)?.[1] ?? NaN) : NaN;
  const year =
    options.year ??
    mostCommon(current) ??
    (previous.length ? mostCommon(previous)! + 1 : undefined) ??
    (Number.isFinite(titleYear) ? titleYear : undefined) ??
    sentenceYear;
  if (year === undefined) {
    throw new ImportError('het jaar van de jaarschijf staat niet in de kolomkoppen ("Jaarafspraken 2024") of de titel; geef het op met --jaar');
  }
  const odd = current.filter((y) => y !== year);
  if (odd.length && options.year === undefined) warnings.add('kolomkoppen', `de tabellen noemen verschillende jaren (${[...new Set(current)].join(', ')}); gelezen als jaarschijf ${year}`);
  const previousYear = hasPreviousColumn ? year - 1 : undefined;
  if (previous.some((y) => y !== year - 1)) warnings.add('kolomkoppen', `de kolom van vorig jaar noemt ${[...new Set(previous)].join(', ')}; gelezen als ${year - 1}`);
  if (!period) {
    period = { from: previousYear ?? year, to: year };
    warnings.add('kolomkoppen', `de looptijd van de raamovereenkomst staat niet in de kolomkop van de kaderafspraken (zoals "Kaderafspraken 2022-2026"); ${period.from}-${period.to} ingevuld, pas die aan in raamovereenkomst.ts`);
  }
  const from = Math.min(period.from, previousYear ?? year);
  const to = Math.max(period.to, year);
  if (from !== period.from || to !== period.to) {
    warnings.add('kolomkoppen', `de looptijd ${period.from}-${period.to} omvat de jaren ${previousYear ?? year}-${year} van de tabellen niet; verruimd tot ${from}-${to}`);
  }
  return { year, previousYear, period: { from, to } };
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}

interface BuildInput {
  themes: readonly { draft: ThemeDraft; table: number }[];
  year: number;
  previousYear: number | undefined;
  period: { from: number; to: number };
  gemeente: string;
  parties: Record<string, Party>;
  title: string | undefined;
  introduction: string;
  signing: Signing | undefined;
  warnings: Warnings;
}

/** Ids for everything, and the three data objects. */
function buildData(input: BuildInput): Omit<ImportResult, 'warnings'> {
  const { year, previousYear, warnings } = input;
  const themeIds = new IdSpace();
  const itemIds = new IdSpace();
  const prefixes = new IdSpace();
  const raamThemes: Raamovereenkomst['themes'] = {};
  const themes: Record<string, JaarschijfTheme> = {};
  const previousThemes: Record<string, JaarschijfTheme> = {};
  const stats: ImportStats = { themes: 0, doelstellingen: 0, kaderafspraken: 0, rows: 0, afspraken: 0, previousAfspraken: 0, emptyRows: 0, parties: Object.keys(input.parties).length, signatories: input.signing?.signatories.length ?? 0 };

  for (const { draft, table } of input.themes) {
    if (!draft.rows && !draft.doelstellingen.length && !draft.afspraken.length) {
      if (draft.intro.length) warnings.add(`tabel ${table}`, `thema "${draft.title}" heeft geen afspraken; de inleiding ervan is niet overgenomen: "${clip(draft.intro.join(' '))}"`);
      continue;
    }
    stats.themes++;
    const themeId = themeIds.take(textId(draft.title, 3, 'thema'));
    const prefix = takePrefix(themeId, prefixes);
    const width = Math.max(2, String(draft.rows).length);
    const afspraakId = (n: number) => `${prefix}-${String(n).padStart(width, '0')}`;
    const intro = draft.intro.join('\n\n') || undefined;
    stats.rows += draft.rows;

    if (draft.layout === 'afspraken') {
      themes[themeId] = {
        layout: 'afspraken',
        title: draft.title,
        ...(intro ? { intro } : {}),
        afspraken: draft.afspraken.map(({ number, afspraak }) => ({ id: afspraakId(number), ...fields(afspraak) })),
      };
      stats.afspraken += draft.afspraken.length;
      continue;
    }

    const doelstellingen: Raamovereenkomst['themes'][string]['doelstellingen'] = {};
    const current: AfspraakEntry[] = [];
    const previous: AfspraakEntry[] = [];
    const expected: string[] = [];
    for (const doel of draft.doelstellingen) {
      const doelId = itemIds.take(textId(doel.text));
      const kaderafspraken: Record<string, string> = {};
      stats.doelstellingen++;
      for (const kader of doel.kaders) {
        const kaderId = itemIds.take(textId(kader.text));
        kaderafspraken[kaderId] = kader.text;
        stats.kaderafspraken++;
        const lone = kader.rows.length === 1;
        for (const row of kader.rows) {
          const id = afspraakId(row.number);
          expected.push(row.current || row.previous ? id : '');
          if (row.current) current.push({ id, kader: kaderId, ...fields(row.current) });
          if (row.previous) previous.push({ id, kader: kaderId, ...fields(row.previous) });
          // A kaderafspraak's only row shows without an entry; an empty row among others needs one.
          if (!row.current && !row.previous && !lone) {
            current.push({ kader: kaderId, emptyRow: true });
            stats.emptyRows++;
          }
        }
      }
      doelstellingen[doelId] = { text: doel.text, kaderafspraken };
    }
    raamThemes[themeId] = { title: draft.title, doelstellingen };
    themes[themeId] = { layout: 'kaderafspraken', ...(intro ? { intro } : {}), afspraken: current };
    if (previousYear !== undefined) previousThemes[themeId] = { layout: 'kaderafspraken', afspraken: previous };
    stats.afspraken += current.filter((a) => !a.emptyRow).length;
    stats.previousAfspraken += previous.length;

    // The renderer lines the years up by id; say so where the document's row order cannot come back.
    const rows = alignRows(raamThemes[themeId]!, current, previous.filter(isJaarafspraak));
    const got = rows.map((r) => r.current?.id ?? r.previous?.id ?? '');
    if (got.join('|') !== expected.join('|')) {
      warnings.add(`tabel ${table}`, `thema "${draft.title}": een afspraak van alleen ${previousYear} staat onder een nieuwe afspraak van ${year}; na import staat zij erboven (de teksten blijven gelijk)`);
    }
  }

  if (!Object.keys(raamThemes).length) {
    // Only tables of their own (Afspraak | Toelichting | ...): a raamovereenkomst still needs a theme, to be filled in.
    const id = themeIds.take('kaderafspraken');
    raamThemes[id] = {
      title: 'Kaderafspraken',
      doelstellingen: { doelstelling: { text: 'Nog in te vullen: een doelstelling van de raamovereenkomst.', kaderafspraken: { kaderafspraak: 'Nog in te vullen: een kaderafspraak.' } } },
    };
    warnings.add('kolomkoppen', `het document heeft geen tabel met kaderafspraken; raamovereenkomst.ts heeft een thema "${id}" om de doelstellingen en kaderafspraken in te vullen`);
  }
  const raamovereenkomst: Raamovereenkomst = {
    id: slug(`${input.gemeente} ${raamTitleTail(input)}`) || 'raamovereenkomst',
    title: raamTitle(input),
    gemeente: input.gemeente,
    period: input.period,
    parties: input.parties,
    themes: raamThemes,
  };
  const jaarschijf: Jaarschijf = {
    year,
    ...(previousYear !== undefined ? { previous: `./${previousYear}.ts` } : {}),
    ...(input.title ? { title: input.title } : {}),
    ...(input.introduction ? { introduction: input.introduction } : {}),
    themes,
    ...(input.signing ? { signing: input.signing } : {}),
  };
  const previous: Jaarschijf | undefined = previousYear !== undefined ? { year: previousYear, themes: previousThemes } : undefined;
  return { raamovereenkomst, jaarschijf, ...(previous ? { previous } : {}), stats };
}

function fields(a: AfspraakDraft): { text: string; toelichting?: string; trekker?: string[]; gereed?: string } {
  return { text: a.text, ...(a.toelichting ? { toelichting: a.toelichting } : {}), ...(a.trekker ? { trekker: a.trekker } : {}), ...(a.gereed ? { gereed: a.gereed } : {}) };
}

/** "beschikbaarheid" -> "bes"; a second theme starting the same way gets a longer prefix. */
function takePrefix(themeId: string, prefixes: IdSpace): string {
  const word = themeId.split('-')[0]!;
  for (let n = 3; n <= word.length; n++) {
    const candidate = word.slice(0, n);
    if (prefixes.tryTake(candidate)) return candidate;
  }
  return prefixes.take(word);
}

/** The raamovereenkomst's title, as the document quotes it ("'Raamovereenkomst sociale huur 2022-2026'"), else made up from the period. */
function raamTitle(input: BuildInput): string {
  const texts = [input.introduction, ...input.themes.flatMap((t) => t.draft.intro), input.title ?? ''];
  for (const text of texts) {
    const m = /['‘"“]\s*(raamovereenkomst[^'’"”\n]{0,80}?)\s*['’"”]/i.exec(text);
    if (m) return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  }
  return `Raamovereenkomst ${input.gemeente} ${input.period.from}-${input.period.to}`;
}

function raamTitleTail(input: BuildInput): string {
  const title = raamTitle(input);
  const rest = words(title).filter((w) => w !== 'raamovereenkomst' && w !== slug(input.gemeente)).join(' ');
  return rest || `${input.period.from} ${input.period.to}`;
}
