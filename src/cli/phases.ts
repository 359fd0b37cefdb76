/**
 * JAARSCHIJF_PHASES=1: when each phase of a command ended, in milliseconds
 * since the process started, as one JSON line on stderr at exit (npm run
 * bench reads it). "boot" is Node's own start, up to our first module.
 */
import { performance } from 'node:perf_hooks';

const on = Boolean(process.env.JAARSCHIJF_PHASES);
const marks: [string, number][] = on ? [['boot', performance.nodeTiming.bootstrapComplete]] : [];

export function phase(name: string): void {
  if (on) marks.push([name, performance.now()]);
}

if (on) process.once('exit', () => process.stderr.write(`${JSON.stringify({ phases: Object.fromEntries(marks) })}\n`));
