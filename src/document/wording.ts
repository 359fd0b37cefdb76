/**
 * The fixed wording of documents (column titles, heading patterns, the signing
 * sentence, the footer) lives in templates/wording.json as Handlebars
 * templates, so a gemeente changes words without touching code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { SourceError } from '../sources/diagnostics.js';

/** templates/ of the package (the same from src/ under vitest and from dist/). */
export const packageTemplates = fileURLToPath(new URL('../../templates/', import.meta.url));

type Tree = { [key: string]: string | Tree };
export type Render = (key: string, data?: Record<string, unknown>) => string;

export interface Wording {
  /** Render the template at a dot path, e.g. `columns.doelstelling`. */
  text: Render;
  /** A plain entry (no variables), e.g. `trekkerGroups.gemeente`. */
  has(key: string): boolean;
}

const cache = new Map<string, Wording>();

/** The wording, from the package's templates, with entries of `overrideDir/wording.json` on top. */
export function loadWording(overrideDir?: string): Wording {
  const cacheKey = overrideDir ?? '';
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const file = join(packageTemplates, 'wording.json');
  let tree = readJson(file);
  if (overrideDir) tree = merge(tree, readJson(join(overrideDir, 'wording.json')));
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const wording: Wording = {
    has: (key) => typeof lookup(tree, key) === 'string',
    text(key, data = {}) {
      let template = compiled.get(key);
      if (!template) {
        const source = lookup(tree, key);
        if (typeof source !== 'string') throw new SourceError([{ file, path: key, message: 'missing wording entry' }]);
        // Plain text, not HTML: the renderers escape for their own format.
        template = Handlebars.compile(source, { noEscape: true, strict: true });
        compiled.set(key, template);
      }
      try {
        return template(data);
      } catch (error) {
        throw new SourceError([{ file, path: key, message: `template error: ${(error as Error).message.split('\n')[0]}` }]);
      }
    },
  };
  cache.set(cacheKey, wording);
  return wording;
}

function readJson(file: string): Tree {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Tree;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new SourceError([{ file, message: `cannot read the wording templates: ${reason}` }]);
  }
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

/** The files `loadWording(overrideDir)` reads, for a preview to watch. */
export function wordingFiles(overrideDir?: string): string[] {
  return [join(packageTemplates, 'wording.json'), ...(overrideDir ? [join(overrideDir, 'wording.json')] : [])];
}

/** Forget every loaded wording, so the next load reads the files again (the preview, after one changed). */
export function forgetWording(): void {
  cache.clear();
}
