/**
 * The preview's web server, on 127.0.0.1 only. It serves a fixed list of
 * routes (the page, the current PDF, pdf.js from node_modules, an event
 * stream) and nothing else, so no URL reaches another file. Requests whose
 * Host is not 127.0.0.1 or localhost at this port are refused: a web page
 * elsewhere cannot reach the preview through a DNS name it points here.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { formatDiagnostic } from '../sources/diagnostics.js';
import { previewPage } from './previewPage.js';
import type { PreviewRenderer, PreviewState } from './PreviewRenderer.js';

export const previewHost = '127.0.0.1';

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
const pdfjsFiles: Record<string, string> = {
  '/pdfjs/pdf.min.mjs': 'pdfjs-dist/build/pdf.min.mjs',
  '/pdfjs/pdf.worker.min.mjs': 'pdfjs-dist/build/pdf.worker.min.mjs',
};

const security = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data: blob:; worker-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

export async function startPreviewServer(renderer: PreviewRenderer, port: number): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  const assets = new Map<string, Buffer>();
  let actualPort = port;

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Interne fout in de voorbeeldserver.');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request.headers.host, actualPort)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Alleen bereikbaar als 127.0.0.1 of localhost.');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, 'text/plain; charset=utf-8', 'Alleen GET en HEAD.');
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return send(response, 200, 'text/html; charset=utf-8', previewPage(renderer.file));
    if (path === '/events') return openStream(response);
    if (path === '/document.pdf') {
      const { pdf, fileName } = renderer.state;
      if (!pdf) return send(response, 404, 'text/plain; charset=utf-8', 'Er is nog geen document: de bron heeft problemen.');
      response.setHeader('Content-Disposition', `inline; filename="${fileName ?? 'jaarschijf'}.pdf"`);
      return send(response, 200, 'application/pdf', pdf);
    }
    const asset = pdfjsFiles[path];
    if (asset) {
      let data = assets.get(path);
      if (!data) assets.set(path, (data = await readFile(require.resolve(asset))));
      response.setHeader('Cache-Control', 'max-age=3600');
      return send(response, 200, 'text/javascript; charset=utf-8', data);
    }
    return send(response, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
  }

  function openStream(response: ServerResponse): void {
    response.writeHead(200, { ...security, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    streams.add(response);
    response.on('close', () => streams.delete(response));
    response.write(event(renderer.state));
  }

  const unsubscribe = renderer.onUpdate((state) => {
    const message = event(state);
    for (const stream of streams) stream.write(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, previewHost, () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;

  return {
    url: `http://${previewHost}:${actualPort}/`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What the page is told after each change: see the script in templates/preview.html.hbs. */
function event(state: PreviewState): string {
  const data = {
    version: state.version,
    busy: state.busy,
    time: state.updatedAt ? clockTime(state.updatedAt) : undefined,
    document: state.problems.length === 0 && state.pdfHash ? `/document.pdf?v=${state.pdfHash}` : undefined,
    problems: state.problems.map(formatDiagnostic),
  };
  return `data: ${JSON.stringify(data)}\n\n`;
}

export function clockTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  response.writeHead(status, { ...security, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** Only the names this server is meant to be reached by, at its own port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
