/**
 * The redline: this year's jaarschijf as its signed document, in which every
 * change against last year is a tracked change (author "jaarschijf", dated as
 * the document: the signing date, else the first of December before the
 * year). Built by the jaarschijf builder from the same aligned years as the
 * diff, so its rows, their pairing and their numbers are the diff's and the
 * rendered document's.
 */
import { buildJaarschijfDocument, type Redline } from '../document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../document/types.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears, type AlignedYears } from '../years/alignYears.js';
import { diffRich } from './diffRich.js';

export const revisionAuthor = 'jaarschijf';

/** `templates`: a folder with a wording.json that overrides the package's wording, as for render. */
export function buildRedline(previous: LoadedJaarschijf, current: LoadedJaarschijf, options: { templates?: string; aligned?: AlignedYears } = {}): DocumentModel {
  const changes: Redline['changes'] = (before, after) => diffRich(before, after).blocks;
  const intros = Object.fromEntries(Object.entries(previous.jaarschijf.themes).map(([id, t]) => [id, t.intro]));
  const redline: Redline = {
    blocks: (before, after) => changes(before === undefined ? undefined : previous.rich(before), after === undefined ? undefined : current.rich(after)),
    changes,
    previousTexts: { ...(previous.jaarschijf.introduction !== undefined ? { introduction: previous.jaarschijf.introduction } : {}), intros },
  };
  const aligned = options.aligned ?? alignYears(current, previous);
  const doc = buildJaarschijfDocument(current, { redline, aligned, ...(options.templates ? { templates: options.templates } : {}) });
  return {
    ...doc,
    meta: {
      ...doc.meta,
      keywords: [...doc.meta.keywords, `wijzigingen ${previous.jaarschijf.year}-${current.jaarschijf.year}`],
      fileName: `${doc.meta.fileName}-wijzigingen`,
      revision: { author: revisionAuthor, date: doc.meta.date },
    },
  };
}
