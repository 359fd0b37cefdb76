import { statSync } from 'node:fs';
import { formatDiagnostic, SourceError } from '../sources/diagnostics.js';
import { FileWatcher } from '../preview/FileWatcher.js';
import { PreviewRenderer, type PreviewState } from '../preview/PreviewRenderer.js';
import { clockTime, startPreviewServer, type PreviewServer } from '../preview/previewServer.js';
import { parseCommandArgs } from './args.js';
import { optimizeFromNowOn } from './compilerTiers.js';
import { inputProblem } from './readInput.js';
import { commands, UsageError } from './usage.js';

/**
 * `jaarschijf preview <file.ts> [--port 4000]`: the rendered PDF in the
 * browser, rendered again on every save of the source or a file it uses.
 * Runs until Ctrl-C.
 */
export async function run(args: string[]): Promise<number> {
  const usage = commands.preview;
  const { values, positionals } = parseCommandArgs(args, { port: { type: 'string', short: 'p' }, templates: { type: 'string' } }, usage);
  if (positionals.length !== 1) throw new UsageError('noem één jaarschijf-bron', usage);
  const file = positionals[0]!;
  const port = parsePort(values.port ?? '4000', usage);
  try {
    statSync(file);
  } catch (error) {
    throw new SourceError([{ file, message: inputProblem(error) }]);
  }

  const renderer = new PreviewRenderer(file, values.templates ? { templates: values.templates } : {});
  let server: PreviewServer;
  try {
    server = await startPreviewServer(renderer, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`poort ${port} is al in gebruik; kies een andere met --port, of --port 0 voor een vrije poort`, usage);
    if (code === 'EACCES') throw new UsageError(`geen toegang tot poort ${port}; kies een poort vanaf 1024, of --port 0 voor een vrije poort`, usage);
    throw error;
  }
  const watcher = new FileWatcher(() => void renderer.request());
  renderer.onUpdate((state) => {
    if (state.busy) return;
    // The renders after the first are of the same document again: worth optimizing.
    optimizeFromNowOn();
    watcher.watch(renderer.files);
    process.stdout.write(logLine(state));
  });
  watcher.watch(renderer.files);
  process.stdout.write(`Voorbeeld van ${file}: ${server.url}\nHet wordt bijgewerkt bij elke wijziging; Ctrl-C stopt het.\n`);
  void renderer.request();

  await stopSignal();
  watcher.close();
  await renderer.close();
  await server.close();
  process.stdout.write('Voorbeeld gestopt.\n');
  return 0;
}

function parsePort(value: string, usage: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port <= 65535)) throw new UsageError(`--port "${value}" is geen poortnummer; gebruik 1024-65535, of 0 voor een vrije poort`, usage);
  return port;
}

function logLine(state: PreviewState): string {
  const time = clockTime(state.updatedAt ?? new Date());
  const n = state.problems.length;
  if (!n) return `${time} bijgewerkt\n`;
  return `${time} ${n === 1 ? '1 probleem' : `${n} problemen`}:\n${state.problems.map((d) => `  ${formatDiagnostic(d)}\n`).join('')}`;
}

/** Ctrl-C (or a polite kill): stop cleanly. A second one ends the process at once, as usual. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
