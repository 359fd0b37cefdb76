import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/jaarschijf.js', import.meta.url));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  /** The signal that ended the run (a timeout), else null. */
  signal: NodeJS.Signals | null;
}

/** Run the compiled CLI as a user would (cwd defaults to the repository root). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number; user?: { uid: number; gid: number } } = {},
): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.timeout ? { timeout: options.timeout } : {}),
    ...options.user,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}
