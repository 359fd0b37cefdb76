import type { DocumentModel, ReportFrame } from '../../document/types.js';
import { embedFonts } from './embedFonts.js';
import { logoData } from './logoData.js';
import { renderHtmlTemplate } from './htmlTemplate.js';
import { renderSections } from './renderHtmlBlocks.js';

/**
 * The whole document as one self-contained HTML page (logos and the font's
 * faces inlined as data URLs); a report (coverage, diff) in its interactive page, with its summary
 * and the filters on its rows' tags.
 */
export async function renderHtmlDocument(doc: DocumentModel): Promise<string> {
  const content = renderSections(doc.sections);
  if (doc.report) return embedFonts(renderHtmlTemplate(templateOf(doc.report), { lang: doc.meta.language, title: doc.meta.title, ...frameData(doc.report), watermark: doc.watermark ?? '', content }));
  return embedFonts(
    renderHtmlTemplate('document', {
      lang: doc.meta.language,
      title: doc.meta.title,
      watermark: doc.watermark ?? '',
      logos: doc.header.logos.map(logoData),
      content,
    }),
  );
}

/** The page template of each kind of report. */
function templateOf(report: ReportFrame): string {
  return report.kind === 'diff' || report.kind === 'monitor' ? report.kind : 'coverage';
}

function frameData(report: ReportFrame): Record<string, unknown> {
  const filter = report.filter;
  return {
    kind: report.kind,
    subtitle: report.subtitle,
    note: report.note ?? '',
    summary: report.kind === 'diff' ? report.summary.join(' ') : report.summary,
    meter: report.meter ?? false,
    filterLabel: filter?.label ?? '',
    filters: (filter?.choices ?? []).map((c) => ({ status: c.tag, label: c.label, count: c.count, checked: c.checked })),
  };
}

