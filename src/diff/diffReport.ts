/**
 * The diff report as a document for the writers (HTML page, Markdown, PDF):
 * the changes per theme (diffSections), with the summary and the filters on
 * the rows' status that the HTML page shows above them.
 */
import { documentDate } from '../model/dates.js';
import { reportDocument } from '../document/reportDocument.js';
import { slug } from '../model/slug.js';
import { trekkerLabel } from '../document/trekkerLabel.js';
import type { DocumentModel } from '../document/types.js';
import type { Wording } from '../document/wording.js';
import { kaderIndex } from '../model/lookup.js';
import { oneLine } from '../model/oneLine.js';
import { plainText } from '../model/richtext.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import type { LatestStatus } from '../model/monitorSchema.js';
import { statuses, type AgreementChange, type JaarschijfDiff } from './computeDiff.js';
import { diffSections } from './diffSections.js';

/** With `--monitor`: the latest status of each agreement of one of the two years. */
export interface DiffStatuses {
  latest: ReadonlyMap<string, LatestStatus>;
  /** The year of the jaarschijf the monitor reports on. */
  year: number;
}

export function diffReport(diff: JaarschijfDiff, previous: LoadedJaarschijf, current: LoadedJaarschijf, w: Wording, monitor?: DiffStatuses): DocumentModel {
  const kaders = [kaderIndex(current.raamovereenkomst), kaderIndex(previous.raamovereenkomst)];
  // Kaderafspraken are short Markdown texts; a note shows them as plain text.
  const kaderText = (id: string) => {
    const text = kaders.find((k) => k.has(id))?.get(id)?.text;
    return text === undefined ? undefined : oneLine(plainText(current.rich(text)));
  };
  const total = diff.changes.length;
  const anyChange = total > diff.summary.unchanged || diff.texts.some((t) => t.status !== 'unchanged');
  return reportDocument({
    title: w.text('diff.reportTitle', { from: diff.from, to: diff.to }),
    subject: current.raamovereenkomst.title,
    fileName: `${slug(current.raamovereenkomst.gemeente)}-wijzigingen-${diff.from}-${diff.to}`,
    date: documentDate(current.jaarschijf),
    frame: {
      kind: 'diff',
      subtitle: w.text('diff.reportSubtitle', { raamovereenkomst: current.raamovereenkomst.title, from: diff.from, to: diff.to, fromFile: previous.file, toFile: current.file }),
      summary: [w.text('diff.summary', diff.summary)],
      filter: {
        label: w.text('diff.filterLabel'),
        choices: [
          // The report opens on what changed (when anything did); every agreement is one click away.
          { tag: 'changes', label: w.text('diff.filterChanges'), count: total - diff.summary.unchanged, checked: anyChange },
          { tag: 'all', label: w.text('diff.filterAll'), count: total, checked: !anyChange },
          ...statuses.map((status) => ({ tag: status, label: w.text(`diff.status.${status}`), count: diff.summary[status], checked: false })),
        ],
      },
    },
    sections: diffSections(
      diff,
      { rich: (text) => current.rich(text), kaderText, trekker: (ids) => trekkerLabel(current.raamovereenkomst, ids, w), ...(monitor ? { status: statusOf(diff, monitor, w) } : {}) },
      w,
    ),
  }, w);
}

/** "Stand Bestuurlijk overleg najaar 2024: vertraagd" for the agreement of the monitor's year (last year's id when that is last year). */
function statusOf(diff: JaarschijfDiff, monitor: DiffStatuses, w: Wording): (c: AgreementChange) => string | undefined {
  const lastYear = monitor.year === diff.from;
  return (c) => {
    const id = lastYear ? (c.after === null ? c.id : c.previous?.id) : c.after === null ? undefined : c.id;
    if (id === undefined) return undefined;
    const latest = monitor.latest.get(id);
    return latest ? w.text('monitor.latest', { round: latest.round, status: latest.status }) : w.text('monitor.latestNone', { year: monitor.year });
  };
}
