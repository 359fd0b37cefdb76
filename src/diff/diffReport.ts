/**
 * The diff report as a document for the writers (HTML page, Markdown): the
 * changes per theme (diffSections), with the summary and the filters on the
 * rows' status that the HTML page shows above them.
 */
import { reportDocument } from '../document/reportDocument.js';
import { trekkerLabel } from '../document/trekkerLabel.js';
import type { DocumentModel } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import { kaderIndex } from '../model/lookup.js';
import { oneLine } from '../model/oneLine.js';
import { plainText } from '../model/richtext.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { statuses, type JaarschijfDiff } from './computeDiff.js';
import { diffSections } from './diffSections.js';

export function diffReport(diff: JaarschijfDiff, previous: LoadedJaarschijf, current: LoadedJaarschijf, w: Wording): DocumentModel {
  const kaders = [kaderIndex(current.raamovereenkomst), kaderIndex(previous.raamovereenkomst)];
  // Kaderafspraken are short Markdown texts; a note shows them as plain text.
  const kaderText = (id: string) => {
    const text = kaders.find((k) => k.has(id))?.get(id)?.text;
    return text === undefined ? undefined : oneLine(plainText(current.rich(text)));
  };
  const total = diff.changes.length;
  return reportDocument({
    title: w.text('diff.reportTitle', { from: diff.from, to: diff.to }),
    subject: current.raamovereenkomst.title,
    fileName: `wijzigingen-${diff.from}-${diff.to}`,
    date: current.jaarschijf.signing?.date ?? `${current.jaarschijf.year - 1}-12-01`,
    frame: {
      kind: 'diff',
      subtitle: w.text('diff.reportSubtitle', { raamovereenkomst: current.raamovereenkomst.title, from: diff.from, to: diff.to, fromFile: previous.file, toFile: current.file }),
      summary: [w.text('diff.summary', diff.summary)],
      filter: {
        label: w.text('diff.filterLabel'),
        choices: [
          { tag: 'all', label: w.text('diff.filterAll'), count: total, checked: true },
          ...statuses.map((status) => ({ tag: status, label: w.text(`diff.status.${status}`), count: diff.summary[status], checked: false })),
        ],
      },
    },
    sections: diffSections(diff, { rich: (text) => current.rich(text), kaderText, trekker: (ids) => trekkerLabel(current.raamovereenkomst, ids, w) }, w),
  });
}
