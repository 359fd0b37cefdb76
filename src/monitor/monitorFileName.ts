import { slug } from '../document/buildJaarschijfDocument.js';
import type { LoadedMonitor } from '../sources/loadMonitor.js';

/** Base name of the monitor's files: "harderwijk-monitor-2024". */
export function monitorFileName(loaded: LoadedMonitor): string {
  return `${slug(loaded.jaarschijf.raamovereenkomst.gemeente)}-monitor-${loaded.jaarschijf.jaarschijf.year}`;
}
