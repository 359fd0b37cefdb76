import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';
import { partText, unzipDocx } from './helpers/docx.js';
import { pageTexts } from './helpers/pdf.js';
import { hasTool } from './helpers/tools.js';

/**
 * The package as another project gets it: `npm pack` (dist/ as the test run
 * compiled it), installed from the tarball into a fresh project with the
 * package.json the README describes, then its bin and its types used there.
 */
interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; overrides: unknown };
const typescriptVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/typescript/package.json'), 'utf8')) as { version: string }).version;

describe('the package installed into another project', () => {
  const root = mkdtempSync(join(tmpdir(), 'jaarschijf-package-'));
  const project = join(root, 'project');
  const folder = join(project, 'agreements/zwolle');
  let packed: { filename: string; files: { path: string }[] };
  let install: Run;
  // `npx --no`: the project's own bin, never one fetched from the registry.
  const npx = (...args: string[]) => run('npx', ['--no', '--', ...args], project);

  beforeAll(() => {
    // --ignore-scripts: dist/ is already compiled (test/globalSetup.ts); `prepare` would recompile it under the running tests.
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], repoRoot);
    expect(pack.status, pack.stderr).toBe(0);
    packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;

    mkdirSync(project);
    // As the README says: the override keeps npm quiet on Node 20 about docx's nanoid.
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'gemeente-zwolle', private: true, overrides: pkg.overrides }, null, 2)}\n`);
    install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(root, packed.filename), `typescript@${typescriptVersion}`], project);
  }, 600_000);

  it('the tarball ships the compiled CLI, its types and the templates, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of ['package.json', 'bin/jaarschijf.js', 'dist/cli/main.js', 'dist/cli/init.js', 'dist/index.js', 'dist/index.d.ts', 'dist/model/define.d.ts', 'templates/wording.json']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => /^(src|test|agreements|bench|node_modules)\//.test(f))).toEqual([]);
  });

  it('installs with its dependencies only, without EBADENGINE', () => {
    expect(install.stderr).not.toContain('EBADENGINE');
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(project, 'node_modules/jaarschijf/dist/cli/main.js'))).toBe(true);
    for (const dependency of Object.keys(pkg.dependencies)) expect(existsSync(join(project, 'node_modules', dependency)), dependency).toBe(true);
    for (const devOnly of ['vitest', 'fast-check', 'playwright-core']) expect(existsSync(join(project, 'node_modules', devOnly)), devOnly).toBe(false);
  });

  it('its bin runs: --version, init, check and render', () => {
    expect(npx('jaarschijf', '--version').stdout).toBe(`${pkg.version}\n`);

    const init = npx('jaarschijf', 'init', 'Zwolle', '--year', '2026');
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).not.toContain('Let op');
    expect(readFileSync(join(folder, 'tsconfig.json'), 'utf8')).toContain('"moduleResolution": "bundler"');

    const check = npx('jaarschijf', 'check', 'agreements/zwolle/2026.ts');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('ondertekening: nog niet (geen signing-blok)');

    const render = npx('jaarschijf', 'render', 'agreements/zwolle/2026.ts', '--format', 'docx,pdf');
    expect(render.stderr).toBe('');
    expect(render.stdout).toBe('output/zwolle-2026.docx\noutput/zwolle-2026.pdf\n');
    const docx = unzipDocx(readFileSync(join(project, 'output/zwolle-2026.docx')));
    expect(partText(docx, 'word/document.xml')).toContain('Met het thema beschikbaarheid werken we aan meer betaalbare huurwoningen');
    if (hasTool('pdftotext')) {
      const pages = pageTexts(join(project, 'output/zwolle-2026.pdf'));
      for (const page of pages) expect(page).toContain('CONCEPT');
      expect(pages.join('\n')).not.toContain('zijn overeengekomen');
    }
  });

  it('its types work: npx tsc --noEmit -p . in the gemeente folder passes, and reports an unknown kaderafspraak', () => {
    const tsc = (cwd: string, target: string) => run('npx', ['--no', '--', 'tsc', '--noEmit', '-p', target], cwd);
    expect(tsc(folder, '.')).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(tsc(project, 'agreements/zwolle')).toMatchObject({ status: 0, stdout: '' });

    const source = join(folder, '2026.ts');
    writeFileSync(source, readFileSync(source, 'utf8').replace("kader: 'nieuwbouw-sociale-huur'", "kader: 'bestaat-niet'"));
    const line = readFileSync(source, 'utf8').split('\n').findIndex((l) => l.includes("kader: 'bestaat-niet'")) + 1;
    const broken = tsc(folder, '.');
    expect(broken.status).not.toBe(0);
    expect(broken.stdout).toContain(`2026.ts(${line},11): error TS2322: Type '"bestaat-niet"' is not assignable to type '"monitoring-slaagkansen" | "nieuwbouw-sociale-huur"'.`);
    // The CLI finds the same mistake at run time, by field.
    const check = npx('jaarschijf', 'check', 'agreements/zwolle/2026.ts');
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^agreements\/zwolle\/2026\.ts:\d+:\d+: thema Beschikbaarheid, afspraak bes-01: kader: onbekende kaderafspraak "bestaat-niet"$/m);
  });
});
