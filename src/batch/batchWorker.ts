/**
 * A thread of the batch pool: loads a source and builds its document, or
 * renders a document in every format asked for. The renderers load as soon
 * as the thread starts, while its first source is read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentModel } from '../document/types.js';
import { inputFiles } from '../output/inputFiles.js';
import { documentWithAnnex } from '../render/documentWithAnnex.js';
import { preparers, renderers, type DocumentFormat, type Renderer } from '../render/renderers.js';
import { reviveModel } from '../render/reviveModel.js';
import { SourceError } from '../sources/diagnostics.js';
import { isOtherSource, loadJaarschijf, loadJaarschijfIfAny } from '../sources/loadJaarschijf.js';
import type { BatchJob, BatchReply, BatchWorkerData } from './batchProtocol.js';

const port = parentPort!;
const { formats, options } = workerData as BatchWorkerData;

const ready = new Map<DocumentFormat, Promise<Renderer>>(
  formats.map((format) => [
    format,
    renderers[format]().then(async (render) => {
      await preparers[format]?.();
      return render;
    }),
  ]),
);
// A failure is reported with the first render, not as an unhandled rejection.
for (const renderer of ready.values()) renderer.catch(() => undefined);

port.on('message', async (job: BatchJob) => {
  let reply: BatchReply;
  try {
    reply = job.kind === 'load' ? await load(job.file, job.inFolder) : await render(job.doc);
  } catch (error) {
    if (error instanceof SourceError) reply = { ok: false, diagnostics: [...error.diagnostics] };
    else reply = error instanceof Error ? { ok: false, message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { ok: false, message: String(error) };
  }
  // The outputs' memory moves to the main thread instead of being copied.
  const transfer = reply.ok && reply.kind === 'rendered' ? new Set(reply.outputs.flatMap((o) => (typeof o === 'string' ? [] : [o.buffer as ArrayBuffer]))) : [];
  port.postMessage(reply, [...transfer]);
});

async function load(file: string, inFolder: boolean): Promise<BatchReply> {
  const started = performance.now();
  const loaded = inFolder ? await loadJaarschijfIfAny(file) : await loadJaarschijf(file);
  if (isOtherSource(loaded)) return { ok: true, kind: 'skipped', other: loaded.other };
  const doc = await documentWithAnnex(loaded, options);
  return { ok: true, kind: 'loaded', doc, inputs: inputFiles(loaded), ms: performance.now() - started };
}

async function render(posted: DocumentModel): Promise<BatchReply> {
  const started = performance.now();
  const doc = reviveModel(posted);
  const outputs: (Uint8Array | string)[] = [];
  for (const format of formats) outputs.push(await (await ready.get(format)!)(doc));
  return { ok: true, kind: 'rendered', outputs, ms: performance.now() - started };
}
