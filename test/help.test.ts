import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandHelp, type CommandHelp, type CommandName } from '../src/cli/usage.js';
import { repoRoot, runCli } from './helpers/cli.js';

const names = Object.keys(commandHelp) as CommandName[];
const entry = (name: CommandName): CommandHelp => commandHelp[name];

describe('jaarschijf --help', () => {
  const help = runCli(['--help']);

  it('lists every command with one Dutch line', () => {
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toContain('Gebruik: jaarschijf <opdracht> [opties]');
    const listed = help.stdout.split('Opdrachten:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(listed.map((line) => line.trim().split(/\s+/)[0])).toEqual(names);
    for (const name of names) expect(listed).toContainEqual(expect.stringMatching(new RegExp(`^  ${name} +${escape(entry(name).summary)}$`)));
    expect(help.stdout).toMatch(/^ {2}-v, --version +het versienummer van jaarschijf$/m);
  });

  it('is what `jaarschijf -h` and `jaarschijf help` print; without a command it is printed with exit code 1', () => {
    expect(runCli(['-h']).stdout).toBe(help.stdout);
    expect(runCli(['help']).stdout).toBe(help.stdout);
    const bare = runCli([]);
    expect(bare.status).toBe(1);
    expect(bare.stdout).toBe(help.stdout);
  });

  it('an unknown command is a Dutch message, with the list, and exit code 1', () => {
    const result = runCli(['rendr']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('jaarschijf: onbekende opdracht "rendr"');
    expect(result.stderr).toContain('Opdrachten:');
  });
});

describe('jaarschijf <command> --help', () => {
  it.each(names)('%s: usage, every option with its default, and an example', (name) => {
    const help = entry(name);
    const result = runCli([name, '--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`jaarschijf ${name}: ${help.summary}`);
    expect(lines).toContain(`Gebruik: ${help.usage}`);
    for (const option of help.options) {
      const shown = lines.find((line) => line.startsWith(`  ${option.flag} `));
      expect(shown, option.flag).toBeDefined();
      expect(shown).toContain(option.text);
      if (option.default !== undefined) expect(shown).toMatch(new RegExp(`\\(standaard: ${escape(option.default)}\\)$`));
    }
    expect(lines[lines.indexOf('Voorbeeld:') + 1]).toBe(`  ${help.example}`);
    expect(runCli([name, '-h']).stdout).toBe(result.stdout);
    expect(runCli(['help', name]).stdout).toBe(result.stdout);
  });

  it.each(names)('%s: every option in the help is one the command takes, long and short', (name) => {
    const options = entry(name).options;
    for (const form of [0, 1]) {
      // Each option as the help writes it (`-f, --format <formaten>`: once -f, once --format), with a
      // value where it shows one; the run may then fail, but not on an option.
      const args = options.flatMap((o) => {
        const flags = o.flag.split(/,\s*/).map((f) => f.split(' ')[0]!);
        return [flags[Math.min(form, flags.length - 1)]!, ...(/ <|--annex /.test(o.flag) ? ['x'] : [])];
      });
      const result = runCli([name, ...args], { cwd: mkdtempSync(join(tmpdir(), 'jaarschijf-help-')) });
      expect(result.stderr, `${name} ${args.join(' ')}`).not.toMatch(/Unknown option|does not take an argument|argument missing/);
    }
  });
});

describe('the examples in the help', () => {
  // The commands whose example runs on its own in a copy of agreements/ (a
  // command that needs more, such as a certificate or a server, is left out).
  const runnable: CommandName[] = ['init', 'check', 'render', 'coverage', 'diff', 'draft', 'monitor'];

  it.each(runnable)('%s: the example runs as written', (name) => {
    const cwd = mkdtempSync(join(tmpdir(), 'jaarschijf-example-'));
    cpSync(join(repoRoot, 'agreements'), join(cwd, 'agreements'), { recursive: true });
    const words = entry(name).example.split(' ');
    expect(words[0]).toBe('jaarschijf');
    expect(words[1]).toBe(name);
    const result = runCli(words.slice(1), { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('jaarschijf --version', () => {
  it('prints the version of the package, as -v does', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = runCli([flag]);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(`${version}\n`);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
