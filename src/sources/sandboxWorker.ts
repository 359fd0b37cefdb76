/**
 * Worker thread that evaluates agreement sources in QuickJS (compiled to
 * WebAssembly): a JavaScript engine with no `process`, `require`, timers,
 * network or file system, whose only way out is the JSON it returns. Modules
 * come from the host, already read, checked and stripped of their types; the
 * only other module is `jaarschijf`, the define helpers below.
 *
 * The thread is the second fence: it has a large stack, so deep recursion in
 * QuickJS's own C code ends in QuickJS's "stack overflow", and the host can
 * terminate it when a source runs past its time in code that never checks
 * for the interrupt.
 */
import { parentPort } from 'node:worker_threads';
import { newQuickJSWASMModuleFromVariant, shouldInterruptAfterDeadline, type QuickJSContext, type QuickJSHandle } from 'quickjs-emscripten-core';

import { originJsonKey, type SandboxFailureKind, type SandboxReply, type SandboxRequest } from './sandboxProtocol.js';

const quickjs = newQuickJSWASMModuleFromVariant(import('@jitl/quickjs-wasmfile-release-sync'));

/**
 * The `jaarschijf` module as a source sees it: the define helpers mark what
 * they return with the kind and the file that called them, so the host knows
 * which file wrote the raamovereenkomst (its logos resolve against it).
 */
function defineModule(file: string): string {
  return `
const kindKey = Symbol.for('jaarschijf.origin');
function mark(value, kind) {
  Object.defineProperty(value, kindKey, { value: { kind, file: ${JSON.stringify(file)} }, enumerable: false });
  return value;
}
export function defineRaamovereenkomst(raamovereenkomst) { return mark({ ...raamovereenkomst }, 'raamovereenkomst'); }
export function defineJaarschijf(first, second) { return mark(second === undefined ? { ...first } : { ...second, raamovereenkomst: first }, 'jaarschijf'); }
export function defineMonitor(jaarschijf, monitor) { return mark({ ...monitor, jaarschijf }, 'monitor'); }
`;
}

/**
 * Turns the default export into JSON inside the sandbox. It is evaluated
 * before any source runs, so it holds the original JSON.stringify; a source
 * that tampers with globals can only change its own data.
 */
const serializerCode = `(() => {
  const stringify = JSON.stringify;
  const kindKey = Symbol.for('jaarschijf.origin');
  return (value) => stringify(value, function (key, v) {
    if (v === null || typeof v !== 'object' || key === ${JSON.stringify(originJsonKey)}) return v;
    const origin = v[kindKey];
    if (!origin || typeof origin !== 'object' || this[${JSON.stringify(originJsonKey)}]) return v;
    return { [${JSON.stringify(originJsonKey)}]: { kind: origin.kind, file: origin.file }, value: { ...v } };
  });
})()`;

const port = parentPort!;
port.on('message', (request: SandboxRequest) => {
  void quickjs.then((module) => port.postMessage(evaluate(module, request)));
});

function evaluate(module: Awaited<typeof quickjs>, request: SandboxRequest): SandboxReply {
  const { id } = request;
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(request.memoryLimitBytes);
  // QuickJS counts its own C stack; this thread's stack is far larger, so QuickJS stops first.
  runtime.setMaxStackSize(1024 * 1024);
  runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + request.timeLimitMs));
  runtime.setModuleLoader(
    (name) => {
      if (name.startsWith('jaarschijf:')) return defineModule(name.slice('jaarschijf:'.length));
      const code = request.modules[name];
      return code ?? { error: new Error(`module not provided: ${name}`) };
    },
    (base, requested) => {
      if (requested === 'jaarschijf') return `jaarschijf:${base}`;
      return joinPath(base, requested);
    },
  );
  const context = runtime.newContext();
  // Every handle is disposed before the runtime: QuickJS asserts that none is left.
  const handles: QuickJSHandle[] = [];
  const keep = <T extends QuickJSHandle>(handle: T): T => {
    handles.push(handle);
    return handle;
  };
  try {
    const serializer = keep(context.unwrapResult(context.evalCode(serializerCode, '<jaarschijf>', { type: 'global' })));
    const result = context.evalCode(request.modules[request.entry]!, request.entry, { type: 'module' });
    if (result.error) return failure(id, context, keep(result.error));
    let exports = keep(result.value);
    // A module with top-level await evaluates to a promise of its exports.
    if (isPromise(context, exports)) {
      const jobs = runtime.executePendingJobs();
      if (jobs.error) return failure(id, context, keep(jobs.error));
      const state = context.getPromiseState(exports);
      if (state.type === 'pending') return { id, ok: false, kind: 'value', message: 'pending' };
      if (state.type === 'rejected') return failure(id, context, keep(state.error));
      exports = keep(state.value);
    }
    const value = keep(context.getProp(exports, 'default'));
    if (context.typeof(value) === 'undefined') return { id, ok: false, kind: 'value', message: 'no-default' };
    const json = context.callFunction(serializer, context.undefined, value);
    if (json.error) return failure(id, context, keep(json.error));
    const text = keep(json.value);
    if (context.typeof(text) !== 'string') return { id, ok: false, kind: 'value', message: 'not-data' };
    return { id, ok: true, json: context.getString(text) };
  } catch (error) {
    // A handle that cannot be unwrapped, or QuickJS out of memory in its own bookkeeping.
    const message = error instanceof Error ? error.message : String(error);
    return { id, ok: false, kind: /memory/i.test(message) ? 'memory' : 'runtime', message };
  } finally {
    try {
      for (const handle of handles) if (handle.alive) handle.dispose();
      context.dispose();
      runtime.dispose();
    } catch {
      // An engine left broken by an interrupted job: the host starts a new thread after such a failure.
    }
  }
}

function isPromise(context: QuickJSContext, handle: QuickJSHandle): boolean {
  const state = context.getPromiseState(handle);
  // For a value that is not a promise, `value` is the handle itself.
  if (state.type === 'fulfilled' && state.notAPromise) return false;
  if (state.type === 'fulfilled') state.value.dispose();
  if (state.type === 'rejected') state.error.dispose();
  return true;
}

function failure(id: number, context: QuickJSContext, handle: QuickJSHandle): SandboxReply {
  const dumped = context.dump(handle) as { name?: string; message?: string; stack?: string } | string | undefined;
  const error = typeof dumped === 'object' && dumped ? dumped : { message: String(dumped) };
  const name = error.name ?? 'Error';
  const message = error.message ?? String(dumped);
  const kind: SandboxFailureKind =
    name === 'InternalError' && message === 'interrupted'
      ? 'timeout'
      : /out of memory|string too long|array too long|invalid array length/.test(message)
        ? 'memory'
        : /stack overflow/.test(message)
          ? 'stack'
          : 'runtime';
  return { id, ok: false, kind, message: name === 'Error' ? message : `${name}: ${message}`, ...(error.stack ? { stack: error.stack } : {}) };
}

/** POSIX path join for module names (the host has checked every path already). */
function joinPath(base: string, relative: string): string {
  const parts = base.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
