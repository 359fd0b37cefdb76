/** The same model gives the same Word file, byte for byte: no clock, no random ids, no time zone. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../src/document/types.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { runCli } from './helpers/cli.js';
import { syntheticModel } from './helpers/docx.js';

let doc: DocumentModel;
let first: Uint8Array;
const out = mkdtempSync(join(tmpdir(), 'jaarschijf-docx-'));

beforeAll(async () => {
  doc = buildJaarschijfDocument(await loadJaarschijf('agreements/harderwijk/2024.ts'));
  first = await renderDocx(doc);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('Word document: deterministic', () => {
  it('renders the same model twice to identical bytes', async () => {
    expect(same(await renderDocx(doc), first)).toBe(true);
  });

  it('does not depend on the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-04T13:37:00Z'));
      expect(same(await renderDocx(doc), first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes the same file from the command line, in another process and time zone', () => {
    const result = runCli(['render', 'agreements/harderwijk/2024.ts', '--format', 'docx', '-o', out], { env: { TZ: 'Pacific/Chatham' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(same(readFileSync(join(out, 'harderwijk-2024.docx')), first)).toBe(true);
  });

  it('writes the same file when Word renders on a worker thread, before the PDF', () => {
    const both = join(out, 'both');
    const result = runCli(['render', 'agreements/harderwijk/2024.ts', '--format', 'pdf,docx', '-o', both]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Printed in the order asked for, each once.
    expect(result.stdout.trim().split('\n')).toEqual([join(both, 'harderwijk-2024.pdf'), join(both, 'harderwijk-2024.docx')]);
    expect(same(readFileSync(join(both, 'harderwijk-2024.docx')), first)).toBe(true);
  });

  it('dates every zip entry with the document date', () => {
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    const [year, month, day] = doc.meta.date.split('-').map(Number) as [number, number, number];
    // The central directory, from the end record (the zip has no comment).
    const end = first.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < entries; i++) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      expect(view.getUint16(at + 12, true)).toBe(0); // 00:00:00
      expect(view.getUint16(at + 14, true)).toBe(((year - 1980) << 9) | (month << 5) | day);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(entries).toBeGreaterThan(10);
  });

  it('keeps tracked changes and links stable too', async () => {
    const model = syntheticModel();
    expect(same(await renderDocx(model), await renderDocx(model))).toBe(true);
  });
});
