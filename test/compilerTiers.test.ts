import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

// V8's own answer (%GetOptimizationStatus) whether a hot function was compiled by TurboFan,
// in a process of its own: flags are the process's.
const turboFanned = 1 << 6;

function statuses(steps: string): number[] {
  const module = pathToFileURL(join(repoRoot, 'dist/cli/compilerTiers.js')).href;
  const script = `
    import { startWithBaselineCompilers, optimizeFromNowOn, optimizeIfLarge } from ${JSON.stringify(module)};
    startWithBaselineCompilers();
    function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += (i * 7) % 13; return s; }
    const doc = (rows) => ({ sections: [{ blocks: [{ type: 'paragraph' }, { type: 'table', rows: Array(rows).fill({}) }] }] });
    const seen = [];
    const status = () => eval('%GetOptimizationStatus(hot)');
    // Hot for a second, or until TurboFan has compiled it (in the background: its time varies).
    const run = () => {
      const end = performance.now() + 1000;
      while (performance.now() < end && !(status() & ${turboFanned})) hot(1000);
      seen.push(status());
    };
    run();
    ${steps}
    console.log(JSON.stringify(seen));
  `;
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as number[];
}

describe('the compilers a CLI process uses', () => {
  it('starts without TurboFan, and a document under 1,000 table rows keeps it so', () => {
    const seen = statuses('optimizeIfLarge(doc(999)); run();');
    expect(seen.map((s) => s & turboFanned)).toEqual([0, 0]);
  });

  it('turns TurboFan on for a document of 1,000 table rows', () => {
    const seen = statuses('optimizeIfLarge(doc(1000)); run();');
    expect(seen.map((s) => s & turboFanned)).toEqual([0, turboFanned]);
  });

  it('turns TurboFan on when the process goes on to more work', () => {
    const seen = statuses('optimizeFromNowOn(); run();');
    expect(seen.map((s) => s & turboFanned)).toEqual([0, turboFanned]);
  });
});
