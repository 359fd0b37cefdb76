/**
 * A plain line break inside a text (a template literal over two lines)
 * means a line break in every document, as the writer typed it; a blank line
 * a new paragraph. Rendered through the CLI from a copy of the example and
 * read back from the Word XML, the PDF's word boxes and the Markdown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { childrenOf, findAll, parseXml, partText, tagOf, textOf, unzipDocx, type XmlNode } from './helpers/docx.js';
import { exampleCopy } from './helpers/fixture.js';
import { bboxWords } from './helpers/pdf.js';
import { hasTool } from './helpers/tools.js';

/** A paragraph's content in order: its text, with each w:br as "\n". */
function withBreaks(node: XmlNode): string {
  const tag = tagOf(node);
  if (tag === '#text') return String(node['#text']);
  if (tag === 'w:br') return '\n';
  return childrenOf(node).map(withBreaks).join('');
}

describe('a line break typed inside a text', () => {
  const copy = exampleCopy();
  copy.edit(
    '2024.ts',
    /text: "De gemeente stelt in 2024 een volkshuisvestelijk programma vast[^"]*"/,
    'text: `Kievit.\nGrutto en tureluur.\n\nNieuwe alinea met kwartelkoning.`',
  );
  const result = runCli(['render', '2024.ts', '--format', 'docx,pdf,md', '-o', 'out'], { cwd: copy.dir });

  it('renders without problems', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is a line break in Word, and a blank line a new paragraph', () => {
    const body = parseXml(partText(unzipDocx(readFileSync(join(copy.dir, 'out/harderwijk-2024.docx'))), 'word/document.xml'));
    const paragraphs = findAll(body, 'w:p').filter((p) => /Kievit|kwartelkoning/.test(textOf(p)));
    expect(paragraphs.map(withBreaks)).toEqual(['Kievit.\nGrutto en tureluur.', 'Nieuwe alinea met kwartelkoning.']);
  });

  it.runIf(hasTool('pdftotext'))('starts a new line in the PDF, at the same left edge', () => {
    const words = bboxWords(join(copy.dir, 'out/harderwijk-2024.pdf')).words;
    const find = (text: string) => {
      const found = words.filter((w) => w.text === text);
      expect(found, text).toHaveLength(1);
      return found[0]!;
    };
    // "Kievit. Grutto en tureluur." would fit on one line of the cell: only the break puts "Grutto" below.
    const first = find('Kievit.');
    const second = find('Grutto');
    const third = find('kwartelkoning.');
    expect(second.page).toBe(first.page);
    expect(second.yMin).toBeGreaterThan(first.yMax - 1);
    expect(Math.abs(second.xMin - first.xMin)).toBeLessThan(0.5);
    // A paragraph is further below than a line.
    expect(third.yMin - second.yMin).toBeGreaterThan(second.yMin - first.yMin);
  });

  it('is a line break in the Markdown too (a table cell, where paragraphs are line breaks as well)', () => {
    const md = readFileSync(join(copy.dir, 'out/harderwijk-2024.md'), 'utf8');
    const row = md.split('\n').find((l) => l.includes('Kievit'))!;
    expect(row).toMatch(/\| Kievit\.<br>Grutto en tureluur\.<br>Nieuwe alinea met kwartelkoning\. \|$/);
  });
});
