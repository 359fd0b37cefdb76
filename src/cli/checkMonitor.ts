import { monitorStatuses } from '../model/monitorSchema.js';
import { formatDiagnostic } from '../sources/diagnostics.js';
import type { Evaluation } from '../sources/loadJaarschijf.js';
import { loadMonitor } from '../sources/loadMonitor.js';

/**
 * `jaarschijf check <monitor.ts>`: a monitor is validated as every source is;
 * what a reader would miss is listed, then a short summary. Returns whether
 * nothing is missing (`--strict` fails otherwise).
 */
export async function checkMonitorSource(file: string, evaluation?: Evaluation): Promise<boolean> {
  const loaded = await loadMonitor(file, evaluation);
  for (const warning of loaded.warnings) process.stdout.write(`${formatDiagnostic(warning)}\n`);
  const { monitor, jaarschijf } = loaded;
  const latest = monitor.rounds.at(-1)!;
  const counts = monitorStatuses.map((s) => [s, Object.values(latest.statuses).filter((e) => (typeof e === 'string' ? e : e.status) === s).length] as const);
  const state = loaded.warnings.length ? `is geldig, met ${loaded.warnings.length} ${loaded.warnings.length === 1 ? 'melding' : 'meldingen'}` : 'is in orde';
  const lines = [
    `${loaded.file}: monitor van jaarschijf ${jaarschijf.jaarschijf.year} (${jaarschijf.file}) ${state}${monitor.illustration ? ' (een voorbeeld)' : ''}`,
    `  ${monitor.rounds.length} ${monitor.rounds.length === 1 ? 'overleg' : 'overleggen'}; laatste: ${latest.name} (${latest.date}): ${counts.filter(([, n]) => n).map(([s, n]) => `${n} ${s}`).join(', ')}`,
    monitor.nieuwbouw ? `  nieuwbouw: ${monitor.nieuwbouw.projects.length} projecten, doel ${monitor.nieuwbouw.target.min}-${monitor.nieuwbouw.target.max} woningen (${monitor.nieuwbouw.target.from}-${monitor.nieuwbouw.target.to})` : '  nieuwbouw: geen',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return loaded.warnings.length === 0;
}
