/**
 * A report (the coverage, the diff) as the paged writers, Word and PDF, set
 * it: the HTML page shows the report's frame (title, subtitle, summary) in its
 * own header; on paper the report opens with it. Any other document is
 * returned as it is.
 */
import { paragraph, section } from './builders.js';
import type { Block, DocumentModel } from './types.js';

export function pagedReport(doc: DocumentModel): DocumentModel {
  const frame = doc.report;
  if (!frame) return doc;
  const opening: Block[] = [paragraph(doc.meta.title, 'title'), paragraph(frame.subtitle, 'subtitle')];
  if (frame.note) opening.push(paragraph(frame.note, undefined, ['bold']));
  for (const line of frame.summary) opening.push(paragraph(line));
  const [first, ...rest] = doc.sections;
  return {
    ...doc,
    sections: first ? [{ ...first, blocks: [...opening, ...first.blocks] }, ...rest] : [section('rapport', doc.meta.title, opening)],
  };
}
