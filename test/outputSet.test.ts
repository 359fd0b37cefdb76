/**
 * Outputs never destroy inputs, and a command's outputs are written all or
 * nothing: every case feeds the bad call through the CLI and asserts the
 * message, exit code 1, and that nothing else happened (the folder is the
 * same, to the byte, and no temporary file is left).
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOutputSet } from '../src/output/writeOutputSet.js';
import { SourceError } from '../src/sources/diagnostics.js';
import { displayPath } from '../src/sources/displayPath.js';
import { runCli, type CliResult } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { mountTmpfs, openToAll, snapshotTree, temporaryFiles, unprivileged } from './helpers/sideEffects.js';

type Copy = ReturnType<typeof exampleCopy>;

/** Run a call that must be refused: exit 1, the expected line, no stack trace, and the folder exactly as it was. */
function expectRefused(copy: Copy, args: string[], expected: string | RegExp, options: Parameters<typeof runCli>[1] = {}): CliResult {
  const before = snapshotTree(copy.dir);
  const result = runCli(args, { cwd: copy.dir, ...options });
  expect(result.signal).toBeNull();
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines.some((l) => (typeof expected === 'string' ? l === expected : expected.test(l))), `${expected} in:\n${result.stderr}`).toBe(true);
  expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
  expect(result.stdout).toBe('');
  expect(snapshotTree(copy.dir)).toEqual(before);
  return result;
}

const source = (file: string) => `${file}: is een bron van deze opdracht; een uitvoer overschrijft nooit een bron`;

describe('an output never replaces a source', () => {
  it('refuses coverage -o onto the jaarschijf, however the path is written', () => {
    const copy = exampleCopy();
    expectRefused(copy, ['coverage', '2024.ts', '-o', '2024.ts'], source('2024.ts'));
    expectRefused(copy, ['coverage', '2024.ts', '-o', './logos/../2023.ts'], source('2023.ts'));
    expectRefused(copy, ['coverage', '--years', '2023.ts', '2024.ts', '--format', 'json', '-o', 'raamovereenkomst.ts'], source('raamovereenkomst.ts'));
  });

  it('refuses a symbolic or hard link to a source, whatever its name', () => {
    const copy = exampleCopy();
    symlinkSync('2024.ts', join(copy.dir, 'dekking.json'));
    expectRefused(copy, ['coverage', '2024.ts', '--format', 'json', '-o', 'dekking.json'], 'dekking.json: is de bron 2024.ts van deze opdracht; een uitvoer overschrijft nooit een bron');
    linkSync(join(copy.dir, 'raamovereenkomst.ts'), join(copy.dir, 'raam.md'));
    expectRefused(copy, ['coverage', '2024.ts', '--format', 'md', '-o', 'raam.md'], 'raam.md: is de bron raamovereenkomst.ts van deze opdracht; een uitvoer overschrijft nooit een bron');
  });

  it('refuses diff -o onto the raamovereenkomst or a compared year', () => {
    const copy = exampleCopy();
    expectRefused(copy, ['diff', '2024.ts', '-o', 'raamovereenkomst.ts'], source('raamovereenkomst.ts'));
    expectRefused(copy, ['diff', '2023.ts', '2024.ts', '--format', 'json', '-o', '2023.ts'], source('2023.ts'));
  });

  it('refuses draft onto any source it read, even with --force', () => {
    const copy = exampleCopy();
    for (const file of ['2024.ts', '2023.ts', 'raamovereenkomst.ts']) {
      expectRefused(copy, ['draft', '2025', '--from', '2024.ts', '-o', file, '--force'], source(file));
    }
  });

  it('refuses a .ts output for every command but draft, and the --templates wording it read', () => {
    const copy = exampleCopy();
    expectRefused(copy, ['coverage', '2024.ts', '-o', 'verslag.ts'], 'verslag.ts: een uitvoer is nooit een .ts- of .js-bestand (dat is een bron); kies een naam met de extensie van het formaat');
    expectRefused(copy, ['diff', '2024.ts', '--format', 'html', '-o', 'verslag.mjs'], /^verslag\.mjs: een uitvoer is nooit een \.ts- of \.js-bestand/);
    copy.write('wording.json', JSON.stringify({ draftMark: 'ONTWERP' }));
    expectRefused(copy, ['coverage', '2024.ts', '--templates', '.', '--format', 'json', '-o', 'wording.json'], source('wording.json'));
  });

  it('lets render write its documents beside the sources, and changes no source', () => {
    const copy = exampleCopy();
    const before = snapshotTree(copy.dir);
    const result = runCli(['render', '2024.ts', '--format', 'html', '-o', '.'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(snapshotTree(copy.dir)).toEqual({ ...before, 'harderwijk-2024.html': expect.stringMatching(/^file /) });
  });
});

describe('-o is a folder for render and a file for coverage, diff and draft', () => {
  it('says so in the usage lines', () => {
    expect(runCli(['render', '--help']).stdout).toContain('[-o <map>]');
    for (const command of ['coverage', 'diff']) expect(runCli([command, '--help']).stdout).toContain('[-o <bestand>]');
    expect(runCli(['draft', '--help']).stdout).toContain('[-o <bestand.ts>]');
  });

  it('refuses a file for render', () => {
    const copy = exampleCopy();
    copy.write('notities.txt', 'eigen aantekeningen\n');
    expectRefused(copy, ['render', '2024.ts', '-o', 'notities.txt'], 'jaarschijf: -o notities.txt is een bestand; -o noemt hier de map waarin de bestanden komen');
    expectRefused(copy, ['render', '2024.ts', '--format', 'pdf', '-o', 'jaarschijf.pdf'], /^jaarschijf: -o jaarschijf\.pdf lijkt een bestandsnaam; -o noemt hier de map/);
  });

  it('refuses a folder for coverage, diff and draft', () => {
    const copy = exampleCopy();
    const folder = 'jaarschijf: -o logos is een map; -o noemt hier het bestand dat geschreven wordt';
    expectRefused(copy, ['coverage', '2024.ts', '-o', 'logos'], folder);
    expectRefused(copy, ['diff', '2024.ts', '-o', 'logos'], folder);
    expectRefused(copy, ['draft', '2025', '--from', '2024.ts', '-o', 'logos'], folder);
    expectRefused(copy, ['coverage', '2024.ts', '-o', 'verslagen/'], 'jaarschijf: -o verslagen/ is een map; -o noemt hier het bestand dat geschreven wordt');
  });
});

describe('a set of outputs is all or nothing', () => {
  it('writes none of docx, pdf and html when one of them cannot be written', () => {
    const copy = exampleCopy();
    mkdirSync(join(copy.dir, 'out/harderwijk-2024.pdf'), { recursive: true });
    copy.write('out/harderwijk-2024.pdf/lees-mij.txt', 'bewaren\n');
    copy.write('out/harderwijk-2024.html', 'de vorige versie\n');
    expectRefused(copy, ['render', '2024.ts', '--format', 'docx,pdf,html', '-o', 'out'], 'out/harderwijk-2024.pdf: is een map; hier hoort een bestand');
  });

  it('removes temporary files of earlier runs that were killed, and only those', () => {
    const copy = exampleCopy();
    const gone = spawn(process.execPath, ['-e', '']);
    const deadPid = gone.pid!;
    return new Promise<void>((done) => gone.on('exit', () => done())).then(() => {
      copy.write(`.harderwijk-2024.pdf.${deadPid}.jaarschijf.tmp`, 'half');
      copy.write(`.harderwijk-2024.pdf.${process.pid}.jaarschijf.tmp`, 'still being written by a live process');
      const result = runCli(['render', '2024.ts', '--format', 'html', '-o', '.'], { cwd: copy.dir });
      expect(result.status).toBe(0);
      expect(temporaryFiles(copy.dir)).toEqual([`.harderwijk-2024.pdf.${process.pid}.jaarschijf.tmp`]);
    });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`on ${signal} while writing, removes its temporary files and folders, keeps the old outputs, and ends as the signal does`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-signal-'));
      writeFileSync(join(dir, 'a.html'), 'de vorige versie\n');
      const before = snapshotTree(dir);
      // Writes dir/a.html, dir/nieuw/map/a.pdf and .../a.docx, and pauses half-way.
      const child = spawn(process.execPath, [fileURLToPath(new URL('./fixtures/pausedOutputSet.mjs', import.meta.url)), dir]);
      let stdout = '';
      await new Promise<void>((paused) => child.stdout.on('data', (chunk: Buffer) => (stdout += chunk) && stdout.includes('paused') && paused()));
      expect(temporaryFiles(dir).length).toBeGreaterThan(0);
      const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, sig) => resolve([code, sig])));
      child.kill(signal);
      expect(await exited).toEqual([null, signal]);
      expect(snapshotTree(dir)).toEqual(before);
    });
  }
});

describe('file-system errors are messages about the output', () => {
  it('names the file that stands where a folder is needed', () => {
    const copy = exampleCopy();
    copy.write('notities.txt', 'eigen aantekeningen\n');
    expectRefused(copy, ['coverage', '2024.ts', '--format', 'json', '-o', 'notities.txt/dekking.json'], 'notities.txt/dekking.json: notities.txt is een bestand, geen map');
    expectRefused(copy, ['render', '2024.ts', '--format', 'html', '-o', 'notities.txt/documenten'], 'notities.txt/documenten/harderwijk-2024.html: notities.txt is een bestand, geen map');
  });

  it.skipIf(!existsSync('/proc/self'))('names the folder that cannot be made, and the existing one it was to be made in', () => {
    // Nothing can be made in /proc, not even by root.
    const copy = exampleCopy();
    expectRefused(copy, ['render', '2024.ts', '--format', 'html', '-o', '/proc/jaarschijf-uitvoer'], '/proc/jaarschijf-uitvoer/harderwijk-2024.html: de map /proc/jaarschijf-uitvoer bestaat niet en kan niet in /proc worden gemaakt');
  });

  const asUser = unprivileged();
  it.skipIf(!asUser)('names the target and its folder when the folder may not be written', () => {
    const copy = exampleCopy();
    openToAll(copy.dir);
    mkdirSync(join(copy.dir, 'alleen-lezen'), { mode: 0o555 });
    const options = asUser;
    expectRefused(copy, ['render', '2024.ts', '--format', 'html,pdf', '-o', 'alleen-lezen'], 'alleen-lezen/harderwijk-2024.html: geen schrijfrechten in de map alleen-lezen; niets is geschreven', options);
    expectRefused(copy, ['coverage', '2024.ts', '-o', 'alleen-lezen/sub/dekking.txt'], 'alleen-lezen/sub/dekking.txt: geen schrijfrechten in de map alleen-lezen; niets is geschreven', options);
  });

  const probe = mkdtempSync(join(tmpdir(), 'jaarschijf-mount-'));
  const unmountProbe = mountTmpfs(probe, 'size=64k');
  unmountProbe?.();
  it.skipIf(!unmountProbe)('replaces nothing when the disk is full (a 64 kB tmpfs)', () => {
    const copy = exampleCopy();
    mkdirSync(join(copy.dir, 'vol'));
    const unmount = mountTmpfs(join(copy.dir, 'vol'), 'size=64k')!;
    try {
      copy.write('vol/harderwijk-2024.html', 'de vorige versie\n');
      expectRefused(copy, ['render', '2024.ts', '--format', 'docx,pdf,html', '-o', 'vol'], /^vol\/harderwijk-2024\.(docx|pdf|html): de schijf is vol; niets is geschreven of vervangen$/);
      expectRefused(copy, ['render', '2024.ts', '--format', 'pdf', '-o', 'vol/nieuw'], 'vol/nieuw/harderwijk-2024.pdf: de schijf is vol; niets is geschreven of vervangen');
    } finally {
      unmount();
    }
  });

  it.skipIf(!unmountProbe)('says so for a read-only file system', () => {
    const copy = exampleCopy();
    mkdirSync(join(copy.dir, 'ro'));
    const unmount = mountTmpfs(join(copy.dir, 'ro'), 'ro,size=64k')!;
    try {
      const readOnly = 'de map ro ligt op een bestandssysteem dat alleen gelezen kan worden; niets is geschreven';
      expectRefused(copy, ['coverage', '2024.ts', '--format', 'json', '-o', 'ro/dekking.json'], `ro/dekking.json: ${readOnly}`);
      expectRefused(copy, ['render', '2024.ts', '--format', 'html', '-o', 'ro/documenten/2024'], `ro/documenten/2024/harderwijk-2024.html: ${readOnly}`);
    } finally {
      unmount();
    }
  });

  // Where the conditions cannot be made (no root, no mount), the mapping is
  // still tested: the file system's error is injected where a temporary file is written.
  for (const [code, message] of [
    ['ENOSPC', 'de schijf is vol; niets is geschreven of vervangen'],
    ['EACCES', 'geen schrijfrechten in de map'],
    ['EROFS', 'ligt op een bestandssysteem dat alleen gelezen kan worden'],
  ] as const) {
    it(`maps ${code} to a message naming the target, not the temporary file, and replaces nothing`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jaarschijf-inject-'));
      writeFileSync(join(dir, 'a.html'), 'de vorige versie\n');
      const before = snapshotTree(dir);
      let written = 0;
      const failing = writeOutputSet(
        ['a.html', 'a.pdf'].map((name) => ({ target: join(dir, name), data: `nieuw ${name}` })),
        {
          inputs: [],
          async writeTemp(path, data) {
            if (written++ === 0) return writeFileSync(path, data, { flag: 'wx' });
            writeFileSync(path, 'half');
            throw Object.assign(new Error(`${code}: injected, write '${path}'`), { code });
          },
        },
      );
      const error = await failing.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(SourceError);
      const [diagnostic, ...more] = (error as SourceError).diagnostics;
      expect(more).toEqual([]);
      expect(diagnostic!.file).toBe(displayPath(join(dir, 'a.pdf')));
      expect(diagnostic!.message).toContain(message);
      expect(diagnostic!.message).not.toContain('.tmp');
      expect(snapshotTree(dir)).toEqual(before);
      expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('de vorige versie\n');
    });
  }
});
