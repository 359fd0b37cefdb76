import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

// V8's own answer (%GetOptimizationStatus) whether a hot function was compiled by TurboFan,
// in a process of its own: flags are the process's.
const turboFanned = 1 << 6;

const url = (file: string) => JSON.stringify(pathToFileURL(join(repoRoot, file)).href);

const policy = `
  import { startWithBaselineCompilers, optimizeFromNowOn, optimizeIfLarge } from ${url('dist/cli/compilerTiers.js')};
  startWithBaselineCompilers();`;
// The shipped CLI sets its compilers itself when it loads.
const cli = `import { main } from ${url('dist/bundle/main.js')};`;

/** The hot function's status after `setup`, and after `steps` (which call the policy's functions, or the CLI's `main`). */
function statuses(setup: string, steps: string): number[] {
  const script = `
    ${setup}
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
  // A file, not -e: the CLI's worker threads take the process's flags, and --input-type is refused there.
  const file = join(mkdtempSync(join(tmpdir(), 'jaarschijf-tiers-')), 'tiers.mjs');
  writeFileSync(file, script);
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', file], { encoding: 'utf8', cwd: repoRoot });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as number[];
}

describe('the compilers a CLI process uses', () => {
  it('starts without TurboFan, and a document under 1,000 table rows keeps it so', () => {
    const seen = statuses(policy, 'optimizeIfLarge(doc(999)); run();');
    expect(seen.map((s) => s & turboFanned)).toEqual([0, 0]);
  });

  it('turns TurboFan on for a document of 1,000 table rows', () => {
    const seen = statuses(policy, 'optimizeIfLarge(doc(1000)); run();');
    expect(seen.map((s) => s & turboFanned)).toEqual([0, turboFanned]);
  });

  it('turns TurboFan on when the process goes on to more work', () => {
    const seen = statuses(policy, 'optimizeFromNowOn(); run();');
    expect(seen.map((s) => s & turboFanned)).toEqual([0, turboFanned]);
  });

  it('the CLI renders one document of 94 rows without it', () => {
    const out = mkdtempSync(join(tmpdir(), 'jaarschijf-tiers-'));
    const seen = statuses(cli, `process.exitCode = await main(['render', 'agreements/harderwijk/2024.ts', '--format', 'pdf', '-o', ${JSON.stringify(out)}]); run();`);
    expect(seen.map((s) => s & turboFanned)).toEqual([0, 0]);
  });

  it('the CLI turns it on in a batch once the first document is rendered', () => {
    const out = mkdtempSync(join(tmpdir(), 'jaarschijf-tiers-'));
    const sources = ['agreements/harderwijk/2024.ts', 'agreements/utrechtse-heuvelrug/2019.ts'];
    const seen = statuses(cli, `process.exitCode = await main(['render', ...${JSON.stringify(sources)}, '--format', 'pdf', '-o', ${JSON.stringify(out)}]); run();`);
    expect(seen.map((s) => s & turboFanned)).toEqual([0, turboFanned]);
  });
});
