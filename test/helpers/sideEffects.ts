import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every entry under `dir` with its kind and content hash: equal snapshots mean nothing was written, changed or left behind. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const key = relative(dir, full);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out[key] = `link -> ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        out[key] = 'folder';
        visit(full);
      } else if (stat.isFile()) out[key] = `file ${createHash('sha1').update(readFileSync(full)).digest('hex')}`;
      else out[key] = 'other';
    }
  };
  visit(dir);
  return out;
}

/** Temporary output files (of any run) anywhere under `dir`. */
export function temporaryFiles(dir: string): string[] {
  return Object.keys(snapshotTree(dir)).filter((path) => /\.jaarschijf\.tmp$/.test(path));
}

const bin = fileURLToPath(new URL('../../bin/jaarschijf.js', import.meta.url));

/**
 * runCli options under which file permissions hold. Tests run as root (who
 * may write anywhere) in CI; then the CLI runs as nobody, if nobody can read
 * the repository. `{}` when the tests already run unprivileged; undefined
 * when there is no such user.
 */
export function unprivileged(): { user?: { uid: number; gid: number } } | undefined {
  if (process.getuid?.() !== 0) return {};
  const nobody = { uid: 65534, gid: 65534 };
  const probe = spawnSync(process.execPath, [bin, '--help'], { ...nobody, encoding: 'utf8' });
  return probe.status === 0 ? { user: nobody } : undefined;
}

/** Let an unprivileged user read a scratch folder (mkdtemp makes it private). */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o755);
}

/** Mount a small tmpfs on `dir` (root only); returns how to unmount it, or undefined when mounting is not possible here. */
export function mountTmpfs(dir: string, options: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) return undefined;
  return () => {
    spawnSync('umount', [dir]);
  };
}
