/**
 * Load a jaarschijf source: evaluate it in the sandbox, validate it (zod),
 * check its references, texts and Markdown, read its logos and load the
 * previous years it names. Every problem in every file of the chain is
 * collected, each once, with the line it is on; then it throws one
 * SourceError, or returns a LoadedJaarschijf that later stages can trust.
 */
import { dirname, resolve } from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import type { RichBlock } from '../model/richtext.js';
import { isJaarafspraak, jaarschijfSchema, raamovereenkomstSchema, type Jaarschijf, type Raamovereenkomst } from '../model/schema.js';
import { originOf } from '../model/define.js';
import { TextChecker } from './checkTexts.js';
import { DiagnosticList, SourceError, type Diagnostic, type PathSegment, type Site } from './diagnostics.js';
import { displayPath } from './displayPath.js';
import { evaluateSource, type Evaluated } from './evaluate.js';
import { readLogo, type Logo } from './logos.js';
import { parseMarkdown } from './markdown.js';
import { parseTextInto } from './parseTextInto.js';
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
  /** Parsed Markdown of a text field of this chain. */
  rich(text: string): readonly RichBlock[];
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
  const loaded = await load(file, options, false);
  return loaded!;
}

/** As loadJaarschijf, but a source whose default export is something else (a raamovereenkomst, a helper) gives undefined. */
export async function loadJaarschijfIfAny(file: string, options: LoadOptions = {}): Promise<LoadedJaarschijf | undefined> {
  return load(file, options, true);
}

async function load(file: string, options: LoadOptions, skipOther: boolean): Promise<LoadedJaarschijf | undefined> {
  const list = new DiagnosticList();
  const abs = resolve(file);
  const context: LoadContext = {
    list,
    markdown: new Map(),
    modules: options.modules ?? new Map(),
    root: projectRoot(dirname(abs)),
    withPrevious: options.previous ?? true,
    skipOther,
    ...(options.evaluated ? { evaluated: options.evaluated } : {}),
  };
  const loaded = await loadOne(abs, context, [], { file: displayPath(abs) });
  list.throwIfAny();
  return loaded;
}

interface LoadContext {
  list: DiagnosticList;
  markdown: Map<string, readonly RichBlock[]>;
  modules: ModuleCache;
  root: string;
  withPrevious: boolean;
  skipOther: boolean;
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
    if (!ctx.skipOther) {
      const what = origin?.kind === 'raamovereenkomst' ? 'een raamovereenkomst, geen jaarschijf' : 'geen jaarschijf';
      list.addAt({ file }, `de standaardexport is ${what} (een jaarschijf schrijft \`export default defineJaarschijf(raamovereenkomst, { ... })\`)`);
    }
    return undefined;
  }
  const { raamovereenkomst: rawRaam, ...rawJaarschijf } = value as Record<string, unknown>;
  const raamPath = originOf(rawRaam)?.file ?? real;
  const raamFile = displayPath(raamPath);
  const before = list.size;
  describePaths(list, file, raamFile, rawJaarschijf, rawRaam);

  const raamResult = raamovereenkomstSchema.safeParse(rawRaam);
  if (!raamResult.success) addZodIssues(list, raamFile, raamResult.error.issues);
  const jResult = jaarschijfSchema.safeParse(rawJaarschijf);
  if (!jResult.success) addZodIssues(list, file, jResult.error.issues);
  const raam = raamResult.success ? raamResult.data : undefined;
  if (raam) {
    checkRaamovereenkomst(raam, raamFile, list);
    checkJaarschijf(rawJaarschijf, raam, file, list);
  }
  const texts = new TextChecker(list);
  texts.check(raamFile, rawRaam);
  texts.check(file, rawJaarschijf);
  await texts.finish();
  parseTexts(list, ctx.markdown, raamFile, rawRaam, file, rawJaarschijf);
  const logos = raam ? await readLogos(raam, raamPath, raamFile, list, ctx.root) : [];
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
        if (previous.raamovereenkomst.id !== raam.id) {
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
    rich: (text) => ctx.markdown.get(text) ?? parseMarkdown(text),
  };
}

type Raw = Record<string, unknown>;
const record = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);

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

/** Every Markdown text of the raamovereenkomst and the jaarschijf, parsed once; every problem of every text. */
function parseTexts(list: DiagnosticList, cache: Map<string, readonly RichBlock[]>, raamFile: string, rawRaam: unknown, file: string, rawJaarschijf: Raw): void {
  const parse = (where: string, path: PathSegment[], text: unknown) => parseTextInto(list, cache, where, path, text);
  for (const [themeId, t] of Object.entries(record(record(rawRaam)?.themes) ?? {})) {
    for (const [doelId, d] of Object.entries(record(record(t)?.doelstellingen) ?? {})) {
      const base = ['themes', themeId, 'doelstellingen', doelId];
      parse(raamFile, [...base, 'text'], record(d)?.text);
      for (const [kaderId, text] of Object.entries(record(record(d)?.kaderafspraken) ?? {})) parse(raamFile, [...base, 'kaderafspraken', kaderId], text);
    }
  }
  parse(file, ['introduction'], rawJaarschijf.introduction);
  for (const [themeId, t] of Object.entries(record(rawJaarschijf.themes) ?? {})) {
    const theme = record(t);
    parse(file, ['themes', themeId, 'intro'], theme?.intro);
    const afspraken = Array.isArray(theme?.afspraken) ? theme.afspraken : [];
    afspraken.forEach((a, index) => {
      const entry = record(a);
      parse(file, ['themes', themeId, 'afspraken', index, 'text'], entry?.text);
      parse(file, ['themes', themeId, 'afspraken', index, 'toelichting'], entry?.toelichting);
    });
  }
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

async function readLogos(raam: Raamovereenkomst, raamAbs: string, raamFile: string, list: DiagnosticList, root: string): Promise<(Logo | string)[]> {
  const baseDir = dirname(raamAbs);
  const logos = await Promise.all(Object.entries(raam.parties).map(([id, party]) => readLogo(id, party.name, party.logo, baseDir, root)));
  Object.keys(raam.parties).forEach((id, index) => {
    const logo = logos[index];
    if (typeof logo === 'string') list.add(raamFile, ['parties', id, 'logo'], logo);
  });
  return logos;
}

/** The logos' real paths (the logos have been read, so they exist). */
function logoFiles(raam: Raamovereenkomst, raamPath: string): string[] {
  return Object.values(raam.parties).map((p) => {
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
