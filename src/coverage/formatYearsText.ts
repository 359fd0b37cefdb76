/**
 * The matrix kaderafspraak x year for a terminal: a mark per year, the number
 * of years without a jaarafspraak, and which kaderafspraken went without one
 * for several years.
 */
import type { YearsReport } from './coverageYears.js';
import { terminalStyle, wrap } from '../output/terminalStyle.js';
import type { TextOptions } from './formatCoverageText.js';
import { yearsLabel } from './yearCell.js';

export function formatYearsText(report: YearsReport, options: TextOptions): string {
  const s = terminalStyle(options.color);
  const n = report.years.length;
  const idWidth = Math.max(...report.kaderafspraken.map((k) => k.id.length)) + 2;
  const cell = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));
  const out: string[] = [
    s.bold(`Dekking van de kaderafspraken over de jaren ${yearsLabel(report.years)}`),
    `${report.raamovereenkomstTitle} (${report.period.from}-${report.period.to}): ${report.files.join(', ')}`,
    '',
    s.bold(`  ${cell('', idWidth)}${report.years.map((y) => cell(String(y), 6)).join('')}jaren zonder`),
  ];
  for (const theme of report.themes) {
    const kaders = report.kaderafspraken.filter((k) => k.theme === theme.id);
    if (!kaders.length) continue;
    out.push(s.bold(`${theme.number ? `${theme.number}. ` : ''}${theme.title}`));
    for (const k of kaders) {
      const marks = k.years.map((y) => {
        if (!y.covered) return s.red('✗') + ' '.repeat(5);
        const label = y.references.length === y.afspraken.length ? 'ref' : String(y.afspraken.length);
        return s.green('✓') + ` ${cell(label, 4)}`;
      });
      const without = `${k.withoutAfspraak} van ${n}`;
      const id = cell(k.id, idWidth);
      out.push(`  ${k.withoutAfspraak === n ? s.red(id) : id}${marks.join('')}${k.withoutAfspraak ? s.red(without) : without}`);
    }
  }
  out.push('', '✓ n: gedekt door n jaarafspraken; ✓ ref: alleen via een verwijzing naar een ander thema; ✗: geen jaarafspraak', '');
  for (const y of report.summary.years) {
    const references = y.byReference ? ` (${y.byReference} alleen via een verwijzing naar een ander thema)` : '';
    out.push(`${y.year}: ${y.covered} van ${report.summary.total} kaderafspraken gedekt; ${y.uncovered} zonder jaarafspraak${references}`);
  }
  if (n > 1) {
    const ids = report.kaderafspraken.filter((k) => k.withoutAfspraak >= 2).map((k) => k.id);
    const when = n === 2 ? 'beide jaren' : `2 of meer van de ${n} jaren`;
    const line = `${ids.length} kaderafspra${ids.length === 1 ? 'ak' : 'ken'} zonder jaarafspraak in ${when}${ids.length ? `: ${ids.join(', ')}` : ''}`;
    out.push(s.bold(ids.length ? s.red(wrap(line, '', options.width)) : s.green(line)));
  }
  return `${out.join('\n')}\n`;
}
