/**
 * The Word reader: a .docx's bytes -> the intermediate form (docxTypes.ts).
 * It reads Word's own structures, whichever program wrote them: paragraphs
 * with their style's outline level, runs with bold/italic/underline (direct or
 * from a character style), hyperlinks through the part's relationships
 * (w:hyperlink and HYPERLINK fields), lists through numbering.xml, tables
 * with w:gridSpan, w:gridBefore, w:vMerge and the old w:hMerge, content
 * controls, text boxes, and tracked changes read as accepted.
 */
import type { DocxDocument } from './docxTypes.js';
import { Numbering, Styles } from './docxStyles.js';
import { openPackage } from './openPackage.js';
import { flatten, PartReader } from './PartReader.js';
import { attr, childrenOf, findAll, findFirst, textContent } from './xml.js';

export async function readDocx(bytes: Uint8Array): Promise<DocxDocument> {
  const pkg = await openPackage(bytes);
  const rels = pkg.relationships(pkg.main);
  const partOf = (type: string) => [...rels.values()].filter((r) => r.type === type && !r.external).map((r) => r.target);
  const styles = new Styles(pkg.xml(partOf('styles')[0] ?? 'word/styles.xml'));
  const numbering = new Numbering(pkg.xml(partOf('numbering')[0] ?? 'word/numbering.xml'));
  const state = { tables: 0, trackedChanges: 0 };

  const reader = (part: string) => new PartReader(styles, numbering, pkg.relationships(part), state);
  const documentXml = pkg.xml(pkg.main)!;
  const body = findFirst(documentXml, 'w:body');
  const blocks = body ? reader(pkg.main).blocks(childrenOf(body)) : [];

  const flat = (part: string, root: string) => flatten(reader(part).blocks(childrenOf(findFirst(pkg.xml(part) ?? [], root) ?? {})));
  const headers = partOf('header').flatMap((p) => flat(p, 'w:hdr'));
  const footers = partOf('footer').flatMap((p) => flat(p, 'w:ftr'));

  const notes: DocxDocument['notes'][number][] = [];
  for (const [type, kind, tag] of [['footnotes', 'voetnoot', 'w:footnote'], ['endnotes', 'eindnoot', 'w:endnote']] as const) {
    const part = partOf(type)[0];
    if (!part) continue;
    let number = 0;
    for (const note of findAll(pkg.xml(part) ?? [], tag)) {
      if (attr(note, 'w:type') && attr(note, 'w:type') !== 'normal') continue;
      number++;
      notes.push({ kind, number, paragraphs: flatten(reader(part).blocks(childrenOf(note))) });
    }
  }
  const commentsPart = partOf('comments')[0];
  const comments = commentsPart ? findAll(pkg.xml(commentsPart) ?? [], 'w:comment').length : 0;

  const core = pkg.xml([...pkg.relationships('').values()].find((r) => r.type === 'core-properties')?.target ?? 'docProps/core.xml') ?? [];
  const prop = (tag: string) => textContent(findFirst(core, tag)).trim() || undefined;
  const title = prop('dc:title');
  const subject = prop('dc:subject');
  const keywords = prop('cp:keywords');
  return {
    body: blocks,
    headers,
    footers,
    notes,
    comments,
    trackedChanges: state.trackedChanges,
    properties: { ...(title ? { title } : {}), ...(subject ? { subject } : {}), ...(keywords ? { keywords } : {}) },
  };
}
