/**
 * The coverage report for a terminal: per theme each doelstelling and its
 * kaderafspraken, marked covered or not, with the jaarafspraken (ids and the
 * rows the document shows them in), and a closing summary.
 */
import type { CoverageReport, KaderCoverage, ServingAfspraak } from './computeCoverage.js';
import { oneLine } from '../model/oneLine.js';
import { plainText } from '../model/richtext.js';
import { parseMarkdown } from '../sources/markdown.js';
import { rowRanges } from './rowRanges.js';
import { terminalStyle, wrap, type TerminalStyle } from '../output/terminalStyle.js';

export interface TextOptions {
  color: boolean;
  /** Terminal width to wrap texts at; without one, texts stay on one line. */
  width?: number;
}

export function formatCoverageText(report: CoverageReport, options: TextOptions): string {
  const s = terminalStyle(options.color);
  const out: string[] = [
    s.bold(`Dekking van de kaderafspraken in jaarschijf ${report.year} (${report.file})`),
    `${report.raamovereenkomstTitle} (${report.period.from}-${report.period.to})`,
  ];
  for (const theme of report.themes) {
    const kaders = report.kaderafspraken.filter((k) => k.theme === theme.id);
    if (!kaders.length) continue;
    const covered = kaders.filter((k) => k.covered).length;
    const title = `${theme.number ? `${theme.number}. ` : ''}${theme.title}`;
    const count = `${covered} van ${kaders.length} gedekt`;
    out.push('', `${s.bold(title)}: ${covered === kaders.length ? count : s.red(count)}`);
    kaders.forEach((k, i) => {
      if (kaders[i - 1]?.doelstelling !== k.doelstelling) out.push(wrap(line(k.doelstellingText), '  ', options.width));
      out.push(`    ${kaderLine(report, k, s)}`, s.dim(wrap(line(k.text), '        ', options.width)));
    });
  }
  const { total, covered, uncovered, byReference } = report.summary;
  out.push('');
  if (uncovered) {
    const ids = report.kaderafspraken.filter((k) => !k.covered).map((k) => k.id);
    out.push(wrap(`Zonder jaarafspraak in ${report.year}: ${ids.join(', ')}`, '', options.width));
  }
  const references = byReference ? ` (${byReference} alleen via een verwijzing naar een ander thema)` : '';
  const summary = `${covered} van ${total} kaderafspraken gedekt; ${uncovered} zonder jaarafspraak in ${report.year}${references}`;
  out.push(uncovered ? s.bold(s.red(summary)) : s.bold(s.green(summary)));
  return `${out.join('\n')}\n`;
}

/** "✓ realisatie-1000-woningen: bes-02, bes-03 (rijen 2-3)" or "✗ buffercapaciteit-azc: niet gedekt ...". */
function kaderLine(report: CoverageReport, k: KaderCoverage, s: TerminalStyle): string {
  if (!k.covered) {
    const row = k.row ? ` (rij ${k.row})` : '';
    return `${s.red('✗')} ${s.bold(k.id)}: ${s.red(`niet gedekt, geen jaarafspraak in ${report.year}`)}${row}`;
  }
  const ownTheme = k.serving.filter((x) => x.theme === k.theme && !x.reference);
  const parts: string[] = [];
  if (ownTheme.length) parts.push(`${ownTheme.map((x) => x.afspraak).join(', ')} (${rowsLabel(ownTheme.map((x) => x.row))})`);
  for (const x of k.serving) {
    if (x.reference) parts.push(s.yellow(`${x.afspraak} (${where(report, k, x)}): een verwijzing naar ${themeName(report, x.reference)}`));
    else if (x.theme !== k.theme) parts.push(`${x.afspraak} (${where(report, k, x)})`);
  }
  return `${s.green('✓')} ${s.bold(k.id)}: ${parts.join('; ')}`;
}

function where(report: CoverageReport, k: KaderCoverage, x: ServingAfspraak): string {
  return x.theme === k.theme ? `rij ${x.row}` : `${themeName(report, x.theme)}, rij ${x.row}`;
}

function themeName(report: CoverageReport, id: string): string {
  const theme = report.themes.find((t) => t.id === id);
  return theme?.number ? `thema ${theme.number} (${theme.title})` : `thema ${theme?.title ?? id}`;
}

/** [2, 3, 4, 7] -> "rijen 2-4, 7". */
function rowsLabel(rows: readonly number[]): string {
  return `${rows.length > 1 ? 'rijen' : 'rij'} ${rowRanges(rows)}`;
}

/** A Markdown text of the sources as one plain line. */
function line(markdown: string): string {
  return oneLine(plainText(parseMarkdown(markdown)));
}
