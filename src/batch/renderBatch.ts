/**
 * `render` with several sources or a folder: every document on a pool of
 * worker threads, one per core, each loading, building and rendering whole
 * documents. A failed source never stops the others.
 *
 * 1. Every source is loaded and its document built (these jobs go first);
 *    a document renders as soon as it is built.
 * 2. When every source is loaded, every output is known: documents that
 *    would write the same file (same gemeente and year) are all refused, as
 *    is an output that would replace an input of the batch. Nothing is
 *    written before this.
 * 3. Each document's outputs are written as one output set (all or nothing)
 *    as soon as they are rendered, one set at a time.
 * Then a summary; exit code 1 when any document failed.
 */
import { availableParallelism, freemem } from 'node:os';
import { resolve } from 'node:path';
import { loadWording, wordingFiles } from '../document/wording.js';
import { checkOutputs, writeOutputSet } from '../output/writeOutputSet.js';
import { outputTargets, type RenderOptions } from '../render/documentWithAnnex.js';
import type { DocumentModel } from '../document/types.js';
import type { DocumentFormat } from '../render/renderers.js';
import { formatDiagnostic, SourceError, type Diagnostic } from '../sources/diagnostics.js';
import { displayPath } from '../sources/displayPath.js';
import { BatchProgress, seconds } from './BatchProgress.js';
import type { BatchJob, BatchReply, BatchWorkerData } from './batchProtocol.js';
import { sourceFiles, isFolder, skippedNotice, type ListedSource } from '../sources/sourceFiles.js';
import { WorkerPool } from './WorkerPool.js';

type Loaded = Extract<BatchReply, { kind: 'loaded' }>;
type Skipped = Extract<BatchReply, { kind: 'skipped' }>;
type Rendered = Extract<BatchReply, { kind: 'rendered' }>;
type Failure = Extract<BatchReply, { ok: false }>;

interface Entry {
  source: ListedSource;
  /** The source as messages show it. */
  name: string;
  load?: Loaded | Skipped | Failure;
  rendering?: Promise<Rendered | Failure>;
}

type LoadedEntry = Entry & { load: Loaded; rendering: Promise<Rendered | Failure> };

/** What the caller hears of each document: built (before it renders) and rendered. */
export interface BatchHooks {
  loaded?: (doc: DocumentModel) => void;
  rendered?: () => void;
}

export async function renderBatch(paths: readonly string[], formats: readonly DocumentFormat[], outDir: string, options: RenderOptions, hooks: BatchHooks = {}): Promise<number> {
  const started = performance.now();
  // A mistake in --templates is one message, before anything runs.
  loadWording(options.templates);
  const entries: Entry[] = sourceFiles(paths).map((source) => ({ source, name: displayPath(resolve(source.file)) }));
  const progress = new BatchProgress(process.stdout, process.stderr);
  // The status line on a terminal says what is under way.
  let showStatus = () => undefined as void;
  const workerData: BatchWorkerData = { formats, options };
  const pool = new WorkerPool<BatchJob, BatchReply>(new URL('./batchWorker.js', import.meta.url), {
    size: poolSize(entries.length),
    workerData,
    // A render's objects are short-lived: a small young generation keeps each thread's memory down, and measured no slower.
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
    onChange: () => showStatus(),
  });
  const run = async <R extends BatchReply>(entry: Entry, message: BatchJob, urgent: boolean): Promise<R | Failure> => {
    try {
      return (await pool.run({ message, urgent, label: entry.name })) as R | Failure;
    } catch (error) {
      // The thread died (out of memory, a crash): this document fails, the pool goes on.
      return { ok: false, message: `de verwerking stopte onverwacht: ${(error as Error).message}` };
    }
  };

  try {
    // 1. Load every source; render each document as soon as it is built.
    let read = 0;
    showStatus = () => progress.setStatus(`bronnen lezen (${read} van ${entries.length}): ${pool.busy().join(', ')}`);
    await Promise.all(
      entries.map(async (entry) => {
        entry.load = await run<Loaded | Skipped>(entry, { kind: 'load', file: entry.source.file, inFolder: entry.source.folder !== undefined }, true);
        if (entry.load.ok && entry.load.kind === 'loaded') {
          hooks.loaded?.(entry.load.doc);
          entry.rendering = run<Rendered>(entry, { kind: 'render', doc: entry.load.doc }, false).then((rendered) => {
            if (rendered.ok) hooks.rendered?.();
            return rendered;
          });
        }
        read++;
        showStatus();
      }),
    );

    const skipped = (e: Entry): e is Entry & { load: Skipped } => e.load?.ok === true && e.load.kind === 'skipped';
    for (const entry of entries.filter(skipped)) progress.print(skippedNotice(entry.name, entry.load.other));
    const documents = entries.filter((e) => !skipped(e));
    const empty = paths
      .filter((path) => isFolder(path) && !documents.some((e) => e.source.folder === path))
      .map((folder) => ({ file: displayPath(resolve(folder)), message: 'deze map bevat geen jaarschijven (alleen de .ts-bestanden in de map zelf tellen; noem submappen apart)' }));
    if (!documents.length) throw new SourceError(empty);
    for (const d of empty) progress.print(formatDiagnostic(d));

    // 2. Every output is known: refuse collisions and outputs over inputs before anything is written.
    const loaded = documents.filter((e): e is LoadedEntry => e.load?.ok === true && e.load.kind === 'loaded');
    const inputs = [...new Set(loaded.flatMap((e) => e.load.inputs)), ...wordingFiles(options.templates)];
    const targets = new Map(loaded.map((e) => [e, [...outputTargets(outDir, e.load.doc.meta.fileName, formats).values()]]));
    const refused = new Map<Entry, Diagnostic[]>();
    for (const entry of loaded) {
      // The same file name (gemeente and year) means the same outputs.
      const others = loaded.filter((e) => e !== entry && e.load.doc.meta.fileName === entry.load.doc.meta.fileName);
      if (others.length) {
        const message = `zou ${targets.get(entry)!.join(', ')} schrijven, net als ${others.map((e) => e.name).join(', ')} (dezelfde gemeente en hetzelfde jaar); geen van deze documenten is geschreven`;
        refused.set(entry, [{ file: entry.name, message }]);
        continue;
      }
      try {
        checkOutputs(targets.get(entry)!, { inputs });
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        refused.set(entry, [...error.diagnostics]);
      }
    }

    // 3. The documents that failed so far, then each written document as it comes.
    const total = documents.length;
    let done = 0;
    let internal = false;
    showStatus = () => progress.setStatus(`bezig (${done} van ${total} klaar): ${pool.busy().join(', ')}`);
    const fail = (entry: Entry, failure: Failure | readonly Diagnostic[]) => {
      const diagnostics = !('ok' in failure) ? failure : 'diagnostics' in failure ? failure.diagnostics : [internalError(entry, failure)];
      internal ||= 'ok' in failure && !('diagnostics' in failure);
      const n = diagnostics.length;
      progress.print(`[${++done}/${total}] ${entry.name}: ${progress.style.red('mislukt')} (${n} ${n === 1 ? 'probleem' : 'problemen'})`);
      progress.printError(diagnostics.map(formatDiagnostic));
    };
    for (const entry of documents) {
      if (entry.load && !entry.load.ok) fail(entry, entry.load);
      else if (refused.has(entry)) fail(entry, refused.get(entry)!);
    }
    showStatus();

    let written = 0;
    let writing = Promise.resolve();
    const write = async (entry: LoadedEntry, rendered: Rendered) => {
      const at = performance.now();
      const files = targets.get(entry)!;
      try {
        await writeOutputSet(files.map((target, i) => ({ target, data: rendered.outputs[i]! })), { inputs });
      } catch (error) {
        return fail(entry, error instanceof SourceError ? error.diagnostics : { ok: false, message: (error as Error).message, ...((error as Error).stack ? { stack: (error as Error).stack! } : {}) });
      }
      written++;
      const ms = entry.load.ms + rendered.ms + performance.now() - at;
      progress.print(`[${++done}/${total}] ${entry.name} → ${[files[0]!, ...formats.slice(1).map((f) => `.${f}`)].join(', ')} (${seconds(ms)})`);
    };
    await Promise.all(
      loaded
        .filter((entry) => !refused.has(entry))
        .map(async (entry) => {
          const rendered = await entry.rendering;
          if (!rendered.ok) return fail(entry, rendered);
          // One output set at a time: two sets never race to make the same folder.
          const next = writing.then(() => write(entry, rendered));
          writing = next.catch(() => undefined);
          return next;
        }),
    );

    progress.finish();
    if (internal && !process.env.JAARSCHIJF_DEBUG) process.stderr.write('(zet JAARSCHIJF_DEBUG=1 voor details, en meld deze fout alstublieft)\n');
    const failed = total - written;
    progress.print(`${total} ${total === 1 ? 'document' : 'documenten'}: ${written} geschreven, ${failed} mislukt (${seconds(performance.now() - started)})`);
    return failed ? 1 : 0;
  } finally {
    progress.finish();
    await pool.close();
  }
}

/** A thread per core, no more than there are documents, and no more than the free memory holds (a thread renders in about 150 MB). */
function poolSize(documents: number): number {
  return Math.max(1, Math.min(availableParallelism(), documents, Math.floor(freemem() / (256 * 2 ** 20))));
}

/** An internal error of one document, as a message about its source (with the stack under JAARSCHIJF_DEBUG). */
function internalError(entry: Entry, failure: Extract<Failure, { message: string }>): Diagnostic {
  const stack = process.env.JAARSCHIJF_DEBUG && failure.stack ? `\n${failure.stack}` : '';
  return { file: entry.name, message: `interne fout: ${failure.message}${stack}` };
}
