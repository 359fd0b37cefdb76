/**
 * Worker thread entry: renders the charts the CLI posts. Vega and Vega-Lite
 * load as soon as the thread starts, while the CLI is still reading the
 * sources; the charts render while the CLI loads its document renderer.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { loadChartLibraries, renderChart, type ChartSvg } from './renderChart.js';

export interface ChartRequest {
  id: number;
  spec: TopLevelSpec;
  idPrefix: string;
}

export type ChartReply = { id: number } & ({ ok: true; chart: ChartSvg } | { ok: false; message: string; stack?: string });

const port = parentPort!;
// A failure to load is reported with the first chart, not as an unhandled rejection.
loadChartLibraries().catch(() => undefined);

port.on('message', async ({ id, spec, idPrefix }: ChartRequest) => {
  let reply: ChartReply;
  try {
    reply = { id, ok: true, chart: await renderChart(spec, idPrefix) };
  } catch (error) {
    reply = error instanceof Error ? { id, ok: false, message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { id, ok: false, message: String(error) };
  }
  port.postMessage(reply);
});
