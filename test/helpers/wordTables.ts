/**
 * What a reader of a Word document sees in its tables and signing block,
 * read straight from the package's XML, for comparing two documents.
 */
import { readFileSync } from 'node:fs';
import { findAll, parseXml, partText, tagOf, textOf, unzipDocx, type XmlNode } from './docx.js';

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

function body(file: string): XmlNode[] {
  return parseXml(partText(unzipDocx(readFileSync(file)), 'word/document.xml'));
}

/** Every table's rows, each row its cells' texts. */
export function tableRows(file: string): string[][][] {
  return findAll(body(file), 'w:tbl').map((tbl) => findAll([tbl], 'w:tr').map((tr) => findAll([tr], 'w:tc').map((tc) => normalize(textOf(tc)))));
}

/** The agreements tables (header with Jaarafspraken or Afspraak): their rows below the header. */
export function agreementRows(file: string): string[][] {
  return tableRows(file)
    .filter((rows) => rows[0]!.some((h) => /^(Jaarafspraken \d{4}|Afspraak)$/.test(h)))
    .flatMap((rows) => rows.slice(1));
}

/** The paragraphs after the last agreements table: place and date, the sentence, the signatories. */
export function signingTexts(file: string): string[] {
  const bodyNode = findAll(body(file), 'w:body')[0]!;
  const blocks = (bodyNode['w:body'] as XmlNode[]).filter((n) => tagOf(n) === 'w:p' || tagOf(n) === 'w:tbl');
  let last = -1;
  blocks.forEach((b, i) => {
    if (tagOf(b) === 'w:tbl' && /Jaarafspraken \d{4}|Afspraak/.test(textOf(findAll([b], 'w:tr')[0]!))) last = i;
  });
  return blocks
    .slice(last + 1)
    .flatMap((b) => findAll([b], 'w:p'))
    .map((p) => normalize(textOf(p)))
    .filter(Boolean);
}
