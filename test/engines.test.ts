import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

/**
 * `npm ci` must install without EBADENGINE on Node 20 and on Node 22. npm
 * warns when a package's `engines.node` does not accept the running Node
 * (npm-install-checks: semver.satisfies with prereleases included); the
 * lockfile records every package's `engines`, so each is checked here against
 * releases of both lines, as npm would check them there.
 */
interface LockPackage {
  version?: string;
  dev?: boolean;
  engines?: Record<string, string> | string[];
}

const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
const project = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');

function nodeRange(pkg: LockPackage): string | undefined {
  // Old packages wrote engines as a list: ["node >=0.8"].
  if (Array.isArray(pkg.engines)) return pkg.engines.find((e) => e.startsWith('node'))?.replace(/^node\s*/, '');
  return pkg.engines?.node;
}

function refusing(version: string, packages: readonly [string, LockPackage][]): string[] {
  return packages
    .filter(([, pkg]) => {
      const range = nodeRange(pkg);
      return range !== undefined && !semver.satisfies(version, range, { includePrerelease: true });
    })
    .map(([path, pkg]) => `${path.replace(/^.*node_modules\//, '')}@${pkg.version}: ${nodeRange(pkg)}`);
}

describe('engines of every installed package', () => {
  it('the lockfile records engines (the check below would pass vacuously otherwise)', () => {
    expect(installed.filter(([, pkg]) => nodeRange(pkg)).length).toBeGreaterThan(50);
  });

  it('what a user installs (the dependencies) accepts the first releases of Node 20 and 22 that package.json promises (20.19, 22.12: the parser of the sources needs them)', () => {
    const runtime = installed.filter(([, pkg]) => !pkg.dev);
    for (const version of ['20.19.0', '22.12.0']) {
      expect(semver.satisfies(version, project.engines.node)).toBe(true);
      expect(refusing(version, runtime), `on Node ${version}`).toEqual([]);
    }
  });

  it('everything npm ci installs here, dev tools included, accepts Node 20.19 and 22.13 (vitest 4 and vite need these) and the running Node', () => {
    for (const version of ['20.19.0', '22.13.0', process.versions.node]) {
      expect(refusing(version, installed), `on Node ${version}`).toEqual([]);
    }
  });

  it('docx gets nanoid 5: nanoid 6 asks for Node 22 (docx carries its own copy of the code it uses)', () => {
    const nanoids = installed.filter(([path]) => path.endsWith('node_modules/nanoid'));
    expect(nanoids.map(([path]) => path)).toContain('node_modules/docx/node_modules/nanoid');
    for (const [path, pkg] of nanoids) expect(semver.major(pkg.version!), path).toBeLessThan(6);
    const docx = readFileSync(join(repoRoot, 'node_modules/docx/dist/index.mjs'), 'utf8');
    expect(docx).not.toMatch(/from\s*["']nanoid/);
  });
});
