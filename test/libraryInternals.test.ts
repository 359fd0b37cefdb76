/**
 * The canary for the library internals the writers reach (fenced in
 * src/render/pdf/pdfkitInternals.ts and src/render/docx/docxInternals.ts;
 * resvg's binding in src/native/resvg.ts; HarfBuzz's subsetter in
 * src/fonts/subsetFont.ts; fontkit's table cache in
 * src/render/pdf/fontkitInternals.ts; docx's SHA-1, replaced by Node's in the CLI bundle):
 * every private member still exists and behaves as the code assumes. An
 * upgrade of pdfkit or docx (both pinned to exact versions in package.json)
 * that changes one fails here, loudly, instead of the writers silently taking
 * a slower path or writing other bytes.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Document, hashedId, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { Blob, Buffer as ShapingBuffer, Face, Font, shape } from 'harfbuzzjs';
import { faces, fontData } from '../src/fonts/sourceSans.js';
import { subsetFont } from '../src/fonts/subsetFont.js';
import { compilePackage } from '../src/render/docx/docxInternals.js';
import { renderDocx } from '../src/render/docx/renderDocx.js';
import { parseFont } from '../src/render/pdf/fontkitInternals.js';
import { captureOutput, internals, outlineData, pageContent, pageInternals, structData } from '../src/render/pdf/pdfkitInternals.js';
import { directBindingName, resvgClass, resvgRenderAsync } from '../src/native/resvg.js';
import { partText, syntheticModel, unzipDocx } from './helpers/docx.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

describe('the library versions', () => {
  it('pins docx and pdfkit to exact versions, the ones installed', () => {
    for (const name of ['docx', 'pdfkit']) {
      const pinned = packageJson.dependencies[name]!;
      expect(pinned, name).toMatch(/^\d+\.\d+\.\d+$/);
      const installed = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string };
      expect(installed.version, name).toBe(pinned);
    }
  });
});

describe('pdfkit internals (pdfkitInternals.ts)', () => {
  const newDoc = () => new PDFDocument({ autoFirstPage: true, bufferPages: true, font: fontData('regular') as unknown as string, tagged: true, pdfVersion: '1.7' });

  it('the current font: its name, metrics, the per-word layout cache and the shaping hook', () => {
    const doc = newDoc();
    const font = internals(doc)._font;
    expect(typeof font.name).toBe('string');
    expect(font.name).toMatch(/SourceSans3/);
    for (const metric of ['ascender', 'descender', 'xHeight', 'capHeight'] as const) expect(typeof font[metric], metric).toBe('number');
    expect(typeof font.widthOfString).toBe('function');
    expect(typeof font.font.hasGlyphForCodePoint).toBe('function');
    expect(typeof font.layoutCache).toBe('object');
    expect(typeof font.layoutRun).toBe('function');
  });

  it('measures and draws words through layoutRun and layoutCache, the hooks HarfBuzz replaces', () => {
    const doc = newDoc();
    const font = internals(doc)._font;
    const original = font.layoutRun.bind(font);
    const shaped: string[] = [];
    font.layoutRun = (text, features) => {
      shaped.push(text);
      return original(text, features);
    };
    doc.widthOfString('jaarschijf');
    expect(shaped.join('')).toContain('jaarschijf');
    // The second time the word comes from the cache.
    shaped.length = 0;
    doc.widthOfString('jaarschijf');
    expect(shaped).toEqual([]);
    expect(Object.keys(font.layoutCache).length).toBeGreaterThan(0);
  });

  it("layoutCached gives a word's run, whose advance is widthOfString's width (FontSet measures words with it)", () => {
    const font = internals(newDoc())._font;
    for (const word of ['jaarschijf ', 'Kaderafspraak ', 'vóór ', '€ ', 'x']) {
      expect(font.layoutCached(word).advanceWidth * (1 / 1000), word).toBe(font.widthOfString(word, 1));
    }
    expect(font.layoutCached('jaarschijf ')).toBe(font.layoutCache['jaarschijf ']);
  });

  it('the document: root, trailer id, finalize, XMP info, push, info and the transformation matrix', () => {
    const d = internals(newDoc());
    expect(d._root.data).toBeTypeOf('object');
    for (const name of ['_finalize', '_addInfo', 'appendXML', 'push'] as const) expect(typeof d[name], name).toBe('function');
    expect(d.info).toBeTypeOf('object');
    expect(Array.isArray(d._ctm)).toBe(true);
  });

  it('the page: its dictionary, annotations, XObjects, size and content stream, and a page that can be swapped (the header band)', () => {
    const doc = newDoc();
    const page = pageInternals(doc);
    expect(page.dictionary.data).toBeTypeOf('object');
    expect(Array.isArray(page.annotations)).toBe(true);
    expect(page.xobjects).toBeTypeOf('object');
    expect(page.width).toBeGreaterThan(0);
    expect(page.height).toBeGreaterThan(0);
    const content = (doc.page as unknown as { content: { write: unknown; end: unknown } }).content;
    expect(typeof content.write).toBe('function');
    expect(typeof content.end).toBe('function');
    const form = doc.ref({});
    const original = doc.page;
    doc.page = Object.create(original, { content: { value: form } }) as typeof original;
    expect((doc.page as unknown as { content: unknown }).content).toBe(form);
    doc.page = original;
    expect(doc.page).toBe(original);
  });

  it('per-page content streams and the captured output give a complete PDF', async () => {
    const doc = newDoc();
    const chunks: Uint8Array[] = [];
    const done = captureOutput(doc, { write: (c) => chunks.push(c) });
    const next = pageContent(doc);
    doc.text('Eerste pagina');
    next();
    doc.addPage();
    doc.end();
    await done;
    const pdf = Buffer.concat(chunks).toString('latin1');
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toMatch(/\/Contents \[\d+ 0 R \d+ 0 R\]/);
  });

  it('structure elements and outline items expose the dictionaries the renderer completes', () => {
    const doc = newDoc();
    const element = doc.struct('Table');
    expect(structData(element)).toBeTypeOf('object');
    const item = doc.outline.addItem('Thema');
    expect(outlineData(item)).toBeTypeOf('object');
  });
});

describe('docx internals (docxInternals.ts and the package step)', () => {
  it("Packer's compiler gives the package's parts before zipping", () => {
    const parts = compilePackage(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('jaarschijf')] })] }] }));
    expect(parts).toBeInstanceOf(Map);
    expect(String(parts.get('word/document.xml'))).toContain('jaarschijf');
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/styles.xml', 'word/_rels/document.xml.rels']));
  });

  it('the tables written by the renderer are spliced in: no splice marker is left, and the font placeholders are replaced', async () => {
    const parts = unzipDocx(await renderDocx(syntheticModel()));
    const document = partText(parts, 'word/document.xml');
    expect(document).not.toContain('jaarschijf:splice');
    expect(document).toContain('<w:tbl>');
    const fonts = Object.keys(parts).filter((name) => name.startsWith('word/fonts/'));
    expect(fonts.length).toBe(4);
    // A placeholder face is 32 bytes; the real ones are Source Sans 3.
    for (const name of fonts) expect(parts[name]!.length, name).toBeGreaterThan(10_000);
  });
});

describe("docx's image names, with Node's SHA-1 in the CLI bundle (build/bundleCli.js, native-sha1)", () => {
  it("docx's own hash is the SHA-1 of the bytes, as Node computes it", () => {
    const logo = readFileSync(new URL('../agreements/harderwijk/logos/uwoon.svg', import.meta.url));
    for (const data of [logo, new Uint8Array([0, 1, 2, 255]), Buffer.alloc(0), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')]) {
      expect(hashedId(data)).toBe(createHash('sha1').update(data).digest('hex'));
    }
  });
});

describe("resvg's binding, loaded directly (src/native/resvg.ts)", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect x="2" y="2" width="20" height="10" fill="#c00"/><circle cx="30" cy="10" r="6" fill="#00c"/></svg>';

  it("gives the package's Resvg: the same options, the same pixels, the same parse errors", async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const Direct = resvgClass();
    if (directBindingName()) expect(Direct).not.toBe(Resvg);
    const options = { fitTo: { mode: 'width' as const, value: 120 }, font: { loadSystemFonts: false } };
    const ours = new Direct(svg, options).render();
    const theirs = new Resvg(svg, options).render();
    expect([ours.width, ours.height]).toEqual([120, 60]);
    expect(Buffer.from(ours.asPng()).equals(Buffer.from(theirs.asPng()))).toBe(true);
    const message = (make: () => unknown) => {
      try {
        make();
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(message(() => new Direct('<svg', options))).toBe(message(() => new Resvg('<svg', options)));
    expect(message(() => new Direct('<svg', options))).not.toBe('no error');
  });

  it("gives the package's renderAsync: the same pixels as Resvg, on another thread", async () => {
    const { renderAsync } = await import('@resvg/resvg-js');
    const direct = resvgRenderAsync();
    if (directBindingName()) expect(direct).not.toBe(renderAsync);
    const options = { fitTo: { mode: 'width' as const, value: 120 }, font: { loadSystemFonts: false } };
    const [ours, theirs] = await Promise.all([direct(svg, options), renderAsync(svg, options)]);
    const drawn = new (resvgClass())(svg, options).render().asPng();
    expect(Buffer.from(ours.asPng()).equals(Buffer.from(drawn))).toBe(true);
    expect(Buffer.from(theirs.asPng()).equals(Buffer.from(drawn))).toBe(true);
    await expect(direct('<svg', options)).rejects.toThrow();
  });
});

describe("HarfBuzz's subsetter, called through its C functions (src/fonts/subsetFont.ts)", () => {
  const text = 'Prestatieafspraken Harderwijk: € 1.300, “wij” ﬁ';
  const wanted = new Set([...text].map((c) => c.codePointAt(0)!));

  it('gives a font a browser accepts, mapping exactly the characters asked for, with the same advances', () => {
    const bytes = subsetFont('semibold', wanted);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.length).toBeLessThan(fontData('semibold').length / 4);
    const face = new Face(new Blob(bytes));
    expect(new Set(face.collectUnicodes())).toEqual(wanted);
    for (const table of ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'glyf', 'loca', 'GPOS']) expect(face.referenceTable(table), table).toBeDefined();
    // The words are as wide as in the whole face: the subset keeps the glyphs' metrics and the kerning.
    const width = (data: Uint8Array) => {
      const buffer = new ShapingBuffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      shape(new Font(new Face(new Blob(data))), buffer);
      return buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
    };
    expect(width(bytes)).toBe(width(fontData('semibold')));
  });

  it('gives the same bytes for the same characters, in any order', () => {
    expect(Buffer.from(subsetFont('regular', [...wanted].reverse())).equals(Buffer.from(subsetFont('regular', wanted)))).toBe(true);
  });
});

type Parsed = Record<string, unknown> & { _tables: Record<string, unknown>; post: Record<string, unknown>; name: { records: unknown } };
// fontkit ships no types: the little used here is typed above.
const fontkit = (await import('fontkit' as string)) as { create(data: Uint8Array): Parsed };

describe("fontkit's table cache (src/render/pdf/fontkitInternals.ts)", () => {
  it('fontkit keeps a decoded table under its tag in _tables and reads it from there', () => {
    const font = fontkit.create(fontData('regular'));
    expect(font._tables).toEqual({});
    const post = font.post;
    expect(font._tables.post).toBe(post);
    font._tables.post = { ...post, italicAngle: -7 };
    expect(font.italicAngle).toBe(-7);
  });

  it("a font parsed with the kept tables gives pdfkit the same values as fontkit's own parse", () => {
    for (const face of faces) {
      const kept = parseFont(face, fontData(face)) as unknown as Parsed;
      const own = fontkit.create(fontData(face));
      // Before anything is read: the tables are in place, so fontkit never decodes them.
      expect(Object.keys(kept._tables).sort(), face).toEqual(['name', 'post']);
      for (const key of ['postscriptName', 'italicAngle', 'underlinePosition', 'underlineThickness', 'familyName', 'fullName']) expect(kept[key], `${face} ${key}`).toEqual(own[key]);
      expect(kept.post, face).toEqual(own.post);
      expect(kept.name.records, face).toEqual(own.name.records);
    }
  });
});
