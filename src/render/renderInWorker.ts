/**
 * Render one format on a worker thread. The thread starts (and loads its
 * renderer) at once; it holds the process open only while a render is under
 * way, so a source that fails to load still ends the command at once. Its
 * memory is returned to the system when the thread ends.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../document/types.js';
import type { DocumentFormat, Renderer } from './renderers.js';
import type { WorkerReply } from './renderWorker.js';

export interface RenderWorker {
  /** Render the model; call once. Settles when the thread has ended. */
  render: Renderer;
  /** Stop the thread when no render was asked for, or it failed (and wait until it has stopped). */
  close(): Promise<void>;
}

export function startRenderWorker(format: DocumentFormat): RenderWorker {
  const worker = new Worker(new URL('./renderWorker.js', import.meta.url), {
    workerData: { format },
    // A render's objects are short-lived: a small young generation keeps the
    // thread's memory down, and measured no slower (npm run bench).
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  worker.unref();
  let failure: Error | undefined;
  worker.once('error', (error) => (failure = error));
  return {
    render: (doc: DocumentModel) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        worker.ref();
        worker.once('error', reject);
        const stopped = (code: number) => reject(new Error(`the ${format} render thread stopped (exit code ${code})`));
        worker.once('exit', stopped);
        worker.once('message', (reply: WorkerReply) => {
          // Settled when the thread has ended, so its memory is back before the caller goes on.
          worker.off('exit', stopped);
          void worker.terminate().then(() => {
            if (reply.ok) return resolve(reply.output);
            const error = new Error(reply.message);
            if (reply.stack) error.stack = reply.stack;
            reject(error);
          });
        });
        worker.postMessage(doc);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
