/**
 * Worker thread entry: renders one format of a document model that the CLI
 * posts. The renderer module loads as soon as the thread starts, while the
 * CLI is still reading the source.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentModel } from '../document/types.js';
import { preparers, renderers, type DocumentFormat } from './renderers.js';
import { reviveModel } from './reviveModel.js';

export type WorkerReply = { ok: true; output: Uint8Array | string } | { ok: false; message: string; stack?: string };

const port = parentPort!;
const format = (workerData as { format: DocumentFormat }).format;
// Load the renderer and do its document-independent work while the CLI reads the source.
const renderer = renderers[format]().then(async (render) => {
  await preparers[format]?.();
  return render;
});
// A failure is reported when the model arrives, not as an unhandled rejection.
renderer.catch(() => undefined);

port.once('message', async (doc: DocumentModel) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, output: await (await renderer)(reviveModel(doc)) };
  } catch (error) {
    // The stack travels too, for JAARSCHIJF_DEBUG.
    reply = error instanceof Error ? { ok: false, message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { ok: false, message: String(error) };
  }
  port.postMessage(reply, reply.ok && typeof reply.output !== 'string' ? [reply.output.buffer as ArrayBuffer] : []);
});
