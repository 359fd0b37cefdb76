/**
 * The diff as one self-contained HTML page: the document-model fragment
 * (diffSections) rendered by the HTML renderer, wrapped by
 * templates/diff.html.hbs with the summary, the status filters, inline CSS and
 * a small inline script; no external assets.
 */
import { trekkerLabel } from '../document/buildJaarschijfDocument.js';
import { loadWording } from '../document/wording.js';
import { plainText } from '../model/richtext.js';
import { renderHtmlTemplate } from '../render/html/htmlTemplate.js';
import { renderSections } from '../render/html/renderHtmlBlocks.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { kaderIndex } from '../model/lookup.js';
import { statuses, type JaarschijfDiff } from './computeDiff.js';
import { diffSections } from './diffSections.js';

/** `templates`: a folder with a wording.json that overrides the package's wording, as for render. */
export function renderDiffHtml(diff: JaarschijfDiff, previous: LoadedJaarschijf, current: LoadedJaarschijf, templates?: string): string {
  const w = loadWording(templates);
  const kaders = [kaderIndex(current.raamovereenkomst), kaderIndex(previous.raamovereenkomst)];
  // Kaderafspraken are short Markdown texts; a note shows them as plain text.
  const kaderText = (id: string) => {
    const text = kaders.find((k) => k.has(id))?.get(id)?.text;
    return text === undefined ? undefined : plainText(current.rich(text)).replace(/\s+/g, ' ');
  };
  const total = diff.changes.length;
  const anyChange = total > diff.summary.unchanged || diff.texts.some((t) => t.status !== 'unchanged');
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
      // The report opens on what changed (when anything did); every agreement is one click away.
      { status: 'changes', label: w.text('diff.filterChanges'), count: total - diff.summary.unchanged, checked: anyChange },
      { status: 'all', label: w.text('diff.filterAll'), count: total, checked: !anyChange },
      ...statuses.map((status) => ({ status, label: w.text(`diff.status.${status}`), count: diff.summary[status], checked: false })),
    ],
    content: renderSections(
      diffSections(diff, { rich: (text) => current.rich(text), kaderText, trekker: (ids) => trekkerLabel(current.raamovereenkomst, ids, w) }, w),
    ),
  });
}
