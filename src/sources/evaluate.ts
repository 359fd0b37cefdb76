/**
 * Evaluate an agreement source: read and check it and its imports on the host
 * (readModules), run them in the sandbox (QuickJS in a worker thread, see
 * sandbox.ts), and bring back its default export as plain data. A source can
 * describe agreements with constants, helper functions and template strings;
 * it cannot read, write, run or wait for anything.
 */
import { extname } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { originKey, type Origin } from '../model/define.js';
import type { DiagnosticList } from './diagnostics.js';
import { displayPath } from './displayPath.js';
import { checkSourcePath, readModules, type ModuleCache, type SourceModule } from './readModules.js';
import { runInSandbox, sandboxLimits, warmSandbox, type SandboxResult } from './sandbox.js';
import { originJsonKey } from './sandboxProtocol.js';

export interface Evaluated {
  value: unknown;
  /** Real paths of every file the source consists of. */
  files: string[];
}

export { warmSandbox };

/**
 * Evaluate the source at `abs` (inside `root`). Problems go to `list`, with
 * `report` naming where the source was asked for (the command line, or the
 * `previous` field of a newer year).
 */
export async function evaluateSource(
  abs: string,
  root: string,
  list: DiagnosticList,
  cache: ModuleCache,
  report: { file: string; path?: string } = { file: displayPath(abs) },
): Promise<Evaluated | undefined> {
  const extension = extname(abs);
  if (extension !== '.ts') {
    list.addAt(report, `${displayPath(abs)} is ${extension ? `een ${extension}-bestand` : 'geen .ts-bestand'}; een jaarschijf is een TypeScript-bestand (.ts) dat \`export default defineJaarschijf(...)\` bevat`);
    return undefined;
  }
  const real = checkSourcePath(abs, root, list, report);
  if (!real) return undefined;
  warmSandbox();
  const modules = await readModules(real, root, displayPath, list, cache);
  if (!modules) return undefined;

  const limits = sandboxLimits();
  const result = await runInSandbox(real, new Map([...modules].map(([path, m]) => [path, m.code])), limits);
  if (!result.ok) {
    list.addAt(failureSite(result, real, modules), failureMessage(result, limits.timeLimitMs, limits.memoryLimitBytes));
    return undefined;
  }
  return { value: revive(result.json, modules), files: [...modules.keys()] };
}

function failureMessage(result: Extract<SandboxResult, { ok: false }>, timeLimitMs: number, memoryLimitBytes: number): string {
  switch (result.kind) {
    case 'timeout':
      return `de bron is niet binnen ${timeLimitMs / 1000} s klaar (een lus die nooit eindigt?)`;
    case 'memory':
      return `de bron gebruikt meer dan ${Math.round(memoryLimitBytes / 1024 / 1024)} MB geheugen`;
    case 'stack':
      return 'de bron roept zichzelf te diep aan of is te diep genest (stack overflow)';
    case 'value':
      if (result.message === 'pending') return 'de standaardexport wacht op iets dat nooit komt (een bron kan niet wachten)';
      if (result.message === 'no-default') return 'de bron heeft geen standaardexport (schrijf `export default defineJaarschijf(raamovereenkomst, { ... })`)';
      return 'de standaardexport is geen gegevens (schrijf `export default defineJaarschijf(raamovereenkomst, { ... })`)';
    case 'runtime':
      return `de bron faalt bij het uitvoeren: ${dutchRuntime(result.message)}`;
  }
}

/** The common run-time errors of a source in Dutch; the rest as QuickJS says them. */
function dutchRuntime(message: string): string {
  const notDefined = /^ReferenceError: '?([\w$]+)'? is not defined$/.exec(message);
  if (notDefined) {
    const name = notDefined[1]!;
    const outside = ['process', 'require', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', 'Buffer', 'console', 'globalThis.process'];
    return outside.includes(name)
      ? `${name} bestaat niet in een bron: een bron beschrijft alleen afspraken en heeft geen toegang tot de computer`
      : `${name} is niet gedefinieerd`;
  }
  if (/^TypeError: cannot read property '([^']+)' of undefined$/.test(message)) return message.replace(/^TypeError: cannot read property '([^']+)' of undefined$/, "eigenschap '$1' van undefined gelezen");
  if (/circular reference|cycle detected/i.test(message)) return 'de gegevens verwijzen naar zichzelf (een kring)';
  if (/BigInt/.test(message)) return 'een BigInt is geen gegeven dat een document kan tonen';
  return message;
}

/** The file and line of a run-time error, from the first frame of QuickJS's stack that is in one of the modules. */
function failureSite(result: Extract<SandboxResult, { ok: false }>, entry: string, modules: ReadonlyMap<string, SourceModule>): { file: string; line?: number; column?: number } {
  for (const match of (result.stack ?? '').matchAll(/\((.+?):(\d+):(\d+)\)|at (\/.+?):(\d+):(\d+)/g)) {
    const path = match[1] ?? match[4]!;
    const module = modules.get(path);
    if (!module) continue;
    const line = Number(match[2] ?? match[5]);
    const column = Number(match[3] ?? match[6]);
    if (module.map) {
      const original = originalPositionFor(new TraceMap(module.map), { line, column: Math.max(0, column - 1) });
      if (original.line !== null) return { file: module.text.file, line: original.line, column: original.column + 1 };
    }
    return { file: module.text.file, line, column };
  }
  return { file: displayPath(entry) };
}

/**
 * JSON from the sandbox -> data with the origins of the defined objects
 * (which file defined a raamovereenkomst). An origin must name one of the
 * source's own modules: anything else is ignored.
 */
function revive(json: string, modules: ReadonlyMap<string, SourceModule>): unknown {
  return JSON.parse(json, (key, value: unknown) => {
    if (value && typeof value === 'object' && originJsonKey in value) {
      const { [originJsonKey]: origin, value: data } = value as Record<string, unknown>;
      const o = origin as { kind?: unknown; file?: unknown };
      if (!data || typeof data !== 'object') return data;
      if ((o.kind === 'raamovereenkomst' || o.kind === 'jaarschijf' || o.kind === 'monitor') && typeof o.file === 'string' && modules.has(o.file)) {
        const marked: Origin = { kind: o.kind, file: o.file };
        Object.defineProperty(data, originKey, { value: marked, enumerable: false });
      }
      return data;
    }
    return value;
  });
}

