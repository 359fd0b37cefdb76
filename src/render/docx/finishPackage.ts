/**
 * The last step after docx's compiler: make the package the same bytes for the
 * same model, add what docx can't write, and zip it.
 *
 * docx stamps the clock into docProps/core.xml and the zip entries, draws
 * random relationship ids for hyperlinks and a random watermark shape id,
 * and counts bookmark and drawing ids on counters shared by every document
 * the process makes. Each is replaced with a value from the model or a count
 * within this document. It also adds the Company (app.xml), the language
 * (core.xml) and the real embedded fonts.
 *
 * Every edit replaces an attribute value or adds an element docx leaves out,
 * in its place in the schema's order, so the package stays as docx made it.
 */
import type { DocumentMeta } from '../../document/types.js';
import type { PackageParts } from './docxInternals.js';
import { embeddedFace, embedElements } from './embeddedFonts.js';
import { escapeXml } from '../escapeXml.js';
import { spliceTables } from './ooxml.js';
import { deflateEntry, storeEntry, writeZip, type ZipEntry } from './writeZip.js';

/** The package's parts: XML text, binary parts, and the fonts ready for the zip. */
type Parts = Map<string, string | Uint8Array | ZipEntry>;

export interface PackageExtras {
  meta: DocumentMeta;
  /** Tables written to XML by the renderer, for the places docx left for them. */
  spliced: readonly string[];
}

export function finishPackage(compiled: PackageParts, extras: PackageExtras): Uint8Array {
  const parts: Parts = new Map(compiled);
  const text = (name: string) => {
    const part = parts.get(name);
    return typeof part === 'string' ? part : undefined;
  };
  const edit = (name: string, change: (xml: string) => string) => {
    const xml = text(name);
    if (xml !== undefined) parts.set(name, change(xml));
  };

  edit('docProps/core.xml', (xml) => coreProperties(xml, extras.meta));
  edit('docProps/app.xml', (xml) => insertBefore(xml, '</Properties>', element('Company', extras.meta.company)));
  // Bookmarks are in the headings, not the tables: number them before the tables make the body long.
  edit('word/document.xml', (xml) => spliceTables(renumberBookmarks(xml), extras.spliced));
  stableRelationshipIds(parts, text);
  renumberDrawings(parts, edit);
  embedFonts(parts, text);

  return writeZip([...parts].map(([name, part]) => zipEntry(name, part)), extras.meta.date);
}

/** Deflated, except images that are compressed already (deflating them again gains a few percent). */
function zipEntry(name: string, part: string | Uint8Array | ZipEntry): ZipEntry {
  if (typeof part === 'string') return part.length <= SAME_PART_MAX ? { ...deflatedOnce(name, part), name } : deflateEntry(name, part);
  if (part instanceof Uint8Array) return /\.(png|jpe?g|gif)$/i.test(name) ? storeEntry(name, part) : deflateEntry(name, part);
  return part;
}

/**
 * Most small parts (styles, theme, settings, numbering, relationships) come
 * out the same in every document of an agreement: each is deflated once per
 * process, looked up by its text. The body is never the same, and not kept.
 */
const SAME_PART_MAX = 64 * 1024;
const sameParts = new Map<string, ZipEntry>();

function deflatedOnce(name: string, text: string): ZipEntry {
  let entry = sameParts.get(text);
  if (!entry) {
    if (sameParts.size >= 200) sameParts.clear();
    sameParts.set(text, (entry = deflateEntry(name, text)));
  }
  return entry;
}

function coreProperties(xml: string, meta: DocumentMeta): string {
  const when = `${meta.date}T00:00:00Z`;
  const dated = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${when}`);
  // CT_CoreProperties is an xsd:all: the order of its elements is free.
  return insertBefore(dated, '</cp:coreProperties>', element('dc:language', meta.language));
}

/** Bookmark ids count on a counter shared by all documents: number them within this one. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_m, head: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size);
    return `${head}${ids.get(id)}"`;
  });
}

/**
 * Hyperlinks get random relationship ids ("rId" + nanoid): replace them, in
 * each relationships file, with numbered ones ("rIdL1", ...), in the part too.
 */
function stableRelationshipIds(parts: Parts, text: (name: string) => string | undefined): void {
  for (const relsName of [...parts.keys()].filter((name) => name.endsWith('.rels'))) {
    const rels = text(relsName)!;
    const randomIds = [...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !/^rId\d+$/.test(id));
    if (!randomIds.length) continue;
    const partName = relsName.replace(/_rels\/([^/]+)\.rels$/, '$1');
    let part = text(partName) ?? '';
    let newRels = rels;
    randomIds.forEach((id, i) => {
      const stable = `rIdL${i + 1}`;
      newRels = newRels.replaceAll(`Id="${id}"`, `Id="${stable}"`);
      part = part.replaceAll(`"${id}"`, `"${stable}"`);
    });
    parts.set(relsName, newRels);
    if (parts.has(partName)) parts.set(partName, part);
  }
}

/**
 * Drawing ids (wp:docPr) count on a counter shared by all documents, and the
 * watermark's shape id is random: number both within this document.
 */
function renumberDrawings(parts: Parts, edit: (name: string, change: (xml: string) => string) => void): void {
  let drawing = 0;
  let shape = 0;
  const names = [...parts.keys()].filter((name) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(name)).sort();
  for (const name of names) {
    // Most parts have neither: the body is long, so look before scanning it.
    edit(name, (xml) => {
      let out = xml;
      if (out.includes('<wp:docPr')) out = out.replace(/(<wp:docPr\b[^>]*?\bid=")\d+"/g, (_m, head: string) => `${head}${++drawing}"`);
      if (out.includes('PowerPlusWaterMarkObject')) out = out.replace(/\bid="PowerPlusWaterMarkObject[^"]*"/g, () => `id="PowerPlusWaterMarkObject${++shape}"`);
      return out;
    });
  }
}

/** Put the real faces in place of docx's placeholders, under fixed keys. */
function embedFonts(parts: Parts, text: (name: string) => string | undefined): void {
  const table = text('word/fontTable.xml');
  const rels = text('word/_rels/fontTable.xml.rels');
  if (!table || !rels) return;
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const newTable = table.replace(/<w:(embed\w+) r:id="([^"]+)" w:fontKey="[^"]*"/g, (whole, element: string, id: string) => {
    const face = embedElements[element];
    const target = targets.get(id);
    if (!face || !target) return whole;
    const embedded = embeddedFace(face);
    parts.set(`word/${target}`, embedded.zipEntry(`word/${target}`));
    return `<w:${element} r:id="${id}" w:fontKey="${embedded.fontKey}"`;
  });
  parts.set('word/fontTable.xml', newTable);
}

function insertBefore(xml: string, end: string, insert: string): string {
  const at = xml.lastIndexOf(end);
  if (at >= 0) return xml.slice(0, at) + insert + xml.slice(at);
  // A root written empty (<Properties .../>) is opened to take the element.
  const name = end.slice(2, -1);
  return xml.replace(new RegExp(`<${name}\\b([^>]*)/>`), `<${name}$1>${insert}${end}`);
}

function element(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`;
}
