/**
 * Sources are data: a source can describe agreements and nothing else. Each
 * class of hostile or broken source is fed through the CLI; every test
 * asserts the message, exit code 1, and that nothing else happened: no file
 * written or changed, no process left running.
 */
import { existsSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { snapshotTree } from './helpers/sideEffects.js';

const head = "import { defineJaarschijf } from 'jaarschijf';\nimport raamovereenkomst from './raamovereenkomst.ts';\n";
const tail = "\nexport default defineJaarschijf(raamovereenkomst, { year: 2024, themes: {} });\n";

/** Processes whose working folder is inside `dir`: what a run left behind. */
function processesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`).startsWith(dir)) found.push(pid);
    } catch {
      // A process that ended, or one we may not look at.
    }
  }
  return found;
}

/** `check` a source written into a copy of the example; the copy must be as it was afterwards, and no process left. */
function checkSource(source: string, options: { env?: Record<string, string>; name?: string; extra?: Record<string, string> } = {}): CliResult & { dir: string } {
  const copy = exampleCopy();
  const name = options.name ?? 'bron.ts';
  copy.write(name, source);
  for (const [file, text] of Object.entries(options.extra ?? {})) copy.write(file, text);
  const before = snapshotTree(copy.dir);
  const result = runCli(['check', name], { cwd: copy.dir, timeout: 30_000, ...(options.env ? { env: options.env } : {}) });
  expect(result.signal, 'the run ended by itself').toBeNull();
  expect(snapshotTree(copy.dir)).toEqual(before);
  expect(processesIn(copy.dir)).toEqual([]);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/interne fout|internal error/);
  return { ...result, dir: copy.dir };
}

function refused(result: CliResult, message: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^\d+ (probleem|problemen) gevonden\.$/);
}

describe('a source cannot reach the machine', () => {
  it('cannot import Node builtins or packages: the import and its line are named, before anything runs', () => {
    const marker = '/tmp/jaarschijf-sandbox-marker';
    const result = checkSource(`${head}import { readFileSync, writeFileSync } from 'node:fs';\nimport _ from 'lodash';\nwriteFileSync('${marker}', readFileSync('/etc/passwd'));${tail}`);
    refused(result, /^bron\.ts:3:\d+: import "node:fs" is niet toegestaan: een bron mag alleen 'jaarschijf' en andere \.ts-bestanden van het project importeren/m);
    expect(result.stderr).toMatch(/^bron\.ts:4:\d+: import "lodash" is niet toegestaan/m);
    expect(existsSync(marker)).toBe(false);
  });

  it('cannot load code at run time (import())', () => {
    refused(checkSource(`${head}const cp = await import('node:child_process');${tail}`), /^bron\.ts:3:\d+: import\(\) is niet toegestaan/m);
  });

  it('has no process, require, fetch or timers: process.exit(0) does not end check with success', () => {
    refused(checkSource(`${head}process.exit(0);${tail}`), /^bron\.ts:3:\d+: de bron faalt bij het uitvoeren: process bestaat niet in een bron: een bron beschrijft alleen afspraken en heeft geen toegang tot de computer$/m);
    refused(checkSource(`${head}const fs = require('fs');${tail}`), /^bron\.ts:3:\d+: de bron faalt bij het uitvoeren: require bestaat niet in een bron/m);
    refused(checkSource(`${head}fetch('http://127.0.0.1:1/');${tail}`), /fetch bestaat niet in een bron/);
    refused(checkSource(`${head}setInterval(() => {}, 1000);${tail}`), /setInterval bestaat niet in een bron/);
  });

  it('a loop that never ends is stopped at the time limit, also in built-in code that never checks for it', () => {
    const result = checkSource(`${head}while (true) {}${tail}`, { env: { JAARSCHIJF_TIME_LIMIT: '1' } });
    refused(result, /^bron\.ts:\d+:\d+: de bron is niet binnen 1 s klaar \(een lus die nooit eindigt\?\)$/m);
    // A regular expression that backtracks for ages runs in the engine's own code, not in the source's loop.
    const builtin = checkSource(`${head}/(a+)+$/.test('a'.repeat(40) + 'b');${tail}`, { env: { JAARSCHIJF_TIME_LIMIT: '1' } });
    refused(builtin, /^bron\.ts(:\d+:\d+)?: de bron is niet binnen 1 s klaar/m);
  });

  it('memory without end is stopped at the memory limit', () => {
    const result = checkSource(`${head}const a: Float64Array[] = [];\nfor (;;) a.push(new Float64Array(1_000_000));${tail}`, { env: { JAARSCHIJF_MEMORY_LIMIT: '64', JAARSCHIJF_TIME_LIMIT: '25' } });
    refused(result, /^bron\.ts(:\d+:\d+)?: de bron gebruikt meer dan 64 MB geheugen$/m);
  });

  it('recursion without end, and data nested too deep, end in a message', () => {
    refused(checkSource(`${head}function f(): number { return f(); }\nf();${tail}`), /de bron roept zichzelf te diep aan of is te diep genest/);
    refused(checkSource(`${head}const x = ${'['.repeat(100_000)};${tail}`), /^bron\.ts:3:\d+: de bron is te diep genest \(meer dan 200 haakjes in elkaar\)/m);
  });

  it('previous must be a jaarschijf source inside the project: /etc/hostname is never run', () => {
    const result = checkSource(`${head}export default defineJaarschijf(raamovereenkomst, { year: 2024, previous: '/etc/hostname', themes: {} });\n`);
    refused(result, /^bron\.ts:3:\d+: previous: \/etc\/hostname is geen \.ts-bestand; een jaarschijf is een TypeScript-bestand/m);
    const outside = checkSource(`${head}export default defineJaarschijf(raamovereenkomst, { year: 2024, previous: '../../../tmp/x.ts', themes: {} });\n`);
    refused(outside, /previous: de bron .* (ligt buiten de projectmap|bestaat niet)/);
  });

  it('a source can still use constants, helper functions, template strings and a helper file of the project', () => {
    const helper = "export const jaar = 2024;\nexport function afspraak(n: number, tekst: string) { return { id: `bes-${String(n).padStart(2, '0')}`, kader: 'uitvoeringsagenda' as const, text: tekst }; }\n";
    const result = checkSource(
      `${head}import { afspraak, jaar } from './hulp.ts';\nconst zin = (wie: string) => \`\${wie} stelt in \${jaar} een programma vast.\`;\nexport default defineJaarschijf(raamovereenkomst, { year: jaar, themes: { beschikbaarheid: { afspraken: [afspraak(1, zin('De gemeente'))] } } });\n`,
      { extra: { 'hulp.ts': helper } },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('bron.ts: jaarschijf 2024');
  });
});

describe('what is not a jaarschijf source', () => {
  it('a .json or .md file is named as such', () => {
    const copy = exampleCopy();
    writeFileSync(join(copy.dir, 'afspraken.json'), '{"year": 2024}');
    writeFileSync(join(copy.dir, 'afspraken.md'), '# Afspraken');
    for (const [file, kind] of [['afspraken.json', '.json'], ['afspraken.md', '.md']] as const) {
      const result = runCli(['check', file], { cwd: copy.dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${file}: ${file} is een ${kind}-bestand; een jaarschijf is een TypeScript-bestand (.ts)`);
    }
  });

  it('coverage --years <folder> evaluates each file in the sandbox and skips what is not a jaarschijf, with a notice', () => {
    const copy = exampleCopy();
    const marker = join(copy.dir, 'geschreven.txt');
    copy.write('hulp.ts', "export const zin = 'Een hulpbestand met teksten.';\nexport default { geen: 'jaarschijf' };\n");
    const before = snapshotTree(copy.dir);
    const result = runCli(['coverage', '--years', '.', '--format', 'json'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('hulp.ts: geen jaarschijf, overgeslagen\nmonitor-2024.ts: een monitor, overgeslagen (maak die met `jaarschijf monitor monitor-2024.ts`)\nraamovereenkomst.ts: een raamovereenkomst, overgeslagen\n');
    expect(JSON.parse(result.stdout).years).toEqual([2023, 2024]);
    expect(snapshotTree(copy.dir)).toEqual(before);
    expect(existsSync(marker)).toBe(false);
  });
});
