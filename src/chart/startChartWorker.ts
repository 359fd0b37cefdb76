/**
 * Charts rendered on a worker thread (`jaarschijf monitor`): the thread
 * starts at once and loads Vega while the sources are read; it holds the
 * process open only while a chart is being drawn.
 */
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartReply, ChartRequest } from './chartWorker.js';
import type { ChartSvg } from './renderChart.js';

export interface ChartWorker {
  render(spec: TopLevelSpec, idPrefix: string): Promise<ChartSvg>;
  /** Stop the thread (and wait until it has stopped). */
  close(): Promise<void>;
}

export function startChartWorker(): ChartWorker {
  const worker = new Worker(new URL('./chartWorker.js', import.meta.url));
  worker.unref();
  let failure: Error | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (chart: ChartSvg) => void; reject: (error: Error) => void }>();
  const fail = (error: Error) => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the chart thread stopped (exit code ${code})`)));
  worker.on('message', (reply: ChartReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (!pending.size) worker.unref();
    if (reply.ok) return p.resolve(reply.chart);
    const error = new Error(reply.message);
    if (reply.stack) error.stack = reply.stack;
    p.reject(error);
  });
  return {
    render: (spec, idPrefix) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, spec, idPrefix } satisfies ChartRequest);
      }),
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
