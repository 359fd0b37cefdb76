import { spawnSync } from 'node:child_process';

/**
 * External tools the tests use (pdftotext, qpdf, soffice, chromium). Locally a
 * missing tool skips its test; in CI (CI=true) .ci/run installs them, and a
 * missing one fails the test instead of skipping it silently.
 */
export function hasTool(command: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI === 'true') throw new Error(`${command} is not installed; .ci/run should have installed it`);
  return found;
}

export function run(command: string, args: readonly string[], input?: Buffer): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}
