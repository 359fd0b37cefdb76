/**
 * The latest statuses of a jaarschijf's agreements from its monitor, for the
 * commands that show them beside the agreements (`draft`, `coverage`, `diff
 * --monitor`). A monitor of another jaarschijf is refused with a message.
 */
import { latestStatuses, type LatestStatus } from '../model/monitorSchema.js';
import { SourceError } from '../sources/diagnostics.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { loadMonitor } from '../sources/loadMonitor.js';

export interface MonitorOf {
  /** The monitor source, as messages name it. */
  file: string;
  /** Every file the monitor was read from: no output may replace them. */
  files: readonly string[];
  latest: ReadonlyMap<string, LatestStatus>;
  /** The jaarschijf it reports on. */
  jaarschijf: LoadedJaarschijf;
}

/** @param of the jaarschijven the monitor may belong to, and how the command names them ("--from") */
export async function monitorOf(file: string, of: LoadedJaarschijf | readonly LoadedJaarschijf[], option: string): Promise<MonitorOf> {
  const monitor = await loadMonitor(file);
  const candidates = Array.isArray(of) ? (of as readonly LoadedJaarschijf[]) : [of as LoadedJaarschijf];
  const match = candidates.find((j) => j.path === monitor.jaarschijf.path);
  if (!match) {
    const names = candidates.map((j) => j.file).join(' of ');
    throw new SourceError([{ file: monitor.file, message: `is de monitor van ${monitor.jaarschijf.file}, niet van ${names}${option ? ` (${option})` : ''}` }]);
  }
  return { file: monitor.file, files: monitor.files, latest: latestStatuses(monitor.monitor), jaarschijf: match };
}
