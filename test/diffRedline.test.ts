/**
 * `jaarschijf diff --format docx`: this year's document in which every change
 * against last year is a tracked change, its rows numbered as the rendered
 * document numbers them (src/years). Accepting them all gives this year's
 * texts; rejecting them all gives last year's. LibreOffice opens it and keeps
 * the changes as changes.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import { plainText, textRun } from '../src/model/richtext.js';
import { isJaarafspraak, type Jaarschijf } from '../src/model/schema.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { parseMarkdown } from '../src/sources/markdown.js';
import { runCli } from './helpers/cli.js';
import { syntheticYears } from './helpers/diffSources.js';
import { attrsOf, childrenNamed, childrenOf, findAll, parseXml, partText, syntheticModel, tagOf, textOf, unzipDocx, type XmlNode } from './helpers/docx.js';
import { exampleCopy } from './helpers/fixture.js';
import { normalize } from './helpers/seed.js';
import { hasTool, run } from './helpers/tools.js';

const example = exampleCopy();
const made = runCli(['diff', '2023.ts', '2024.ts', '--format', 'docx', '-o', 'out/redline.docx'], { cwd: example.dir });
const redlineFile = join(example.dir, 'out/redline.docx');
const body = () => parseXml(partText(unzipDocx(readFileSync(redlineFile)), 'word/document.xml'));

/**
 * The paragraphs a reader sees once every change is accepted, or rejected.
 * A paragraph outside a table whose text was all deleted is left out when
 * accepting: the model tracks runs, not paragraph marks, so Word keeps it as
 * an empty paragraph (a dropped intro).
 */
function paragraphs(nodes: readonly XmlNode[], mode: 'accept' | 'reject'): string[] {
  const out: string[] = [];
  const text = (node: XmlNode): string => {
    const tag = tagOf(node);
    if (tag === '#text') return String(node['#text']);
    if (tag === 'w:br' || tag === 'w:tab') return ' ';
    if (tag === 'w:trPr' || (tag === 'w:del' && mode === 'accept') || (tag === 'w:ins' && mode === 'reject')) return '';
    if (tag === 'w:delText' && mode === 'accept') return '';
    return childrenOf(node).map(text).join('');
  };
  const walk = (list: readonly XmlNode[], inCell: boolean) => {
    for (const node of list) {
      const tag = tagOf(node);
      if (tag === 'w:tr') {
        const trPr = childrenNamed(node, 'w:trPr')[0];
        if (trPr && childrenNamed(trPr, mode === 'accept' ? 'w:del' : 'w:ins').length) continue;
      }
      if (tag !== 'w:p') walk(childrenOf(node), inCell || tag === 'w:tc');
      else if (inCell || mode === 'reject' || !findAll([node], 'w:del').length || normalize(text(node))) out.push(normalize(text(node)));
    }
  };
  walk(nodes, false);
  return out;
}

/** This year's document as `render` makes it without last year's column, without its row numbers. */
async function plainDocument(file: string): Promise<string[]> {
  const doc = buildJaarschijfDocument(await loadJaarschijf(file, { previous: false }));
  return withoutRowNumbers(paragraphs(parseXml(partText(unzipDocx(await renderDocx(doc)), 'word/document.xml')), 'accept'));
}

/** The redline keeps the rendered document's row numbers, so a dropped row leaves a gap once accepted: compare the texts. */
function withoutRowNumbers(list: readonly string[]): string[] {
  return list.filter((p) => !/^\d+\.$/.test(p));
}

const agreementTexts = (j: Jaarschijf) => Object.values(j.themes).flatMap((t) => t.afspraken.filter(isJaarafspraak).map((a) => normalize(plainText(parseMarkdown(a.text)))));

describe('jaarschijf diff --format docx: the redline', () => {
  it('writes the Word file and says where', () => {
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toBe('out/redline.docx\n');
  });

  it('makes every change a revision by "jaarschijf", dated as the document (its signing date)', () => {
    const revisions = [...findAll(body(), 'w:ins'), ...findAll(body(), 'w:del')];
    expect(revisions.length).toBeGreaterThan(100);
    for (const r of revisions) expect(attrsOf(r)).toMatchObject({ 'w:author': 'jaarschijf', 'w:date': '2023-12-12T00:00:00Z' });
    const ids = revisions.map((r) => attrsOf(r)['w:id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findAll(findAll(body(), 'w:del'), 'w:t')).toHaveLength(0);
  });

  it('shows "ondersteunen" -> "faciliteren" as one deleted and one inserted word in the row of bes-12', () => {
    const paragraph = findAll(body(), 'w:p').find((p) => normalize(textOf(p)).includes('woningruil'))!;
    expect(findAll([paragraph], 'w:del').map((n) => normalize(textOf(n)))).toEqual(['ondersteunen']);
    expect(findAll([paragraph], 'w:ins').map((n) => normalize(textOf(n)))).toEqual(['faciliteren']);
    expect(paragraphs([paragraph], 'accept')).toEqual(['Corporaties faciliteren woningruil.']);
    expect(paragraphs([paragraph], 'reject')).toEqual(['Corporaties ondersteunen woningruil.']);
  });

  it('has only this year\'s table column, and new agreements as inserted rows (all 16 productieafspraken)', async () => {
    const headers = findAll(body(), 'w:tr').filter((tr) => childrenNamed(childrenNamed(tr, 'w:trPr')[0] ?? { x: [] }, 'w:tblHeader').length);
    const headerTexts = headers.map((h) => normalize(textOf(h)));
    expect(headerTexts.filter((h) => h.includes('Jaarafspraken 2023'))).toEqual([]);
    expect(headerTexts.filter((h) => h.includes('Jaarafspraken 2024'))).toHaveLength(6);
    const inserted = findAll(body(), 'w:tr').filter((tr) => childrenNamed(childrenNamed(tr, 'w:trPr')[0] ?? { x: [] }, 'w:ins').length);
    const current = (await loadJaarschijf(join(example.dir, '2024.ts'), { previous: false })).jaarschijf;
    for (const a of current.themes.productieafspraken!.afspraken.filter(isJaarafspraak)) {
      const text = normalize(plainText(parseMarkdown(a.text)));
      expect(inserted.some((tr) => normalize(textOf(tr)).includes(text)), a.id).toBe(true);
    }
    // Inside an inserted row every run is inserted too.
    for (const tr of inserted) {
      expect(findAll([tr], 'w:t').length).toBeGreaterThan(0);
      expect(findAll(findAll([tr], 'w:ins'), 'w:t')).toHaveLength(findAll([tr], 'w:t').length);
    }
  });

  it('gives this year\'s texts when every change is accepted', async () => {
    expect(withoutRowNumbers(paragraphs(body(), 'accept'))).toEqual(await plainDocument(join(example.dir, '2024.ts')));
  });

  it('gives last year\'s agreements back when every change is rejected', async () => {
    const rejected = paragraphs(body(), 'reject');
    const previous = (await loadJaarschijf(join(example.dir, '2023.ts'))).jaarschijf;
    // bes-02 gained line breaks: see the next test.
    const texts = agreementTexts(previous).filter((t) => t !== 'De corporaties maken de nieuwbouwplanning concreet.');
    expect(texts).toHaveLength(38);
    for (const text of texts) expect(rejected, text).toContain(text);
    // The dropped agreement is deleted text, in the row of its kaderafspraak.
    expect(paragraphs(body(), 'accept').join('\n')).not.toContain('In 2023 start de gemeente met het opstellen van een nieuwe woonvisie en een woon-zorgvisie.');
    expect(rejected.join('\n')).not.toContain('Corporaties faciliteren woningruil.');
  });
});

/** Whether the Word renderer writes a line break marked as inserted (LineBreak.change) as a tracked change. */
async function tracksLineBreaks(): Promise<boolean> {
  const doc = syntheticModel();
  const model = { ...doc, sections: [{ ...doc.sections[0]!, blocks: [{ type: 'paragraph' as const, inlines: [textRun('een'), { type: 'break' as const, change: 'insert' as const }, textRun('twee', [], { change: 'insert' })] }] }] };
  return findAll(findAll(parseXml(partText(unzipDocx(await renderDocx(model)), 'word/document.xml')), 'w:ins'), 'w:br').length > 0;
}

describe('the redline: line breaks', () => {
  it('the Word writer tracks an inserted line break as a change', async () => {
    expect(await tracksLineBreaks()).toBe(true);
  });

  it('tracks line breaks that came with new text, so rejecting gives last year\'s text back', () => {
    const bes02 = findAll(body(), 'w:p').find((p) => normalize(textOf(p)).includes('Harderwieker Huse'))!;
    expect(paragraphs([bes02], 'reject')).toEqual(['De corporaties maken de nieuwbouwplanning concreet.']);
    expect(paragraphs([bes02], 'accept')).toEqual(['De woningcorporaties voegen in 2024 de volgende aantallen aan de woningvoorraad toe: Omnia Wonen: Harderwieker Huse – 8 Uwoon: Tinnegieter 44 huur + 18 koop Harderweide – 43 (2024/2025).']);
  });
});

describe('the redline of the synthetic years: dropped agreements as deleted rows', () => {
  const copy = syntheticYears();
  const result = runCli(['diff', 'b.ts', '--format', 'docx'], { cwd: copy.dir });
  const file = join(copy.dir, 'output/harderwijk-2024-wijzigingen.docx');
  const xml = () => parseXml(partText(unzipDocx(readFileSync(file)), 'word/document.xml'));

  it('writes output/<gemeente>-<year>-wijzigingen.docx without -o, dated like a draft (1 December)', () => {
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('output/harderwijk-2024-wijzigingen.docx\n');
    expect(attrsOf(findAll(xml(), 'w:ins')[0]!)['w:date']).toBe('2023-12-01T00:00:00Z');
  });

  it('deletes the rows of dropped agreements and lines renumbered ones up', () => {
    const deleted = findAll(xml(), 'w:tr').filter((tr) => childrenNamed(childrenNamed(tr, 'w:trPr')[0] ?? { x: [] }, 'w:del').length);
    const cells = (tr: XmlNode) => findAll([tr], 'w:tc').map((tc) => normalize(textOf(tc)));
    // A dropped agreement keeps the number the rendered document gives its row (it shows last year's text there).
    expect(deleted.map((tr) => cells(tr).slice(1).filter(Boolean).join(' '))).toEqual(['De gemeente stelt een nieuwe woonvisie op.', 'Max. 10% van de mutaties wordt verloot.', 'Een afspraak die vervalt.']);
    for (const tr of deleted) expect(cells(tr)[0]).toMatch(/^\d+\.$|^$/);
    // x-02 became x-12 with the same text: no change at all; x-03 became x-13: word changes only.
    const flat = paragraphs(xml(), 'reject');
    expect(flat).toContain('Gemeente en corporaties overleggen elk kwartaal over grondprijzen en locaties.');
    const x13 = findAll(xml(), 'w:p').find((p) => normalize(textOf(p)).startsWith('Corporaties monitoren'))!;
    expect(findAll([x13], 'w:del').map((n) => normalize(textOf(n)))).toEqual(['twee keer per']);
    expect(findAll([x13], 'w:ins').map((n) => normalize(textOf(n)))).toEqual(['elk half']);
  });

  it('gives this year\'s texts when every change is accepted', async () => {
    expect(withoutRowNumbers(paragraphs(xml(), 'accept'))).toEqual(await plainDocument(join(copy.dir, 'b.ts')));
  });
});

describe.skipIf(!(hasTool('soffice') && hasTool('pdftotext')))('the redline in LibreOffice', () => {
  const dir = join(tmpdir(), `jaarschijf-redline-${randomUUID()}`);
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    for (const to of ['pdf', 'docx:MS Word 2007 XML']) {
      run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', join(dir, to.split(':')[0]!), redlineFile]);
    }
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('converts it to PDF, showing the deleted and the inserted words', () => {
    const text = normalize(run('pdftotext', [join(dir, 'pdf', 'redline.pdf'), '-']));
    expect(text).toContain('7. Thema productieafspraken');
    expect(text).toMatch(/Corporaties ondersteunen ?faciliteren woningruil\./);
  });

  it('reads the revisions as tracked changes and writes them back as such, author and all', () => {
    const saved = parseXml(partText(unzipDocx(readFileSync(join(dir, 'docx', 'redline.docx'))), 'word/document.xml'));
    const inserted = findAll(saved, 'w:ins').filter((n) => normalize(textOf(n)));
    const deleted = findAll(saved, 'w:del').filter((n) => normalize(textOf(n)));
    expect(inserted.map((n) => normalize(textOf(n)))).toContain('faciliteren');
    expect(deleted.map((n) => normalize(textOf(n)))).toContain('ondersteunen');
    for (const change of [...inserted, ...deleted]) expect(attrsOf(change)['w:author']).toBe('jaarschijf');
    // Accepting in LibreOffice's copy still gives this year's texts.
    expect(paragraphs(saved, 'accept')).toContain('Corporaties faciliteren woningruil.');
  });
});
