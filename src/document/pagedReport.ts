/**
 * A report (the coverage, the diff) for the paged writers, Word and PDF. The
 * HTML page shows the report's title, subtitle and summary in its own header;
 * on paper the report opens with them, and every page's footer names the
 * report and the page.
 */
import { footerParts } from './buildJaarschijfDocument.js';
import { paragraph, section } from './builders.js';
import type { Block, DocumentModel } from './types.js';
import type { Wording } from './wording.js';

export function pagedReport(doc: DocumentModel, w: Wording): DocumentModel {
  const frame = doc.report;
  if (!frame) return doc;
  const opening: Block[] = [paragraph(doc.meta.title, 'title'), paragraph(frame.subtitle, 'subtitle')];
  if (frame.note) opening.push(paragraph(frame.note, undefined, ['bold']));
  for (const line of frame.summary) opening.push(paragraph(line));
  const [first, ...rest] = doc.sections;
  return {
    ...doc,
    footer: [{ type: 'text', text: `${doc.meta.title} · ` }, ...footerParts(w)],
    sections: first ? [{ ...first, blocks: [...opening, ...first.blocks] }, ...rest] : [section('rapport', doc.meta.title, opening)],
  };
}
