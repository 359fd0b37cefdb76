/**
 * Load a jaarschijf source: evaluate it in the sandbox, validate it (zod),
 * check its references, texts and Markdown, read its logos and load the
 * previous years it names. Every problem in every file of the chain is
 * collected, each once, with the line it is on; then it throws one
 * SourceError, or returns a LoadedJaarschijf that later stages can trust.
 */
import { dirname, resolve } from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import type { LongTextBlock, RichBlock } from '../model/richtext.js';
import { isJaarafspraak, jaarschijfSchema, raamovereenkomstSchema, type Jaarschijf, type Raamovereenkomst } from '../model/schema.js';
import { slug } from '../model/slug.js';
import { originOf } from '../model/define.js';
import { TextChecker } from './checkTexts.js';
import { DiagnosticList, SourceError, type Diagnostic, type PathSegment, type Site } from './diagnostics.js';
import { displayPath } from './displayPath.js';
import { evaluateSource, type Evaluated } from './evaluate.js';
import { readLogo, type Logo } from './logos.js';
import { parseLongText, parseMarkdown } from './markdown.js';
import { parseTextInto } from './parseTextInto.js';
import { record, type Raw } from './raw.js';
import type { ModuleCache } from './readModules.js';
import { checkJaarschijf, checkRaamovereenkomst } from './references.js';
import { addZodIssues } from './zodDiagnostics.js';

export interface LoadedJaarschijf {
  /** The source as the user named it, for messages. */
  file: string;
  path: string;
  raamFile: string;
  raamPath: string;
  jaarschijf: Jaarschijf;
  raamovereenkomst: Raamovereenkomst;
  /** Party logos in party order. */
  logos: Logo[];
  previous?: LoadedJaarschijf;
  /** Real paths of every file this jaarschijf was read from: its sources and imports, logos, the previous years'. */
  files: readonly string[];
  /** This jaarschijf's open review marks, as warnings with their place: while there are any, it is CONCEPT. */
  reviewMarks: readonly Diagnostic[];
  /** Parsed Markdown of a text of this chain that stands in a table cell (an agreement, a kaderafspraak). */
  rich(text: string): readonly RichBlock[];
  /** Parsed Markdown of a long text of this chain (an introduction, a chapter, a bijlage): headings and tables too. */
  long(text: string): readonly LongTextBlock[];
}

export interface LoadOptions {
  /** Load the previous years too (default true). */
  previous?: boolean;
  /** Modules read already in this run (a monitor's load reads the jaarschijf's files once). */
  modules?: ModuleCache;
  /** The source as evaluated already (a monitor's evaluation holds its jaarschijf): not run again. */
  evaluated?: Evaluated;
}

export async function loadJaarschijf(file: string, options: LoadOptions = {}): Promise<LoadedJaarschijf> {
  const loaded = await load(file, options);
  return loaded!;
}

/** A source as evaluated already, with the modules read for it: a loader given it does not run the source again. */
export interface Evaluation {
  modules: ModuleCache;
  evaluated: Evaluated;
}

/** A source whose default export is not a jaarschijf: what its define helper made it (undefined: a helper, or anything else), and the evaluation that showed it. */
export interface OtherSource {
  other: 'raamovereenkomst' | 'monitor' | undefined;
  evaluation?: Evaluation;
}

/** As loadJaarschijf, but a source whose default export is something else (a raamovereenkomst, a monitor, a helper) says what it is. */
export async function loadJaarschijfIfAny(file: string, options: LoadOptions = {}): Promise<LoadedJaarschijf | OtherSource> {
  const skipped: OtherSource = { other: undefined };
  return (await load(file, options, skipped)) ?? skipped;
}

export function isOtherSource(loaded: LoadedJaarschijf | OtherSource): loaded is OtherSource {
  return 'other' in loaded;
}

async function load(file: string, options: LoadOptions, skipped?: OtherSource): Promise<LoadedJaarschijf | undefined> {
  const list = new DiagnosticList();
  const abs = resolve(file);
  const context: LoadContext = {
    list,
    markdown: { cell: new Map(), long: new Map() },
    modules: options.modules ?? new Map(),
    logos: new Map(),
    root: projectRoot(dirname(abs)),
    withPrevious: options.previous ?? true,
    ...(skipped ? { skipped } : {}),
    ...(options.evaluated ? { evaluated: options.evaluated } : {}),
  };
  const loaded = await loadOne(abs, context, [], { file: displayPath(abs) });
  list.throwIfAny();
  return loaded;
}

interface LoadContext {
  list: DiagnosticList;
  markdown: { cell: Map<string, readonly RichBlock[]>; long: Map<string, readonly LongTextBlock[]> };
  modules: ModuleCache;
  /** Logos read, per raamovereenkomst and its parties' logos. */
  logos: Map<string, Promise<(Logo | string)[]>>;
  root: string;
  withPrevious: boolean;
  /** Set when the named file may be something else: it is then skipped, and what it is written here. */
  skipped?: OtherSource;
  /** The entry as evaluated already. */
  evaluated?: Evaluated;
}

async function loadOne(abs: string, ctx: LoadContext, chain: readonly string[], report: Site): Promise<LoadedJaarschijf | undefined> {
  const { list } = ctx;
  const given = chain.length === 0 ? ctx.evaluated : undefined;
  const evaluated = given ?? (await evaluateSource(abs, ctx.root, list, ctx.modules, report));
  if (!evaluated) return undefined;
  const real = evaluated.files[0]!;
  const file = displayPath(real);
  const value = evaluated.value;
  const origin = originOf(value);
  if (origin?.kind !== 'jaarschijf') {
    const kind = origin?.kind === 'raamovereenkomst' || origin?.kind === 'monitor' ? origin.kind : undefined;
    if (chain.length === 0 && ctx.skipped) {
      ctx.skipped.other = kind;
      ctx.skipped.evaluation = { modules: ctx.modules, evaluated };
      return undefined;
    }
    const what = kind ? `een ${kind}, geen jaarschijf` : 'geen jaarschijf';
    const hint = kind === 'monitor' ? `voor een monitor: \`jaarschijf monitor ${file}\`` : 'een jaarschijf schrijft `export default defineJaarschijf(raamovereenkomst, { ... })`';
    // A previous year that is not a jaarschijf is a mistake of the file that names it.
    if (chain.length) list.addAt(report, `${file} is ${what} (previous noemt de jaarschijf van het jaar ervoor)`);
    else list.addAt({ file }, `de standaardexport is ${what} (${hint})`);
    return undefined;
  }
  const { raamovereenkomst: rawRaam, ...rawJaarschijf } = value as Record<string, unknown>;
  const raamPath = originOf(rawRaam)?.file ?? real;
  const raamFile = displayPath(raamPath);
  const before = list.size;
  describePaths(list, file, raamFile, rawJaarschijf, rawRaam);

  // A jaarschijf without a raamovereenkomst names its gemeente and parties itself.
  const standalone = rawRaam === undefined;
  const jResult = jaarschijfSchema.safeParse(rawJaarschijf);
  if (!jResult.success) addZodIssues(list, file, jResult.error.issues);
  let raam: Raamovereenkomst | undefined;
  if (standalone) {
    raam = jResult.success ? standaloneRaamovereenkomst(jResult.data as Jaarschijf, file, list) : undefined;
  } else {
    const raamResult = raamovereenkomstSchema.safeParse(rawRaam);
    if (!raamResult.success) addZodIssues(list, raamFile, raamResult.error.issues);
    raam = raamResult.success ? raamResult.data : undefined;
    for (const field of ['gemeente', 'parties', 'partyKinds', 'groups'] as const) {
      if (rawJaarschijf[field] !== undefined) list.add(file, [field], `${field} staat in de raamovereenkomst; een jaarschijf noemt ze alleen als zij geen raamovereenkomst heeft`);
    }
  }
  if (raam) {
    if (!standalone) checkRaamovereenkomst(raam, raamFile, list);
    checkJaarschijf(rawJaarschijf, raam, file, list, { standalone });
  }
  const texts = new TextChecker(list);
  texts.check(raamFile, rawRaam);
  texts.check(file, rawJaarschijf);
  await texts.finish();
  parseTexts(list, ctx.markdown, raamFile, rawRaam, file, rawJaarschijf);
  const logos = raam ? await readLogos(raam, raamPath, raamFile, list, ctx) : [];
  const reviewMarks = collectReviewMarks(file, rawJaarschijf, list);

  let previous: LoadedJaarschijf | undefined;
  const j = jResult.success ? (jResult.data as Jaarschijf) : undefined;
  if (ctx.withPrevious && j?.previous) {
    const prevAbs = resolve(dirname(real), j.previous);
    const prevReal = existsSync(prevAbs) ? realpathSync(prevAbs) : prevAbs;
    if (chain.includes(prevReal) || prevReal === real) {
      list.add(file, 'previous', `de keten van vorige jaarschijven komt terug bij ${displayPath(prevReal)}`);
    } else {
      previous = await loadOne(prevAbs, ctx, [...chain, real], list.site(file, ['previous']));
      if (previous && raam) {
        const py = previous.jaarschijf.year;
        if (py !== j.year - 1) {
          list.add(file, 'previous', `${j.previous} is de jaarschijf ${py}; verwacht ${j.year - 1}, het jaar voor ${j.year}`);
        }
        // The first year of a new period follows the last year of the one before.
        if (previous.raamovereenkomst.id !== raam.id && j.year !== raam.period.from) {
          list.add(file, 'previous', `${j.previous} hoort bij raamovereenkomst "${previous.raamovereenkomst.id}", niet bij "${raam.id}"`);
        }
      }
    }
  }
  if (list.size > before || !raam || !j) return undefined;
  return {
    file,
    path: real,
    raamFile,
    raamPath,
    jaarschijf: j,
    raamovereenkomst: raam,
    logos: logos.filter((l): l is Logo => typeof l !== 'string'),
    ...(previous ? { previous } : {}),
    files: [...new Set([...evaluated.files, ...logoFiles(raam, raamPath), ...(previous?.files ?? [])])],
    reviewMarks,
    rich: (text) => ctx.markdown.cell.get(text) ?? parseMarkdown(text),
    long: (text) => ctx.markdown.long.get(text) ?? parseLongText(text),
  };
}

/** A raamovereenkomst on its own (the new period `draft --raamovereenkomst` drafts into): evaluated, validated and checked as when a jaarschijf uses it. */
export async function loadRaamovereenkomst(file: string, evaluation?: Evaluation): Promise<{ file: string; path: string; raamovereenkomst: Raamovereenkomst }> {
  const list = new DiagnosticList();
  const abs = resolve(file);
  const root = projectRoot(dirname(abs));
  const evaluated = evaluation?.evaluated ?? (await evaluateSource(abs, root, list, new Map(), { file: displayPath(abs) }));
  list.throwIfAny();
  const real = evaluated!.files[0]!;
  const display = displayPath(real);
  if (originOf(evaluated!.value)?.kind !== 'raamovereenkomst') {
    list.addAt({ file: display }, 'de standaardexport is geen raamovereenkomst (een raamovereenkomst schrijft `export default defineRaamovereenkomst({ ... })`)');
    list.throwIfAny();
  }
  describePaths(list, '', display, {}, evaluated!.value);
  const result = raamovereenkomstSchema.safeParse(evaluated!.value);
  if (!result.success) addZodIssues(list, display, result.error.issues);
  else checkRaamovereenkomst(result.data, display, list);
  const texts = new TextChecker(list);
  texts.check(display, evaluated!.value);
  await texts.finish();
  parseTexts(list, { cell: new Map(), long: new Map() }, display, evaluated!.value, display, {});
  if (result.success) await readLogos(result.data, real, display, list, { logos: new Map(), root });
  list.throwIfAny();
  return { file: display, path: real, raamovereenkomst: result.data! };
}

/** Messages say "thema Beschikbaarheid, afspraak bes-03: kader", not "themes.beschikbaarheid.afspraken[2].kader". */
function describePaths(list: DiagnosticList, file: string, raamFile: string, rawJaarschijf: Raw, rawRaam: unknown): void {
  const raamThemes = record(record(rawRaam)?.themes) ?? {};
  const themeTitle = (themeId: string) => {
    const own = record(record(rawJaarschijf.themes)?.[themeId]);
    const title = own?.title ?? record(raamThemes[themeId])?.title;
    return typeof title === 'string' ? title : themeId;
  };
  const themes = record(rawJaarschijf.themes) ?? {};
  list.describe(file, (path) => {
    const [top, themeId, field, index, ...rest] = path;
    if (top === 'themes' && typeof themeId === 'string') {
      const theme = `thema ${themeTitle(themeId)}`;
      if (field === 'afspraken' && typeof index === 'number') {
        const afspraken = record(themes[themeId])?.afspraken;
        const id = record(Array.isArray(afspraken) ? afspraken[index] : undefined)?.id;
        return { context: `${theme}, ${typeof id === 'string' ? `afspraak ${id}` : `rij ${index + 1}`}`, rest };
      }
      return { context: theme, rest: path.slice(2) };
    }
    if (top === 'chapters' && typeof themeId === 'number') return chapterPlace(rawJaarschijf.chapters, path);
    if (top === 'annexes' && typeof themeId === 'number') return { context: `bijlage ${themeId + 1}`, rest: path.slice(2) };
    if ((top === 'groups' || top === 'parties' || top === 'indicators') && typeof themeId === 'string') {
      const what = top === 'groups' ? 'groep' : top === 'parties' ? 'partij' : 'indicator';
      return { context: `${what} ${themeId}`, rest: path.slice(2) };
    }
    if (top === 'signing' && themeId === 'signatories' && typeof field === 'number') {
      const signatories = record(rawJaarschijf.signing)?.signatories;
      const name = record(Array.isArray(signatories) ? signatories[field] : undefined)?.name;
      return { context: `ondertekenaar ${typeof name === 'string' ? name : field + 1}`, rest: path.slice(3) };
    }
    return { rest: path };
  });
  if (raamFile === file) return;
  list.describe(raamFile, (path) => {
    const [top, id, sub, doel, ...rest] = path;
    if (top === 'themes' && typeof id === 'string') {
      const title = record(raamThemes[id])?.title;
      const theme = `thema ${typeof title === 'string' ? title : id}`;
      if (sub === 'doelstellingen' && typeof doel === 'string') return { context: `${theme}, doelstelling ${doel}`, rest };
      return { context: theme, rest: path.slice(2) };
    }
    if (top === 'parties' && typeof id === 'string') return { context: `partij ${id}`, rest: path.slice(2) };
    return { rest: path };
  });
}

/** "hoofdstuk 2.1.1 Huisvesten specifieke doelgroepen" for chapters[1].sections[0].sections[0]. */
function chapterPlace(chapters: unknown, path: readonly PathSegment[]): { context: string; rest: PathSegment[] } {
  const numbers: number[] = [];
  let list = chapters;
  let title: unknown;
  let at = 1;
  while (typeof path[at] === 'number' && Array.isArray(list)) {
    const index = path[at] as number;
    numbers.push(index + 1);
    const chapter = record(list[index]);
    title = chapter?.title;
    at++;
    if (path[at] !== 'sections' || typeof path[at + 1] !== 'number') break;
    list = chapter?.sections;
    at++;
  }
  const name = `${numbers.length > 1 ? 'paragraaf' : 'hoofdstuk'} ${numbers.join('.')}${typeof title === 'string' ? ` ${title}` : ''}`;
  return { context: name, rest: path.slice(at) };
}

/** Every Markdown text of the raamovereenkomst and the jaarschijf, parsed once; every problem of every text. */
function parseTexts(list: DiagnosticList, caches: LoadContext['markdown'], raamFile: string, rawRaam: unknown, file: string, rawJaarschijf: Raw): void {
  const parse = (where: string, path: PathSegment[], text: unknown, kind: 'cell' | 'long' = 'cell') => {
    if (kind === 'long') parseTextInto(list, caches.long, parseLongText, where, path, text);
    else parseTextInto(list, caches.cell, parseMarkdown, where, path, text);
  };
  for (const [themeId, t] of Object.entries(record(record(rawRaam)?.themes) ?? {})) {
    for (const [doelId, d] of Object.entries(record(record(t)?.doelstellingen) ?? {})) {
      const base = ['themes', themeId, 'doelstellingen', doelId];
      parse(raamFile, [...base, 'text'], record(d)?.text);
      for (const [kaderId, text] of Object.entries(record(record(d)?.kaderafspraken) ?? {})) parse(raamFile, [...base, 'kaderafspraken', kaderId], text);
    }
  }
  parse(file, ['introduction'], rawJaarschijf.introduction, 'long');
  for (const [themeId, t] of Object.entries(record(rawJaarschijf.themes) ?? {})) {
    const theme = record(t);
    parse(file, ['themes', themeId, 'intro'], theme?.intro, 'long');
    const afspraken = Array.isArray(theme?.afspraken) ? theme.afspraken : [];
    afspraken.forEach((a, index) => {
      const entry = record(a);
      parse(file, ['themes', themeId, 'afspraken', index, 'text'], entry?.text);
      parse(file, ['themes', themeId, 'afspraken', index, 'toelichting'], entry?.toelichting);
    });
  }
  const chapters = (value: unknown, path: PathSegment[]) => {
    (Array.isArray(value) ? value : []).forEach((c, i) => {
      parse(file, [...path, i, 'text'], record(c)?.text, 'long');
      chapters(record(c)?.sections, [...path, i, 'sections']);
    });
  };
  chapters(rawJaarschijf.chapters, ['chapters']);
  (Array.isArray(rawJaarschijf.annexes) ? rawJaarschijf.annexes : []).forEach((a, i) => parse(file, ['annexes', i, 'text'], record(a)?.text, 'long'));
}

/** The `review` fields of a jaarschijf, its themes and its agreements, as warnings. */
function collectReviewMarks(file: string, raw: Raw, list: DiagnosticList): Diagnostic[] {
  const marks: Diagnostic[] = [];
  const add = (path: PathSegment[], review: unknown) => {
    const notes = typeof review === 'string' ? [review] : Array.isArray(review) ? review.filter((r): r is string => typeof r === 'string') : [];
    notes.forEach((note, i) => {
      // The place in the document says enough; the field is always `review`.
      const { path: _, ...site } = list.site(file, typeof review === 'string' ? path : [...path, i]);
      marks.push({ ...site, message: `nakijken: ${note}`, severity: 'warning' });
    });
  };
  add(['review'], raw.review);
  for (const [themeId, t] of Object.entries(record(raw.themes) ?? {})) {
    const theme = record(t);
    add(['themes', themeId, 'review'], theme?.review);
    (Array.isArray(theme?.afspraken) ? theme.afspraken : []).forEach((a, index) => add(['themes', themeId, 'afspraken', index, 'review'], record(a)?.review));
  }
  return marks;
}

async function readLogos(raam: Raamovereenkomst, raamAbs: string, raamFile: string, list: DiagnosticList, ctx: Pick<LoadContext, 'logos' | 'root'>): Promise<(Logo | string)[]> {
  const baseDir = dirname(raamAbs);
  // A party may have no logo.
  const withLogo = Object.entries(raam.parties).filter((entry): entry is [string, typeof entry[1] & { logo: string }] => entry[1].logo !== undefined);
  // The years of one raamovereenkomst share its logos: read once per load.
  const key = JSON.stringify([raamAbs, withLogo.map(([id, party]) => [id, party.name, party.logo])]);
  let reading = ctx.logos.get(key);
  if (!reading) ctx.logos.set(key, (reading = Promise.all(withLogo.map(([id, party]) => readLogo(id, party.name, party.logo, baseDir, ctx.root)))));
  const logos = await reading;
  withLogo.forEach(([id], index) => {
    const logo = logos[index];
    if (typeof logo === 'string') list.add(raamFile, ['parties', id, 'logo'], logo);
  });
  return logos;
}

/**
 * The raamovereenkomst a jaarschijf without one stands for: its gemeente,
 * parties, groups and kinds, one year long, without themes (there is nothing
 * to cover).
 */
function standaloneRaamovereenkomst(j: Jaarschijf, file: string, list: DiagnosticList): Raamovereenkomst | undefined {
  if (!j.gemeente) list.add(file, ['gemeente'], 'ontbreekt: een jaarschijf zonder raamovereenkomst noemt haar gemeente (gemeente: "...")');
  if (!j.parties) list.add(file, ['parties'], 'ontbreekt: een jaarschijf zonder raamovereenkomst noemt haar partijen (parties: { ... })');
  if (!j.gemeente || !j.parties) return undefined;
  return {
    id: `${slug(j.gemeente)}-${j.year}`,
    title: j.title ?? `Prestatieafspraken ${j.gemeente} ${j.year}`,
    gemeente: j.gemeente,
    period: { from: j.year, to: j.year },
    parties: j.parties,
    ...(j.partyKinds ? { partyKinds: j.partyKinds } : {}),
    ...(j.groups ? { groups: j.groups } : {}),
    themes: {},
    standalone: true,
  };
}

/** The logos' real paths (the logos have been read, so they exist). */
function logoFiles(raam: Raamovereenkomst, raamPath: string): string[] {
  return Object.values(raam.parties).flatMap((p) => {
    if (p.logo === undefined) return [];
    const abs = resolve(dirname(raamPath), p.logo);
    return existsSync(abs) ? realpathSync(abs) : abs;
  });
}

/** The nearest folder holding package.json or .git: a source and everything it uses must stay inside it. */
export function projectRoot(from: string): string {
  const start = existsSync(from) ? realpathSync(from) : from;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json')) || existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

export { SourceError };
