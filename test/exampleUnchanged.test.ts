/**
 * The bundled example renders as it did before the aligned-years stage and
 * the column specs: the Word file byte for byte (its sha256), the PDF's text
 * page by page. Both fixtures were rendered from the commit before that
 * change (test/fixtures/rendered/); a change that alters the example on
 * purpose updates them in the same commit and says why.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { pageTexts } from './helpers/pdf.js';
import { hasTool } from './helpers/tools.js';

const fixtures = join(import.meta.dirname, 'fixtures/rendered');

describe('the bundled example, rendered', () => {
  const out = mkdtempSync(join(tmpdir(), 'jaarschijf-example-'));
  const result = runCli(['render', 'agreements/harderwijk/2024.ts', '--format', 'docx,pdf', '-o', out]);

  it('renders', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('gives the same Word file, byte for byte', () => {
    const hash = createHash('sha256').update(readFileSync(join(out, 'harderwijk-2024.docx'))).digest('hex');
    expect(hash).toBe(readFileSync(join(fixtures, 'harderwijk-2024.docx.sha256'), 'utf8').trim());
  });

  it.runIf(hasTool('pdftotext'))('gives the same PDF text on every page', () => {
    const expected = readFileSync(join(fixtures, 'harderwijk-2024.pdf.txt'), 'utf8').split('\f');
    if (expected.at(-1)!.trim() === '') expected.pop();
    const pages = pageTexts(join(out, 'harderwijk-2024.pdf'));
    expect(pages).toHaveLength(expected.length);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toBe(expected[i]));
  });
});
