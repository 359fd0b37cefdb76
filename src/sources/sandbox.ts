/**
 * The host side of the source sandbox: one worker thread per process
 * (started at the first load, while the files are still being read), one
 * fresh QuickJS runtime per source inside it. The host enforces the time
 * limit itself too: a thread that has not answered shortly after the limit is
 * terminated, whatever the source is doing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SandboxReply, SandboxRequest, SandboxResult } from './sandboxProtocol.js';

export interface SandboxLimits {
  timeLimitMs: number;
  memoryLimitBytes: number;
}

/** 5 s and 256 MB, or JAARSCHIJF_TIME_LIMIT (seconds) and JAARSCHIJF_MEMORY_LIMIT (MB). */
export function sandboxLimits(env: NodeJS.ProcessEnv = process.env): SandboxLimits {
  const seconds = positive(env.JAARSCHIJF_TIME_LIMIT) ?? 5;
  const megabytes = positive(env.JAARSCHIJF_MEMORY_LIMIT) ?? 256;
  return { timeLimitMs: seconds * 1000, memoryLimitBytes: megabytes * 1024 * 1024 };
}

function positive(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Shortly after the limit the host stops waiting for QuickJS's own interrupt. */
const HARD_STOP_GRACE_MS = 1000;
/**
 * QuickJS's own memory limit does not always hold in the prebuilt
 * WebAssembly (its heap grows on its own: quickjs-emscripten issue 255), and
 * an out-of-memory error inside a module can leave it spinning. So the host
 * also watches the process's memory while a source runs, and stops the thread
 * well past the limit (with room for what other threads of the process use).
 */
const MEMORY_POLL_MS = 25;
const fenceOf = (limitBytes: number) => limitBytes * 1.5 + 64 * 1024 * 1024;

// dist/ holds the compiled worker; under vitest the sources run from src/, the worker from dist/.
const compiledWorker = new URL('./sandboxWorker.js', import.meta.url);
const workerUrl = existsSync(fileURLToPath(compiledWorker)) ? compiledWorker : new URL('../../dist/sources/sandboxWorker.js', import.meta.url);

let thread: Worker | undefined;
let nextId = 1;

/** Start the thread now, so QuickJS compiles while the host reads and checks the files. */
export function warmSandbox(): void {
  sandboxThread();
}

function sandboxThread(): Worker {
  if (!thread) {
    // A large stack: deep recursion in QuickJS's C code must hit QuickJS's own limit first.
    thread = new Worker(workerUrl, { resourceLimits: { stackSizeMb: 64 } });
    thread.unref();
  }
  return thread;
}

function stopThread(worker: Worker): void {
  if (thread === worker) thread = undefined;
  void worker.terminate();
}

export type { SandboxResult };

/** Evaluate the entry module (and the modules it imports) and return its default export as JSON. */
export function runInSandbox(entry: string, modules: ReadonlyMap<string, string>, limits: SandboxLimits): Promise<SandboxResult> {
  const worker = sandboxThread();
  const request: SandboxRequest = { id: nextId++, entry, modules: Object.fromEntries(modules), ...limits };
  const baseline = process.memoryUsage.rss();
  return new Promise((resolve) => {
    const done = (result: SandboxResult) => {
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.unref();
      resolve(result);
    };
    const onMessage = (reply: SandboxReply) => {
      if (reply.id !== request.id) return;
      const { id: _, ...result } = reply;
      // A runtime that ran out of time or memory may have left the engine in a bad state: start afresh next time.
      if (!reply.ok && reply.kind !== 'runtime' && reply.kind !== 'value') stopThread(worker);
      done(result);
    };
    const onError = (error: Error) => {
      stopThread(worker);
      done({ ok: false, kind: /memory|allocation/i.test(error.message) ? 'memory' : 'stack', message: error.message });
    };
    const onExit = () => {
      if (thread === worker) thread = undefined;
      done({ ok: false, kind: 'memory', message: 'the sandbox thread stopped' });
    };
    const timer = setTimeout(() => {
      // A source that filled its memory and then stalled (QuickJS after an out-of-memory error) ran out of memory, not time.
      const full = process.memoryUsage.rss() - baseline >= limits.memoryLimitBytes * 0.75;
      stopThread(worker);
      done(full ? { ok: false, kind: 'memory', message: 'out of memory' } : { ok: false, kind: 'timeout', message: 'interrupted' });
    }, limits.timeLimitMs + HARD_STOP_GRACE_MS);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline <= fenceOf(limits.memoryLimitBytes)) return;
      stopThread(worker);
      done({ ok: false, kind: 'memory', message: 'out of memory' });
    }, MEMORY_POLL_MS);
    worker.ref();
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}
