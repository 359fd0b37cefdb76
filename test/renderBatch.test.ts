/**
 * `jaarschijf render` with several sources or a folder: copies of the example
 * under other gemeente names, one of them broken, rendered in one run on a
 * pool of threads. Every good document is written and is byte for byte what
 * a render of that source alone writes; the broken one is a message, never a
 * stop; the summary counts; exit code 1. Plain lines when stdout is no
 * terminal, a status line redrawn in place on a pseudo-terminal (script).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, type CliResult } from './helpers/cli.js';
import { snapshotTree, temporaryFiles } from './helpers/sideEffects.js';
import { hasTool } from './helpers/tools.js';

const good = ['Ede', 'Epe', 'Putten'] as const;
const slug = (gemeente: string) => gemeente.toLowerCase();

/** agreements/<gemeente>/ for each name: the example with that gemeente in its raamovereenkomst. */
function project(names: readonly string[], gemeente: (name: string) => string = (name) => name): string {
  const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-batch-'));
  for (const name of names) {
    const folder = join(dir, 'agreements', slug(name));
    cpSync(join(repoRoot, 'agreements/harderwijk'), folder, { recursive: true });
    edit(join(folder, 'raamovereenkomst.ts'), "gemeente: 'Harderwijk'", `gemeente: '${gemeente(name)}'`);
  }
  return dir;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`nothing to replace in ${file}: ${from}`);
  writeFileSync(file, text.replace(from, to));
}

const written = /^\[(\d+)\/(\d+)\] (\S+) → (\S+), \.pdf \((\d+,\d) s\)$/;
const summary = /^(\d+) documenten: (\d+) geschreven, (\d+) mislukt \(\d+,\d s\)$/;

describe('render with several sources', () => {
  let dir: string;
  let batch: CliResult;
  let lines: string[];

  beforeAll(() => {
    dir = project([...good, 'Ermelo']);
    // Ermelo's jaarafspraak names a kaderafspraak that does not exist.
    edit(join(dir, 'agreements/ermelo/2024.ts'), "kader: 'uitvoeringsagenda'", "kader: 'uitvoeringsagnda'");
    const sources = readdirSync(join(dir, 'agreements')).sort().map((g) => `agreements/${g}/2024.ts`);
    batch = runCli(['render', ...sources, '-o', 'out'], { cwd: dir, timeout: 600_000 });
    lines = batch.stdout.trimEnd().split('\n');
  }, 600_000);

  it('writes every good document, byte for byte what a render of that source alone writes', () => {
    for (const gemeente of good) {
      const single = runCli(['render', `agreements/${slug(gemeente)}/2024.ts`, '-o', 'single'], { cwd: dir, timeout: 300_000 });
      expect(single.status, single.stderr).toBe(0);
      for (const ext of ['docx', 'pdf']) {
        const name = `${slug(gemeente)}-2024.${ext}`;
        expect(readFileSync(join(dir, 'out', name)).equals(readFileSync(join(dir, 'single', name))), name).toBe(true);
      }
    }
    // Each document is its own gemeente's, not one document under several names.
    expect(readFileSync(join(dir, 'out/ede-2024.pdf')).equals(readFileSync(join(dir, 'out/epe-2024.pdf')))).toBe(false);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(good.flatMap((g) => [`${slug(g)}-2024.docx`, `${slug(g)}-2024.pdf`]).sort());
    expect(temporaryFiles(dir)).toEqual([]);
  }, 600_000);

  it('prints one plain line per document, the broken one\'s message, a summary, and exits 1', () => {
    expect(batch.status).toBe(1);
    expect(batch.stdout).not.toMatch(/\u001b|\r/);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toMatch(summary);
    expect(summary.exec(lines.at(-1)!)!.slice(1, 4)).toEqual(['4', '3', '1']);

    const progress = lines.slice(0, 4);
    expect(progress).toContain('[1/4] agreements/ermelo/2024.ts: mislukt (1 probleem)');
    const done = progress.map((l) => written.exec(l)).filter((m) => m !== null);
    expect(done.map((m) => m[3]).sort()).toEqual(good.map((g) => `agreements/${slug(g)}/2024.ts`));
    for (const m of done) expect(m[4]).toBe(`out/${m[3]!.split('/')[1]}-2024.docx`);
    // Counted as they finish: 1 to 4, each once, of 4.
    expect(progress.map((l) => /^\[(\d+)\/4\]/.exec(l)?.[1]).sort()).toEqual(['1', '2', '3', '4']);

    expect(batch.stderr).toMatch(/^agreements\/ermelo\/2024\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: .*"uitvoeringsagnda"/m);
    expect(batch.stderr.trimEnd().split('\n')).toHaveLength(1);
  }, 600_000);
});

describe('render with a folder', () => {
  it('renders every jaarschijf in it and says which files it skipped', () => {
    const dir = project(['Ede']);
    const result = runCli(['render', 'agreements/ede', '--format', 'pdf', '-o', 'out'], { cwd: dir, timeout: 600_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const all = result.stdout.trimEnd().split('\n');
    // The folder's other sources (the raamovereenkomst, the voortgangsmonitor) are named first.
    const skipped = all.filter((l) => l.includes(', overgeslagen'));
    expect(skipped.sort()).toEqual(['agreements/ede/monitor-2024.ts: een monitor, overgeslagen (maak die met `jaarschijf monitor agreements/ede/monitor-2024.ts`)', 'agreements/ede/raamovereenkomst.ts: een raamovereenkomst, overgeslagen']);
    expect(all.slice(0, skipped.length).every((l) => l.includes(', overgeslagen'))).toBe(true);
    const lines = ['', ...all.slice(skipped.length)];
    expect(lines.slice(1, 3).map((l) => l.replace(/^\[\d\/2\] /, '').replace(/ \(\d+,\d s\)$/, '')).sort()).toEqual([
      'agreements/ede/2023.ts → out/ede-2023.pdf',
      'agreements/ede/2024.ts → out/ede-2024.pdf',
    ]);
    expect(lines[3]).toMatch(/^2 documenten: 2 geschreven, 0 mislukt \(\d+,\d s\)$/);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['ede-2023.pdf', 'ede-2024.pdf']);
  }, 600_000);

  it('refuses a folder without jaarschijven, naming it', () => {
    const dir = project(['Ede']);
    mkdirSync(join(dir, 'leeg'));
    const result = runCli(['render', 'agreements', 'leeg', '-o', 'out'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('agreements: deze map bevat geen jaarschijven');
    expect(result.stderr).toContain('leeg: deze map bevat geen jaarschijven');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('two sources with the same gemeente and year', () => {
  it('are both refused before anything is written; the others are written', () => {
    // agreements/ede-kopie is a second Ede: it would write out/ede-2024.*.
    const dir = project(['Ede', 'Ede-kopie', 'Epe'], (name) => name.replace('-kopie', ''));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/ede-2024.pdf'), 'the earlier output');
    const before = snapshotTree(join(dir, 'out'));
    const result = runCli(['render', 'agreements/ede/2024.ts', 'agreements/ede-kopie/2024.ts', 'agreements/epe/2024.ts', '-o', 'out'], { cwd: dir, timeout: 600_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'agreements/ede/2024.ts: zou out/ede-2024.docx, out/ede-2024.pdf schrijven, net als agreements/ede-kopie/2024.ts (dezelfde gemeente en hetzelfde jaar); geen van deze documenten is geschreven',
    );
    expect(result.stderr).toContain('agreements/ede-kopie/2024.ts: zou out/ede-2024.docx, out/ede-2024.pdf schrijven, net als agreements/ede/2024.ts');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^3 documenten: 1 geschreven, 2 mislukt /);
    const after = snapshotTree(join(dir, 'out'));
    expect(after['ede-2024.pdf']).toBe(before['ede-2024.pdf']);
    expect(Object.keys(after).sort()).toEqual(['ede-2024.pdf', 'epe-2024.docx', 'epe-2024.pdf']);
  }, 600_000);
});

describe.skipIf(!hasTool('script'))('render with several sources on a terminal', () => {
  it('redraws a status line in place and ends with the same lines and summary', () => {
    const dir = project(['Ede', 'Epe']);
    // script(1) gives the command a pseudo-terminal; what the terminal shows comes back on stdout.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(repoRoot, 'bin/jaarschijf.js'))} render agreements/ede/2024.ts agreements/epe/2024.ts --format pdf -o out`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 600_000, env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' } });
    expect(result.status).toBe(0);
    const screen = result.stdout;
    // The status line: drawn, then cleared in place (carriage return, erase line) before each line that stays.
    expect(screen).toContain('\r\u001b[2K');
    expect(screen).toMatch(/bronnen lezen \(\d van 2\): agreements\/e[dp]e\/2024\.ts/);
    expect(screen).toMatch(/bezig \(\d van 2 klaar\)/);
    // What stays once the status lines are erased: the plain lines.
    const shown = screen
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((line) => line.split('\r\u001b[2K').at(-1)!)
      .filter(Boolean);
    expect(shown.map((l) => l.replace(/^\[\d\/2\] /, '').replace(/ \(\d+,\d s\)$/, '')).slice(0, 2).sort()).toEqual([
      'agreements/ede/2024.ts → out/ede-2024.pdf',
      'agreements/epe/2024.ts → out/epe-2024.pdf',
    ]);
    expect(shown[2]).toMatch(/^2 documenten: 2 geschreven, 0 mislukt \(\d+,\d s\)$/);
    expect(shown).toHaveLength(3);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['ede-2024.pdf', 'epe-2024.pdf']);
  }, 600_000);
});
