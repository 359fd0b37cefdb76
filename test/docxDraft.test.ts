/** A draft (no signing block) is marked CONCEPT on every page: Word's own watermark shape in the page header. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJaarschijfDocument } from '../src/document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../src/document/types.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { attrsOf, childrenNamed, findAll, parseXml, partText, relationshipTargets, unzipDocx, type Parts } from './helpers/docx.js';

let doc: DocumentModel;
let parts: Parts;

beforeAll(async () => {
  doc = buildJaarschijfDocument(await loadJaarschijf('agreements/harderwijk/2023.ts'));
  parts = unzipDocx(await renderDocx(doc));
});

describe('Word document: draft', () => {
  it('is a draft in the model', () => {
    expect(doc.meta.draft).toBe(true);
    expect(doc.watermark).toBe('CONCEPT');
  });

  it('has the CONCEPT watermark in the header of every section', () => {
    const document = parseXml(partText(parts, 'word/document.xml'));
    const rels = relationshipTargets(parts, 'word/document.xml');
    const sections = findAll(document, 'w:sectPr');
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const references = childrenNamed(section, 'w:headerReference');
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        const header = parseXml(partText(parts, `word/${rels.get(attrsOf(reference)['r:id']!)!}`));
        const shapes = findAll(header, 'v:shape');
        expect(shapes.map((s) => attrsOf(s)['id'])).toEqual(['PowerPlusWaterMarkObject1']);
        const path = findAll(shapes, 'v:textpath')[0]!;
        expect(attrsOf(path)['string']).toBe('CONCEPT');
        expect(attrsOf(shapes[0]!)['fillcolor']).toBe('#C00000');
      }
    }
  });

  it('is dated from the source, as the signed document is', () => {
    expect(partText(parts, 'docProps/core.xml')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${doc.meta.date}T00:00:00Z</dcterms:created>`);
  });
});
