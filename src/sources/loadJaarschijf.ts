/**
 * Load a jaarschijf source: run it, validate it (zod), check its references,
 * parse its Markdown, read its logos and load the previous years it names.
 * Every problem in every file of the chain is collected; then it throws one
 * SourceError, or returns a LoadedJaarschijf that later stages can trust.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RichBlock } from '../model/richtext.js';
import {
  isJaarafspraak,
  jaarschijfSchema,
  raamovereenkomstSchema,
  type Jaarschijf,
  type Raamovereenkomst,
} from '../model/schema.js';
import { originOf } from '../model/define.js';
import { DiagnosticList, SourceError } from './diagnostics.js';
import { displayPath, evaluateSource } from './evaluate.js';
import { readLogo, type Logo } from './logos.js';
import { MarkdownError, parseMarkdown } from './markdown.js';
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
  /** Parsed Markdown of a text field of this chain. */
  rich(text: string): readonly RichBlock[];
}

export interface LoadOptions {
  /** Load the previous years too (default true). */
  previous?: boolean;
}

export async function loadJaarschijf(file: string, options: LoadOptions = {}): Promise<LoadedJaarschijf> {
  const list = new DiagnosticList();
  const markdown = new Map<string, readonly RichBlock[]>();
  const loaded = await loadOne(resolve(file), list, markdown, options.previous ?? true, []);
  list.throwIfAny();
  return loaded!;
}

async function loadOne(
  abs: string,
  list: DiagnosticList,
  markdown: Map<string, readonly RichBlock[]>,
  withPrevious: boolean,
  chain: readonly string[],
): Promise<LoadedJaarschijf | undefined> {
  const file = displayPath(abs);
  if (!existsSync(abs)) {
    list.add(file, undefined, 'file not found');
    return undefined;
  }
  let value: unknown;
  try {
    value = (await evaluateSource(abs, displayPath)).value;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    list.items.push(...error.diagnostics);
    return undefined;
  }
  const origin = originOf(value);
  if (origin?.kind !== 'jaarschijf') {
    list.add(file, undefined, 'the default export is not a jaarschijf (write `export default defineJaarschijf(raamovereenkomst, { ... })`)');
    return undefined;
  }
  const { raamovereenkomst: rawRaam, ...rawJaarschijf } = value as Record<string, unknown>;
  const raamAbs = originOf(rawRaam)?.file ?? abs;
  const raamFile = displayPath(raamAbs);
  const before = list.size;

  const raamResult = raamovereenkomstSchema.safeParse(rawRaam);
  if (!raamResult.success) addZodIssues(list, raamFile, raamResult.error.issues);
  const jResult = jaarschijfSchema.safeParse(rawJaarschijf);
  if (!jResult.success) addZodIssues(list, file, jResult.error.issues);
  if (!raamResult.success || !jResult.success) return undefined;

  const raam = raamResult.data;
  const jaarschijf = jResult.data as Jaarschijf;
  checkRaamovereenkomst(raam, raamFile, list);
  checkJaarschijf(jaarschijf, raam, file, list);
  parseTexts(raam, jaarschijf, file, raamFile, list, markdown);
  const logos = await readLogos(raam, raamAbs, raamFile, list);

  let previous: LoadedJaarschijf | undefined;
  if (withPrevious && jaarschijf.previous) {
    const prevAbs = resolve(dirname(abs), jaarschijf.previous);
    if (chain.includes(prevAbs) || prevAbs === abs) {
      list.add(file, 'previous', `the chain of previous jaarschijven loops back to ${displayPath(prevAbs)}`);
    } else if (!existsSync(prevAbs)) {
      list.add(file, 'previous', `file not found: ${jaarschijf.previous}`);
    } else {
      previous = await loadOne(prevAbs, list, markdown, true, [...chain, abs]);
      if (previous) {
        const py = previous.jaarschijf.year;
        if (py !== jaarschijf.year - 1) {
          list.add(file, 'previous', `${jaarschijf.previous} is the jaarschijf ${py}; expected ${jaarschijf.year - 1}, the year before ${jaarschijf.year}`);
        }
        if (previous.raamovereenkomst.id !== raam.id) {
          list.add(file, 'previous', `${jaarschijf.previous} belongs to raamovereenkomst "${previous.raamovereenkomst.id}", not "${raam.id}"`);
        }
      }
    }
  }
  if (list.size > before) return undefined;
  return {
    file,
    path: abs,
    raamFile,
    raamPath: raamAbs,
    jaarschijf,
    raamovereenkomst: raam,
    logos: logos.filter((l): l is Logo => typeof l !== 'string'),
    ...(previous ? { previous } : {}),
    rich: (text) => markdown.get(text) ?? parseMarkdown(text),
  };
}

function parseTexts(
  raam: Raamovereenkomst,
  j: Jaarschijf,
  file: string,
  raamFile: string,
  list: DiagnosticList,
  cache: Map<string, readonly RichBlock[]>,
): void {
  const parse = (text: string | undefined, where: string, path: string) => {
    if (text === undefined || cache.has(text)) return;
    try {
      cache.set(text, parseMarkdown(text));
    } catch (error) {
      if (!(error instanceof MarkdownError)) throw error;
      list.add(where, path, error.message);
    }
  };
  for (const [themeId, t] of Object.entries(raam.themes)) {
    for (const [doelId, d] of Object.entries(t.doelstellingen)) {
      const base = `themes.${themeId}.doelstellingen.${doelId}`;
      parse(d.text, raamFile, `${base}.text`);
      for (const [kaderId, text] of Object.entries(d.kaderafspraken)) parse(text, raamFile, `${base}.kaderafspraken.${kaderId}`);
    }
  }
  parse(j.introduction, file, 'introduction');
  for (const [themeId, t] of Object.entries(j.themes)) {
    parse(t.intro, file, `themes.${themeId}.intro`);
    t.afspraken.forEach((a, index) => {
      if (!isJaarafspraak(a)) return;
      parse(a.text, file, `themes.${themeId}.afspraken[${index}].text`);
      parse(a.toelichting, file, `themes.${themeId}.afspraken[${index}].toelichting`);
    });
  }
}

async function readLogos(raam: Raamovereenkomst, raamAbs: string, raamFile: string, list: DiagnosticList): Promise<(Logo | string)[]> {
  const baseDir = dirname(raamAbs);
  const root = projectRoot(baseDir);
  const logos = await Promise.all(
    Object.entries(raam.parties).map(([id, party]) => readLogo(id, party.name, party.logo, baseDir, root)),
  );
  Object.keys(raam.parties).forEach((id, index) => {
    const logo = logos[index];
    if (typeof logo === 'string') list.add(raamFile, `parties.${id}.logo`, logo);
  });
  return logos;
}

/** The nearest folder holding package.json or .git: logos must stay inside it. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json')) || existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
