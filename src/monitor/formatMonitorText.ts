/**
 * The monitor for a terminal: the summary, per theme each agreement with its
 * status in every overleg and the latest toelichting, then the
 * nieuwbouwmonitor in numbers. Statuses are words; colour only adds to them.
 */
import type { Wording } from '../document/wording.js';
import type { MonitorStatus } from '../model/monitorSchema.js';
import { oneLine } from '../model/oneLine.js';
import { plainText } from '../model/richtext.js';
import { terminalStyle, wrap, type TerminalStyle } from '../output/terminalStyle.js';
import { parseMarkdown } from '../sources/markdown.js';
import type { MonitorAgreement, MonitorReport } from './computeMonitor.js';
import { formatNumber } from './monitorCharts.js';
import { countsText } from './monitorFigures.js';
import { subtitle, summaryLines } from './monitorSections.js';

export interface TextOptions {
  color: boolean;
  /** Terminal width to wrap texts at; without one, texts stay on one line. */
  width?: number;
}

export function formatMonitorText(report: MonitorReport, w: Wording, options: TextOptions): string {
  const s = terminalStyle(options.color);
  const line = (text: string, indent = '') => wrap(text, indent, options.width);
  const out: string[] = [s.bold(`${report.title} (${report.file})`)];
  if (report.illustration) out.push(s.yellow(line(w.text('monitor.illustrationNote'))));
  out.push(line(subtitle(report, w)), '', ...summaryLines(report, w).map((text) => s.bold(line(text))));

  // One column per overleg, as wide as the longest word it can hold.
  const unreported = w.text('monitor.unreported');
  const column = Math.max('niet gestart'.length, unreported.length);
  const indent = ' '.repeat(2 + 8);
  for (const theme of report.summary.themes) {
    out.push('', `${s.bold(`${theme.number}. ${theme.title}`)}: ${countsText(theme.counts, w) || unreported}`);
    for (const a of report.agreements.filter((x) => x.theme === theme.theme)) {
      const statuses = report.rounds.map((round) => {
        const entry = a.statuses.find((x) => x.round === round.name);
        return entry ? colored(entry.status, entry.status.padEnd(column), s) : s.dim(unreported.padEnd(column));
      });
      out.push(`  ${a.id.padEnd(7)} ${statuses.join('  ')}  ${a.text}`);
      const toelichting = latestToelichting(a);
      if (toelichting) out.push(s.dim(line(toelichting, indent)));
    }
  }

  const n = report.nieuwbouw;
  if (n) {
    const k = (key: string, data?: Record<string, unknown>) => w.text(`monitor.nieuwbouw.${key}`, data);
    const bounds = { min: formatNumber(n.target.min), max: formatNumber(n.target.max) };
    out.push('', s.bold(k('heading')));
    out.push(line(k('targetText', { ...bounds, from: n.target.from, to: n.target.to, afspraak: n.target.afspraak ?? '' }), '  '));
    out.push(line(k('splitText', { shares: n.split.corporations.map((c) => k('share', { name: c.name, share: formatNumber(c.agreed) })).join(', '), afspraak: n.split.afspraak ?? '' }), '  '));
    const summary = line(k('summary', { from: n.target.from, to: n.target.to, realised: formatNumber(n.totals.realised), total: formatNumber(n.totals.total), position: k(`position.${n.totals.position}`, bounds) }), '  ');
    out.push(n.totals.position === 'below' ? s.red(summary) : s.green(summary));

    const currentYear = Number(report.summary.date.slice(0, 4));
    const header = [k('columns.year'), k('columns.total'), ...['realised', 'total', 'targetMin', 'targetMax'].map((c) => k(`cumulative.columns.${c}`))];
    const rows = n.perYear.map((y, i) => {
      const c = n.cumulative[i]!;
      const inTarget = y.year <= n.target.to;
      return [String(y.year), formatNumber(y.total), y.year <= currentYear ? formatNumber(c.realised) : '', formatNumber(c.total), inTarget ? formatNumber(c.targetMin) : '', inTarget ? formatNumber(c.targetMax) : ''];
    });
    out.push('', ...table(header, rows).map((row) => `  ${row}`));

    const splitHeader = ['corporation', 'agreed', 'homes', 'share', 'realised', 'realisedShare'].map((c) => k(`split.columns.${c}`));
    const splitRows = n.split.corporations.map((c) => [c.name, `${formatNumber(c.agreed)}%`, formatNumber(c.homes), `${formatNumber(c.share)}%`, formatNumber(c.realised), `${formatNumber(c.realisedShare)}%`]);
    out.push('', ...table(splitHeader, splitRows).map((row) => `  ${row}`));
  }
  return `${out.join('\n')}\n`;
}

function colored(status: MonitorStatus, shown: string, s: TerminalStyle): string {
  if (status === 'gereed') return s.green(shown);
  if (status === 'vertraagd') return s.yellow(shown);
  if (status === 'niet gestart' || status === 'vervallen') return s.red(shown);
  return shown;
}

/** The latest toelichting as plain text, with the overleg it is from when that is an earlier one. */
function latestToelichting(a: MonitorAgreement): string | undefined {
  const given = [...a.statuses].reverse().find((x) => x.toelichting !== null);
  if (!given) return undefined;
  const text = oneLine(plainText(parseMarkdown(given.toelichting!)));
  return given === a.statuses.at(-1) ? text : `${text} (${given.round})`;
}

/** Columns padded to their widest cell: the first left-aligned, numbers right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [format(header), ...rows.map(format)];
}
