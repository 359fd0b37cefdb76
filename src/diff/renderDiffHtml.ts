/**
 * The diff as one self-contained HTML page: the document-model fragment
 * (diffSections) rendered by the HTML renderer, wrapped by
 * templates/diff.html.hbs with the summary, the status filters, inline CSS and
 * a small inline script; no external assets.
 */
import { trekkerLabel } from '../document/buildJaarschijfDocument.js';
import { loadWording, type Wording } from '../document/wording.js';
import { plainText } from '../model/richtext.js';
import { renderHtmlTemplate } from '../render/html/htmlTemplate.js';
import { renderSections } from '../render/html/renderHtmlBlocks.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { kaderIndex } from '../model/lookup.js';
import type { LatestStatus } from '../model/monitorSchema.js';
import { statuses, type AgreementChange, type JaarschijfDiff } from './computeDiff.js';
import { diffSections } from './diffSections.js';

/** `templates`: a folder with a wording.json that overrides the package's wording, as for render. */
/** With `--monitor`: the latest status of each agreement of one of the two years. */
export interface DiffStatuses {
  latest: ReadonlyMap<string, LatestStatus>;
  /** The year of the jaarschijf the monitor reports on. */
  year: number;
}

export function renderDiffHtml(diff: JaarschijfDiff, previous: LoadedJaarschijf, current: LoadedJaarschijf, templates?: string, monitor?: DiffStatuses): string {
  const w = loadWording(templates);
  const kaders = [kaderIndex(current.raamovereenkomst), kaderIndex(previous.raamovereenkomst)];
  // Kaderafspraken are short Markdown texts; a note shows them as plain text.
  const kaderText = (id: string) => {
    const text = kaders.find((k) => k.has(id))?.get(id)?.text;
    return text === undefined ? undefined : plainText(current.rich(text)).replace(/\s+/g, ' ');
  };
  const total = diff.changes.length;
  return renderHtmlTemplate('diff', {
    lang: 'nl-NL',
    title: w.text('diff.reportTitle', { from: diff.from, to: diff.to }),
    subtitle: w.text('diff.reportSubtitle', {
      raamovereenkomst: current.raamovereenkomst.title,
      from: diff.from,
      to: diff.to,
      fromFile: previous.file,
      toFile: current.file,
    }),
    summary: w.text('diff.summary', diff.summary),
    filterLabel: w.text('diff.filterLabel'),
    filters: [
      { status: 'all', label: w.text('diff.filterAll'), count: total, checked: true },
      ...statuses.map((status) => ({ status, label: w.text(`diff.status.${status}`), count: diff.summary[status], checked: false })),
    ],
    content: renderSections(
      diffSections(diff, { rich: (text) => current.rich(text), kaderText, trekker: (ids) => trekkerLabel(current.raamovereenkomst, ids, w), ...(monitor ? { status: statusOf(diff, monitor, w) } : {}) }, w),
    ),
  });
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
