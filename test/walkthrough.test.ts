/**
 * The README's walkthrough (init → draft → check → preview → render → diff)
 * is run as written: its edits are applied and its commands run, in order,
 * through the compiled CLI in a fresh project with jaarschijf installed, and
 * what each command prints (stdout and stderr as one stream, as a terminal
 * shows them) must be what the README shows. Only render times, the
 * preview's clock and port, and the order in which parallel renders finish
 * may differ.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const bin = join(repoRoot, 'bin/jaarschijf.js');

type Step =
  | { kind: 'run'; command: string; expected: string }
  | { kind: 'write'; file: string; text: string }
  | { kind: 'replace'; file: string; from: string; to: string };

/** The README's walkthrough section, as the steps it shows. */
function walkthroughSteps(): Step[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Walkthrough:');
  if (start < 0) throw new Error('README has no "## Walkthrough:" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const steps: Step[] = [];
  // A directive comment, or a fenced block (with the directive before it, if any).
  const token = /<!-- walkthrough: (.*?) -->\n|```(\w+)\n([\s\S]*?)```/g;
  let pendingWrite: string | undefined;
  for (const match of section.matchAll(token)) {
    const [, directive, lang, body] = match;
    if (directive !== undefined) {
      const write = /^write (\S+)$/.exec(directive);
      const replace = /^replace (\S+) '([^']+)' '([^']+)'$/.exec(directive);
      if (write) pendingWrite = write[1];
      else if (replace) steps.push({ kind: 'replace', file: replace[1]!, from: replace[2]!, to: replace[3]! });
      else throw new Error(`unknown walkthrough directive: ${directive}`);
      continue;
    }
    if (pendingWrite) {
      steps.push({ kind: 'write', file: pendingWrite, text: body! });
      pendingWrite = undefined;
    } else if (lang === 'console') {
      // Each "$ " line is a command; the lines up to the next one are its output.
      for (const chunk of body!.split(/^\$ /m).slice(1)) {
        const newline = chunk.indexOf('\n');
        steps.push({ kind: 'run', command: chunk.slice(0, newline), expected: chunk.slice(newline + 1) });
      }
    }
  }
  return steps;
}

/** What may differ between runs: times, the preview's clock and port, the order parallel renders finish in. */
function normalise(output: string): string {
  const lines = output
    .replace(/\(\d+(,\d)? s\)/g, '(… s)')
    .replace(/^\d\d:\d\d:\d\d /gm, 'UU:MM:SS ')
    .replace(/http:\/\/127\.0\.0\.1:\d+\//g, 'http://127.0.0.1:POORT/')
    .replace(/^\[\d+\/(\d+)\] /gm, '[#/$1] ')
    .split('\n');
  // Sort each run of progress lines.
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.startsWith('[#/')) out.push(lines[i++]!);
    else {
      let j = i;
      while (j < lines.length && lines[j]!.startsWith('[#/')) j++;
      out.push(...lines.slice(i, j).sort());
      i = j;
    }
  }
  return out.join('\n');
}

/** "npx jaarschijf a b c" as the CLI's arguments. */
function cliArgs(command: string): string[] {
  expect(command.startsWith('npx jaarschijf ')).toBe(true);
  expect(command).not.toMatch(/["'\\]/);
  return command.slice('npx jaarschijf '.length).trim().split(/\s+/);
}

describe('the README walkthrough, run as written', () => {
  const steps = walkthroughSteps();
  const project = mkdtempSync(join(tmpdir(), 'jaarschijf-walkthrough-'));
  // A project of the writer's own with jaarschijf installed (as npm links a local package).
  writeFileSync(join(project, 'package.json'), '{ "name": "prestatieafspraken", "private": true }\n');
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(repoRoot, join(project, 'node_modules/jaarschijf'), 'dir');
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('shows the whole loop: init, draft, check, preview, render and diff, in that order', () => {
    const commands = steps.flatMap((s) => (s.kind === 'run' ? [cliArgs(s.command)[0]] : []));
    const firsts = ['init', 'draft', 'check', 'preview', 'render', 'diff'].map((c) => commands.indexOf(c));
    expect(firsts.every((i) => i >= 0)).toBe(true);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    // An edit, a problem found by check, and its fix are part of it.
    expect(steps.some((s) => s.kind === 'write')).toBe(true);
    expect(steps.some((s) => s.kind === 'replace')).toBe(true);
  });

  const outputFile = join(project, '.output.txt');

  for (const [n, step] of steps.entries()) {
    const name = step.kind === 'run' ? `$ ${step.command}` : `${step.kind} ${step.file}`;
    it(`step ${n + 1}: ${name}`, async () => {
      if (step.kind === 'write') {
        expect(existsSync(join(project, step.file))).toBe(true);
        writeFileSync(join(project, step.file), step.text);
        return;
      }
      if (step.kind === 'replace') {
        const path = join(project, step.file);
        const text = readFileSync(path, 'utf8');
        expect(text.split(step.from).length - 1).toBe(1);
        writeFileSync(path, text.replace(step.from, step.to));
        return;
      }
      const args = cliArgs(step.command);
      // stdout and stderr into one file, in the order the command wrote them.
      const fd = openSync(outputFile, 'w');
      let status: number | null;
      try {
        if (args[0] === 'preview') {
          // Any free port; stopped with Ctrl-C (SIGINT) once it has rendered.
          const child = spawn(process.execPath, [bin, ...args, '--port', '0'], { cwd: project, stdio: ['ignore', fd, fd], env: { ...process.env, NO_COLOR: '1' } });
          const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
          for (let waited = 0; !/ bijgewerkt$|probleem/m.test(readFileSync(outputFile, 'utf8')) && waited < 120_000; waited += 100) await sleep(100);
          child.kill('SIGINT');
          status = await exited;
        } else {
          status = spawnSync(process.execPath, [bin, ...args], { cwd: project, stdio: ['ignore', fd, fd], env: { ...process.env, NO_COLOR: '1' }, timeout: 240_000 }).status;
        }
      } finally {
        closeSync(fd);
      }
      const output = readFileSync(outputFile, 'utf8');
      expect(normalise(output)).toBe(normalise(step.expected));
      // Exit code 1 exactly when the command reports problems.
      expect(status).toBe(/^\d+ (probleem|problemen) gevonden\.$/m.test(output) ? 1 : 0);
    }, 300_000);
  }

  it('leaves the files the walkthrough names', () => {
    for (const file of ['agreements/zwolle/2025.ts', 'agreements/zwolle/2026.ts', 'output/zwolle-2025.pdf', 'output/zwolle-2026.docx', 'output/zwolle-2026.pdf', 'output/zwolle-2025-2026.html']) {
      expect(existsSync(join(project, file)), file).toBe(true);
    }
    expect(readFileSync(join(project, 'output/zwolle-2025-2026.html'), 'utf8')).toContain('bes-04');
  });
});
