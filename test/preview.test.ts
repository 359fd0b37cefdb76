/**
 * `jaarschijf preview`: the compiled CLI runs as a child process on a copy of
 * the example; headless Chromium opens its page. Saves to the copy (the
 * source, the raamovereenkomst saved by rename as editors do, a logo) appear
 * in the page's text layer without a reload; a broken source shows its
 * problem with file:line:column, and the document comes back when it is
 * fixed. Ctrl-C ends the command and everything it started.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { pageTexts } from './helpers/pdf.js';
import { hasTool } from './helpers/tools.js';

const bin = join(repoRoot, 'bin/jaarschijf.js');
const canRun = hasTool('chromium') && hasTool('pdftotext');

interface Preview {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Start the preview and wait for the line with its address. */
async function startPreview(cwd: string, args: string[]): Promise<Preview> {
  const child = spawn(process.execPath, [bin, 'preview', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
      if (found) resolve(found);
    };
    child.stdout.on('data', look);
    void exited.then((code) => reject(new Error(`preview ended (${code}): ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited };
}

/** The process and every process it started (esbuild's service), by pid. */
function processTree(pid: number): number[] {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout.split('\n').map(Number).filter(Boolean);
  return [pid, ...children.flatMap(processTree)];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function rawGet(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const textLayer = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.textLayer')].map((t) => t.textContent ?? '').join('\n'));
const waitForText = (page: Page, text: string) =>
  page.waitForFunction((t) => document.body.dataset.state === 'document' && [...document.querySelectorAll('.textLayer')].some((l) => l.textContent?.includes(t)), text, { timeout: 30_000 });

// Each step waits for a render in the CLI and one in Chromium: room for a busy machine.
describe.runIf(canRun)('jaarschijf preview', { timeout: 120_000 }, () => {
  const copy = exampleCopy();
  let preview: Preview;
  let tree: number[] = [];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(join(copy.dir, 'sjablonen'));
    copy.write('sjablonen/wording.json', '{}');
    preview = await startPreview(copy.dir, ['2024.ts', '--port', '0', '--templates', 'sjablonen']);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    // Whatever a test left running ends here; then nothing of it may remain.
    if (preview && preview.child.exitCode === null) {
      tree = processTree(preview.child.pid!);
      preview.child.kill('SIGKILL');
      await preview.exited;
    }
    // esbuild's service ends when its pipe from the CLI closes: give it a moment.
    for (let i = 0; i < 50 && tree.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tree.filter(alive)).toEqual([]);
  });

  it('prints its address on 127.0.0.1 and shows the PDF pages, with their text, as the PDF has them', async () => {
    expect(preview.stdout()).toContain(`Voorbeeld van 2024.ts: ${preview.url}`);
    await page.goto(preview.url);
    await page.waitForSelector('body[data-state="document"]', { timeout: 30_000 });
    await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    expect(await page.title()).toBe('Voorbeeld: 2024.ts');
    expect(await page.textContent('#updated')).toMatch(/^Bijgewerkt \d\d:\d\d:\d\d$/);

    // The PDF the page shows, read with poppler: the same pages, with the same footers.
    const pdf = Buffer.from(await (await fetch(new URL('/document.pdf', preview.url))).arrayBuffer());
    const file = join(copy.dir, 'served.pdf');
    writeFileSync(file, pdf);
    const pdfPages = pageTexts(file);
    expect(pdfPages.length).toBeGreaterThan(5);
    expect(await page.locator('.page').count()).toBe(pdfPages.length);
    const layers = await page.locator('.textLayer').allTextContents();
    const squash = (s: string) => s.replace(/\s+/g, '');
    layers.forEach((layer, i) => {
      expect(squash(layer)).toContain(`Pagina${i + 1}van${pdfPages.length}`);
      expect(squash(pdfPages[i]!)).toContain(`Pagina${i + 1}van${pdfPages.length}`);
    });
    expect(layers[0]).toContain('Prestatieafspraken 2021 – 2026: Jaarschijf 2024');
  });

  it('shows a saved change of the source without a reload, at the same scroll position', async () => {
    await page.evaluate(() => window.scrollTo(0, 3000));
    await page.waitForFunction(() => sessionStorage.getItem('jaarschijf-voorbeeld-scroll') === '3000');
    copy.edit('2024.ts', 'De gemeente stelt in 2024 een volkshuisvestelijk programma vast', 'Kikkerbrugoverleg: de gemeente stelt in 2024 een volkshuisvestelijk programma vast');
    await waitForText(page, 'Kikkerbrugoverleg');
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(3000);
  });

  it('follows the files the source uses: the raamovereenkomst saved by rename, a logo, the --templates wording', async () => {
    // An editor's safe save: write a new file, rename it over the old one.
    const raam = join(copy.dir, 'raamovereenkomst.ts');
    writeFileSync(`${raam}.tmp`, readFileSync(raam, 'utf8').replace('actualiseert de Uitvoeringsagenda', 'actualiseert de Waterschapsagenda'));
    renameSync(`${raam}.tmp`, raam);
    // (Hyphenated at the end of its line in the cell: "Waterschaps-agenda".)
    await waitForText(page, 'Waterschaps');

    copy.edit('logos/uwoon.svg', '>Uwoon</text>', '>Uwoonhuis</text>');
    await waitForText(page, 'Uwoonhuis');

    copy.write('sjablonen/wording.json', JSON.stringify({ introductionHeading: 'Voorwoord van de partijen' }));
    await waitForText(page, 'Voorwoord van de partijen');
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  });

  it('shows the problems with file:line:column instead of the document while the source is broken, and the document again when fixed', async () => {
    copy.edit('2024.ts', "kader: 'uitvoeringsagenda'", "kader: 'uitvoeringsagendaa'");
    await page.waitForSelector('body[data-state="problems"]', { timeout: 30_000 });
    const source = readFileSync(join(copy.dir, '2024.ts'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes("'uitvoeringsagendaa'"));
    const column = source[line]!.indexOf("kader: 'uitvoeringsagendaa'") + 1;
    expect(await page.locator('#problem-list li').allTextContents()).toEqual([
      `2024.ts:${line + 1}:${column}: thema Beschikbaarheid, afspraak bes-01: kader: onbekende kaderafspraak "uitvoeringsagendaa" — bedoelde u "uitvoeringsagenda"?`,
    ]);
    expect(await page.textContent('#problems-title')).toBe('De bron heeft 1 probleem');
    expect(await page.textContent('#count')).toBe('1 probleem');
    expect(await page.isVisible('#pages')).toBe(false);

    // A syntax error: the parser's position; the count follows.
    copy.edit('2024.ts', 'year: 2024,', 'year: 2024,,');
    await page.waitForFunction(() => document.querySelector('#problem-list li')?.textContent?.includes('syntaxfout'), null, { timeout: 30_000 });
    const yearLine = source.findIndex((l) => l.includes('year: 2024,')) + 1;
    expect(await page.locator('#problem-list li').allTextContents()).toEqual([expect.stringMatching(new RegExp(`^2024\\.ts:${yearLine}:\\d+: syntaxfout: `))]);

    // While the source is broken, the files of its last good version are still watched.
    const version = Number(await page.getAttribute('body', 'data-version'));
    copy.edit('logos/uwoon.svg', '>Uwoonhuis</text>', '>Uwoonhof</text>');
    await page.waitForFunction((v) => Number(document.body.dataset.version) > v, version, { timeout: 30_000 });
    expect(await page.getAttribute('body', 'data-state')).toBe('problems');

    copy.edit('2024.ts', 'year: 2024,,', 'year: 2024,');
    copy.edit('2024.ts', "kader: 'uitvoeringsagendaa'", "kader: 'uitvoeringsagenda'");
    await waitForText(page, 'Uwoonhof');
    expect((await textLayer(page)).includes('Kikkerbrugoverleg')).toBe(true);
    expect(await page.textContent('#count')).toBe('');
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect((await textLayer(page)).includes('Waterschaps')).toBe(true);
  });

  it('answers only to 127.0.0.1 and localhost, and serves no other file', async () => {
    const port = Number(new URL(preview.url).port);
    expect((await rawGet(port, '/', `localhost:${port}`)).status).toBe(200);
    expect((await rawGet(port, '/', `attacker.example:${port}`)).status).toBe(403);
    expect((await rawGet(port, '/pdfjs/pdf.min.mjs', `127.0.0.1:${port}`)).status).toBe(200);
    for (const path of ['/package.json', '/pdfjs/../package.json', '/pdfjs/..%2f..%2fpackage.json', '/2024.ts', '/pdfjs/pdf.mjs']) {
      expect((await rawGet(port, path, `127.0.0.1:${port}`)).status, path).toBe(404);
    }
    // Bound to 127.0.0.1 only: not on the IPv6 loopback.
    const v6 = await new Promise<string>((resolve) => {
      const req = request({ host: '::1', port, path: '/' }, () => resolve('answered'));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      req.end();
    });
    expect(v6).not.toBe('answered');
  });

  it('refuses a port in use with a message, exit 1', () => {
    const port = new URL(preview.url).port;
    const result = runCli(['preview', '2024.ts', '--port', port], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`jaarschijf: poort ${port} is al in gebruik; kies een andere met --port, of --port 0 voor een vrije poort`);
    expect(result.stdout).toBe('');
  });

  it('ends cleanly on Ctrl-C, with everything it started', async () => {
    tree = processTree(preview.child.pid!);
    expect(tree.length).toBeGreaterThan(0); // the CLI (sources run on one of its threads, not in a process of their own)
    preview.child.kill('SIGINT');
    expect(await preview.exited).toBe(0);
    expect(preview.stdout()).toMatch(/Voorbeeld gestopt\.\n$/);
    expect(preview.stderr()).toBe('');
  });
});

describe('jaarschijf preview: how it is called', () => {
  it('names what is wrong with its arguments, exit 1, before it serves anything', () => {
    const none = runCli(['preview']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('jaarschijf: noem één jaarschijf-bron\n');

    const port = runCli(['preview', 'agreements/harderwijk/2024.ts', '--port', 'vier']);
    expect(port.status).toBe(1);
    expect(port.stderr).toContain('jaarschijf: --port "vier" is geen poortnummer; gebruik 1024-65535, of 0 voor een vrije poort');

    const missing = runCli(['preview', 'agreements/harderwijk/2042.ts', '--port', '0']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('agreements/harderwijk/2042.ts: bestand bestaat niet');
    for (const result of [none, port, missing]) expect(result.stdout).toBe('');
  });
});
