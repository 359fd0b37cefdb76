/**
 * Run a TypeScript agreement source and return its default export.
 *
 * The source is bundled in memory with esbuild (a few milliseconds; no tsx
 * start-up) and evaluated as a CommonJS function, which works the same under
 * the compiled CLI and under vitest. `jaarschijf` imports resolve to the tiny
 * define module, so a source needs nothing but this package.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import type { Plugin } from 'esbuild';
import { SourceError, type Diagnostic } from './diagnostics.js';

const here = dirname(fileURLToPath(import.meta.url));
// dist/ holds define.js; under vitest the source is define.ts.
const defineModule = [join(here, '../model/define.js'), join(here, '../model/define.ts')].find((p) => existsSync(p))!;

const currentFileKey = 'globalThis[Symbol.for("jaarschijf.currentFile")]';
const originStatement = (path: string): string => `${currentFileKey} = ${JSON.stringify(path)};`;

/** Tell the define helpers which file is running, so relative paths resolve against it. */
function originPlugin(): Plugin {
  return {
    name: 'jaarschijf-origin',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (args.path === defineModule || args.path.includes('node_modules')) return undefined;
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        // Same line, so line numbers in error messages stay right.
        return { contents: originStatement(args.path) + source, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

export interface Evaluated {
  value: unknown;
}

/** Evaluate a source file; `display` is how diagnostics name it. */
export async function evaluateSource(absPath: string, display: (abs: string) => string): Promise<Evaluated> {
  const { build } = await import('esbuild');
  let result;
  try {
    result = await build({
      entryPoints: [absPath],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      alias: { jaarschijf: defineModule },
      plugins: [originPlugin()],
    });
  } catch (error) {
    throw new SourceError(buildDiagnostics(error, absPath, display));
  }
  const duplicates = result.warnings.filter((w) => w.id === 'duplicate-object-key');
  if (duplicates.length) throw new SourceError(duplicates.map((w) => messageDiagnostic(w, absPath, display)));

  const code = result.outputFiles[0]!.text;
  const module = { exports: {} as Record<string, unknown> };
  try {
    const run = compileFunction(code, ['module', 'exports', 'require'], { filename: absPath });
    run(module, module.exports, createRequire(absPath));
  } catch (error) {
    const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
    throw new SourceError([{ file: display(absPath), message: `the source failed while loading: ${message}` }]);
  } finally {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('jaarschijf.currentFile')];
  }
  if (!('default' in module.exports)) {
    throw new SourceError([{ file: display(absPath), message: 'the source has no default export (write `export default defineJaarschijf(...)`)' }]);
  }
  return { value: module.exports.default };
}

interface EsbuildMessage {
  id?: string;
  text: string;
  location: { file: string; line: number; column: number } | null;
}

function buildDiagnostics(error: unknown, absPath: string, display: (abs: string) => string): Diagnostic[] {
  const errors = (error as { errors?: EsbuildMessage[] }).errors;
  if (!errors?.length) return [{ file: display(absPath), message: `cannot read the source: ${(error as Error).message}` }];
  return errors.map((e) => messageDiagnostic(e, absPath, display));
}

function messageDiagnostic(message: EsbuildMessage, absPath: string, display: (abs: string) => string): Diagnostic {
  const loc = message.location;
  if (!loc) return { file: display(absPath), message: message.text };
  const abs = join(process.cwd(), loc.file);
  // The origin statement sits in front of line 1.
  const shift = loc.line === 1 ? originStatement(abs).length : 0;
  const file = display(abs);
  return { file, line: loc.line, column: Math.max(1, loc.column - shift + 1), message: describe(message.text) };
}

function describe(text: string): string {
  if (/^Duplicate key/.test(text)) return text.replace(/^Duplicate key (".*") in object literal/, 'duplicate id $1');
  if (/^Could not resolve/.test(text)) return text.replace(/^Could not resolve/, 'cannot find the imported file');
  return `syntax error: ${text}`;
}

export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}
