/**
 * A loaded jaarschijf -> the document model of the signed document. Without
 * chapters: the title and introduction, a chapter per theme, the signature
 * page (Harderwijk's shape). With chapters: numbered chapters and sections to
 * three levels (1, 1.1, 1.1.1), their texts, the themes' agreements and the
 * indicators where the chapters put them. Around either: a cover, a page of
 * the parties and a table of contents when asked for, and the bijlagen. The
 * rows, their numbers and last year's agreements come from the aligned-years
 * stage (src/years); the tables from column specs (layouts.ts).
 */
import { formatDutchDate } from '../model/dates.js';
import type { Chapter } from '../model/schema.js';
import { slug } from '../model/slug.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { documentDate } from '../model/dates.js';
import { alignYears, type AlignedYears } from '../years/alignYears.js';
import { annexSections } from './annexes.js';
import { heading, paragraph, section } from './builders.js';
import { footerParts } from './footerParts.js';
import { coverSection, contentsSection, logoPlacement, partiesSection } from './frontMatter.js';
import { indicatorTable } from './indicators.js';
import { themeBlocks, type LayoutContext, type Redline } from './layouts.js';
import { pageLayout } from './layout.js';
import { longTextBlocks, type LongTextContext, type Place } from './longText.js';
import { signingSentence } from './signingSentence.js';
import type { Block, DocumentModel, Section } from './types.js';
import { capitalize, loadWording, type Wording } from './wording.js';

export type { Redline } from './layouts.js';
export { slug };

export interface BuildOptions {
  /** Folder with a wording.json that overrides the package's wording. */
  templates?: string;
  /** Extra sections after the signature page (e.g. the coverage annex). */
  annex?: readonly Section[];
  /** The aligned years, when the caller has them already (they are computed from the loaded sources otherwise). */
  aligned?: AlignedYears;
  /** Build a redline: this year's document with last year's changes as tracked changes, instead of last year's column. */
  redline?: Redline;
}

export function buildJaarschijfDocument(loaded: LoadedJaarschijf, options: BuildOptions = {}): DocumentModel {
  const w = loadWording(options.templates);
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const parties = Object.values(raam.parties);
  const gemeente = parties.find((p) => p.kind === 'gemeente')?.name ?? raam.gemeente;
  const title = j.title ?? w.text('documentTitle', { year: j.year });
  // Unsigned, or with review marks left: not ready to sign.
  const draft = !j.signing || loaded.reviewMarks.length > 0;
  const aligned = options.aligned ?? alignYears(loaded, loaded.previous);
  const numbering = Boolean(j.chapters);
  const places = placesOf(loaded, w);
  const ctx: LayoutContext = { loaded, w, aligned, places, ...(options.redline ? { redline: options.redline } : {}) };
  const placement = logoPlacement(loaded);

  const sections: Section[] = [];
  if (j.front?.cover) sections.push(coverSection(loaded, title, w, placement));
  if (j.front?.parties) sections.push(partiesSection(loaded, w, !j.front?.cover && placement.placement === 'first-page' && !sections.length));
  if (j.front?.contents) sections.push(contentsSection(w));
  const body = numbering ? chapterSections(ctx, j.chapters!) : [introSection(ctx, title), ...themeSections(ctx)];
  // Many parties and no cover: the logos stand in rows at the top of the first page.
  if (placement.placement === 'first-page' && !j.front?.cover && !j.front?.parties) body[0] = { ...body[0]!, blocks: [placement.block, ...body[0]!.blocks] };
  sections.push(...body);
  const annexes = annexSections(ctx, numbering);
  if (j.annexesAfter === 'agreements') sections.push(...annexes);
  if (j.signing) sections.push(signingSection(loaded, w, title));
  if (j.annexesAfter !== 'agreements') sections.push(...annexes);
  sections.push(...(options.annex ?? []));

  return {
    meta: {
      title,
      subject: w.text('subject', { gemeente: raam.gemeente, year: j.year }),
      author: parties.map((p) => p.name).join(', '),
      company: capitalize(gemeente),
      keywords: w.text('keywords', { year: j.year, gemeente: raam.gemeente, raamovereenkomst: raam.title }).split(/\s*,\s*/),
      language: 'nl-NL',
      date: documentDate(j),
      fileName: `${slug(raam.gemeente)}-${j.year}`,
      draft,
    },
    page: pageLayout(j.page),
    header: placement.header,
    footer: footerParts(w),
    ...(draft ? { watermark: w.text('draftMark') } : {}),
    sections,
  };
}

/** Chapters and bijlagen by id: their anchors, and how a link to them reads ("bijlage 2", "paragraaf 2.1"). */
function placesOf(loaded: LoadedJaarschijf, w: Wording): Map<string, Place> {
  const places = new Map<string, Place>();
  const visit = (chapters: readonly Chapter[], prefix: string) => {
    chapters.forEach((c, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      if (c.id) places.set(c.id, { anchor: chapterAnchor(c, number), label: w.text(prefix ? 'references.section' : 'references.chapter', { number }) });
      visit(c.sections ?? [], number);
    });
  };
  // Text headings number before the sections; a link names a chapter by its place among the chapters.
  visit(loaded.jaarschijf.chapters ?? [], '');
  (loaded.jaarschijf.annexes ?? []).forEach((a, i) => places.set(a.id, { anchor: `bijlage-${a.id}`, label: w.text('references.annex', { number: i + 1 }) }));
  return places;
}

function chapterAnchor(c: Chapter, number: string): string {
  return c.id ? `hoofdstuk-${c.id}` : `hoofdstuk-${number.replace(/\./g, '-')}`;
}

/** Numbered chapters; each top chapter starts a page. */
function chapterSections(ctx: LayoutContext, chapters: readonly Chapter[]): Section[] {
  const anchors = new Set<string>();
  return chapters.map((chapter, i) => {
    const number = String(i + 1);
    const blocks = chapterBlocks(ctx, chapter, number, 1, anchors);
    const first = blocks[0]!;
    return section(chapterAnchor(chapter, number), first.type === 'heading' ? first.text : chapter.title, blocks, { startOnNewPage: true });
  });
}

/** A chapter: its heading, its text (with numbered headings of its own), its theme's agreements, its indicators, its sections. */
function chapterBlocks(ctx: LayoutContext, chapter: Chapter, number: string, level: number, anchors: Set<string>): Block[] {
  const { loaded, w } = ctx;
  const title = w.text('sectionHeading', { number, title: chapter.title });
  const anchor = chapterAnchor(chapter, number);
  anchors.add(anchor);
  const blocks: Block[] = [heading(level as 1 | 2 | 3, title, anchor)];
  // Text headings and sections share the numbers under this chapter: 2.1, 2.2, 2.2.1, ...
  const counters = new Map<number, number>();
  const numbers = new Map<number, string>([[level, number]]);
  const next = (l: number): string | undefined => {
    const parent = numbers.get(l - 1);
    if (l <= level || l > 3 || parent === undefined) return undefined;
    counters.set(l, (counters.get(l) ?? 0) + 1);
    for (let k = l + 1; k <= 3; k++) {
      counters.delete(k);
      numbers.delete(k);
    }
    numbers.set(l, `${parent}.${counters.get(l)}`);
    return numbers.get(l);
  };
  const text: LongTextContext = { w, places: ctx.places, number: next, anchor: (shown) => uniqueAnchor(`${anchor}-${slug(shown)}`, anchors) };
  if (chapter.text) blocks.push(...longTextBlocks(loaded.long(chapter.text), level, text));
  if (chapter.theme) {
    const theme = ctx.aligned.themes.find((t) => t.id === chapter.theme)!;
    const intro = loaded.jaarschijf.themes[chapter.theme]?.intro;
    if (intro) blocks.push(...longTextBlocks(loaded.long(intro), level, text));
    blocks.push(...themeBlocks(ctx, theme, anchor, level));
  }
  if (chapter.indicators) blocks.push(indicatorTable(ctx, chapter.indicators, `${anchor}-indicatoren`));
  for (const s of chapter.sections ?? []) blocks.push(...chapterBlocks(ctx, s, next(level + 1)!, level + 1, anchors));
  return blocks;
}

function uniqueAnchor(base: string, anchors: Set<string>): string {
  let anchor = base;
  for (let n = 2; anchors.has(anchor); n++) anchor = `${base}-${n}`;
  anchors.add(anchor);
  return anchor;
}

/** Without chapters: the title and the introduction (Harderwijk's first page). */
function introSection(ctx: LayoutContext, title: string): Section {
  const { loaded, w, redline } = ctx;
  const intro = loaded.jaarschijf.introduction;
  const blocks: Block[] = [paragraph(title, 'title')];
  const text = redline ? redline.blocks(redline.previousTexts.introduction, intro) : intro ? longText(ctx, intro, 1, 'inleiding') : [];
  if (text.length) blocks.push(heading(1, w.text('introductionHeading'), 'inleiding'), ...text);
  return section('inleiding', text.length ? w.text('introductionHeading') : title, blocks);
}

/** Without chapters: a chapter per theme, "1. Thema Beschikbaarheid". */
function themeSections(ctx: LayoutContext): Section[] {
  const { loaded, w, redline } = ctx;
  return ctx.aligned.themes
    .filter((theme) => theme.number !== null)
    .map((theme) => {
      const own = loaded.jaarschijf.themes[theme.id]!;
      const title = w.text('themeHeading', { number: theme.number, title: theme.title });
      const anchor = `thema-${theme.number}`;
      const blocks: Block[] = [heading(1, title, anchor)];
      if (redline) blocks.push(...redline.blocks(redline.previousTexts.intros[theme.id], own.intro));
      else if (own.intro) blocks.push(...longText(ctx, own.intro, 1, anchor));
      blocks.push(...themeBlocks(ctx, theme, anchor, 1));
      return section(anchor, title, blocks, { startOnNewPage: theme.number === 1 });
    });
}

/** A long text without numbered headings (the document without chapters numbers only its themes). */
function longText(ctx: LayoutContext, markdown: string, level: number, anchor: string): Block[] {
  const anchors = new Set<string>();
  return longTextBlocks(ctx.loaded.long(markdown), level, { w: ctx.w, places: ctx.places, number: () => undefined, anchor: (shown) => uniqueAnchor(`${anchor}-${slug(shown)}`, anchors) });
}

function signingSection(loaded: LoadedJaarschijf, w: Wording, title: string): Section {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const signing = j.signing!;
  const usedNames = new Set<string>();
  const signatories = signing.signatories.map((s) => {
    const party = raam.parties[s.party]!;
    let fieldName = `handtekening-${slug(s.name)}`;
    for (let n = 2; usedNames.has(fieldName); n++) fieldName = `handtekening-${slug(s.name)}-${n}`;
    usedNames.add(fieldName);
    return {
      name: s.name,
      fieldName,
      lines: [
        w.text('signatory', { name: s.name, role: s.role, party: party.shortName }),
        w.text('signatoryParty', { partyName: party.name }),
      ],
    };
  });
  return section(
    'ondertekening',
    w.text('signingBookmark'),
    [
      paragraph(w.text('signingPlaceDate', { place: signing.place, date: formatDutchDate(signing.date) }), 'signing'),
      paragraph(signingSentence(loaded, w, title)),
      { type: 'signatures', signatories },
    ],
    { startOnNewPage: true },
  );
}
