/**
 * The redline: this year's jaarschijf as its signed document, in which every
 * change against last year is a tracked change (author "jaarschijf", dated as
 * the document: the signing date, else the first of December before the
 * year). Built by the jaarschijf builder with the diff's matching and word
 * changes, so the rows line up as in the diff report.
 */
import { buildJaarschijfDocument, type Redline } from '../document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../document/types.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { rekeyPrevious, type JaarschijfDiff } from './computeDiff.js';
import { diffRich } from './diffRich.js';

export const revisionAuthor = 'jaarschijf';

/** `templates`: a folder with a wording.json that overrides the package's wording, as for render. */
export function buildRedline(diff: JaarschijfDiff, previous: LoadedJaarschijf, current: LoadedJaarschijf, templates?: string): DocumentModel {
  // Agreements the diff paired under a new id: last year's id -> this year's.
  const renames = new Map(diff.changes.filter((c) => c.previous && c.after !== null && c.previous.id !== c.id).map((c) => [c.previous!.id, c.id]));
  const changes: Redline['changes'] = (before, after) => diffRich(before, after).blocks;
  const redline: Redline = {
    previous: rekeyPrevious(previous.jaarschijf, renames),
    blocks: (before, after) => changes(before === undefined ? undefined : previous.rich(before), after === undefined ? undefined : current.rich(after)),
    changes,
  };
  const doc = buildJaarschijfDocument(current, { redline, ...(templates ? { templates } : {}) });
  return {
    ...doc,
    meta: {
      ...doc.meta,
      keywords: [...doc.meta.keywords, `wijzigingen ${diff.from}-${diff.to}`],
      fileName: `${doc.meta.fileName}-wijzigingen`,
      revision: { author: revisionAuthor, date: doc.meta.date },
    },
  };
}

/** The redline as a Word document. */
export async function renderRedline(
  diff: JaarschijfDiff,
  previous: LoadedJaarschijf,
  current: LoadedJaarschijf,
  templates?: string,
): Promise<{ data: Uint8Array; fileName: string }> {
  const doc = buildRedline(diff, previous, current, templates);
  const { renderDocx } = await import('../render/docx/renderDocx.js');
  return { data: await renderDocx(doc), fileName: doc.meta.fileName };
}
