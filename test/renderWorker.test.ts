/**
 * Word rendered on a worker thread (as `render --format docx,pdf` does): the
 * same bytes as on the main thread, and a failure comes back as an error
 * with its message, without leaving the thread running.
 */
import { describe, expect, it } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../src/document/types.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';

// The worker runs compiled code (dist/, built for the test run), as the CLI does.
const { startRenderWorker } = (await import('../dist/render/renderInWorker.js' as string)) as typeof import('../src/render/renderInWorker.js');

describe('rendering on a worker thread', () => {
  it('gives the same Word file as the main thread', async () => {
    const doc = buildJaarschijfDocument(await loadJaarschijf('agreements/harderwijk/2024.ts'));
    const worker = startRenderWorker('docx');
    try {
      const inWorker = await worker.render(doc);
      expect(Buffer.from(inWorker as Uint8Array).equals(Buffer.from(await renderDocx(doc)))).toBe(true);
    } finally {
      await worker.close();
    }
  });

  it('reports a renderer that fails as an error with its message', async () => {
    const doc = buildJaarschijfDocument(await loadJaarschijf('agreements/harderwijk/2024.ts'));
    const broken = { ...doc, header: { logos: [{ ...doc.header.logos[0]!, format: 'svg', data: Buffer.from('<') }] } } as DocumentModel;
    const worker = startRenderWorker('docx');
    try {
      await expect(worker.render(broken)).rejects.toThrow(/SVG data parsing failed/);
    } finally {
      await worker.close();
    }
  });
});
