/**
 * The fixed wording of documents (column titles, heading patterns, the signing
 * sentence, the footer) lives in templates/wording.json as Handlebars
 * templates, so a gemeente changes words without touching code.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { SourceError } from '../sources/diagnostics.js';
import { checkWordingOverride, readWordingFile, runTemplate, TemplateError, type Tree } from './wordingChecks.js';

/** templates/ of the package (the same from src/ under vitest and from dist/). */
export const packageTemplates = fileURLToPath(new URL('../../templates/', import.meta.url));

export type Render = (key: string, data?: Record<string, unknown>) => string;

export interface Wording {
  /** Render the template at a dot path, e.g. `columns.doelstelling`. */
  text: Render;
}

const cache = new Map<string, Wording>();

/**
 * The wording, from the package's templates, with entries of `overrideDir/wording.json` on top.
 * The override is checked as a whole when it is loaded; a problem names the
 * file its entry came from.
 */
export function loadWording(overrideDir?: string): Wording {
  const cacheKey = overrideDir ?? '';
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const packageFile = join(packageTemplates, 'wording.json');
  let tree = readWordingFile(packageFile);
  let fileOf = (_key: string) => packageFile;
  if (overrideDir) {
    const overrideFile = join(overrideDir, 'wording.json');
    const override = readWordingFile(overrideFile);
    const problems = checkWordingOverride(override, tree, overrideFile);
    if (problems.length) throw new SourceError(problems);
    tree = merge(tree, override);
    fileOf = (key) => (typeof lookup(override, key) === 'string' ? overrideFile : packageFile);
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const wording: Wording = {
    text(key, data = {}) {
      const file = fileOf(key);
      let template = compiled.get(key);
      if (!template) {
        const source = lookup(tree, key);
        if (typeof source !== 'string') throw new SourceError([{ file, path: key, message: 'deze tekst ontbreekt' }]);
        if (source.includes('{{')) {
          // Plain text, not HTML: the renderers escape for their own format. (An override's texts were
          // checked as it was loaded, the package's by its test: a template here parses and reads no inherited property.)
          template = Handlebars.compile(source, { noEscape: true, strict: true });
        } else {
          // Without {{ a text is itself (more than half of them): Handlebars would give it back unchanged.
          template = () => source;
        }
        compiled.set(key, template);
      }
      try {
        return runTemplate(template, data);
      } catch (error) {
        if (error instanceof TemplateError) throw new SourceError([{ file, path: key, message: error.message }]);
        throw error;
      }
    },
  };
  cache.set(cacheKey, wording);
  return wording;
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

function merge(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? merge(b, v) : v;
  }
  return out;
}

/** "a", "a en b", "a, b en c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The files `loadWording(overrideDir)` reads: what a preview watches, and what no output may replace. */
export function wordingFiles(overrideDir?: string): string[] {
  return [join(packageTemplates, 'wording.json'), ...(overrideDir ? [resolve(overrideDir, 'wording.json')] : [])];
}

/** Forget every loaded wording, so the next load reads the files again (the preview, after one changed). */
export function forgetWording(): void {
  cache.clear();
}
