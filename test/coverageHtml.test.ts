/**
 * The HTML report (and the annex of the rendered document): structure,
 * escaping, no external assets, and the "alleen niet gedekt" filter driven in
 * headless Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { plain } from './helpers/seed.js';
import { seedCoverage } from './helpers/seedCoverage.js';
import { hasTool, run } from './helpers/tools.js';
import { expectEmbeddedFonts, expectSelfContainedPage } from './helpers/html.js';

const html = runCli(['coverage', 'agreements/harderwijk/2024.ts', '--format', 'html']);
const rows = [...html.stdout.matchAll(/<tr id="dekking-([a-z0-9-]+)" data-tags="([a-z ]+)">(.*?)<\/tr>/gs)].map((m) => ({ id: m[1]!, tags: m[2]!.split(' '), html: m[3]! }));

describe('jaarschijf coverage --format html', () => {
  it('is one self-contained page: inline style and script only, no external assets', () => {
    expect(html.status).toBe(0);
    expectSelfContainedPage(html.stdout);
  });

  it('has the summary at the top, then per theme a table with one row per kaderafspraak', () => {
    const top = html.stdout.slice(html.stdout.indexOf('<header class="report">'), html.stdout.indexOf('</header>'));
    expect(top).toContain('<h1 class="title">Dekking van de kaderafspraken, jaarschijf 2024</h1>');
    expect(top).toContain('<p>47 van 53 kaderafspraken gedekt; 6 zonder jaarafspraak in 2024.</p>');
    expect(top).toContain('<input type="checkbox" id="filter">Toon alleen niet gedekte kaderafspraken');
    expect(html.stdout.match(/<table /g)).toHaveLength(6);
    expect(html.stdout).toContain('<th scope="col">Doelstelling</th><th scope="col">Kaderafspraak 2022-2026</th><th scope="col">Jaarafspraken 2024</th><th scope="col">Status</th>');
    expect(rows).toHaveLength(53);
  });

  it('marks exactly the kaderafspraken the seed document leaves empty in 2024, in words, not by colour alone', () => {
    const seed = seedCoverage(3);
    const texts = (row: string) => [...row.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!);
    for (const row of rows) {
      const uncovered = row.tags.includes('uncovered');
      // The kaderafspraak's cell: the last but two; its text is the first paragraph.
      const cells = row.html.split('</td>');
      const kaderText = plain(texts(cells.at(-4)!)[0]!.replace(/&#39;/g, "'"));
      expect(seed.get(kaderText), row.id).toBe(!uncovered);
      expect(row.html).toContain(uncovered ? '<strong>✗ niet gedekt</strong>' : '✓ gedekt');
    }
    expect(rows.filter((r) => r.tags.includes('uncovered'))).toHaveLength(6);
    expect(rows.filter((r) => r.tags.includes('reference')).map((r) => r.id)).toEqual(['plannen-sloop-renovatie', 'participatie-bewoners-projecten']);
    expect(rows.find((r) => r.id === 'plannen-sloop-renovatie')!.html).toContain('rij 9 · duu-09: verwijzing naar thema 7 (productieafspraken)');
  });

  it('escapes every text: titles and texts with markup stay text', () => {
    const copy = exampleCopy();
    copy.edit('raamovereenkomst.ts', "title: 'Raamovereenkomst sociale huur 2022-2026'", `title: 'Raamovereenkomst <script>alert("r")</script>'`);
    copy.edit('raamovereenkomst.ts', "title: 'Beschikbaarheid'", "title: 'Beschikbaarheid <img src=x onerror=alert(1)>'");
    // A Markdown escape lets a kaderafspraak say "<b>" as text.
    copy.edit('raamovereenkomst.ts', 'De gemeente actualiseert de Uitvoeringsagenda', 'De gemeente \\\\<b>actualiseert\\\\</b> de Uitvoeringsagenda');
    const result = runCli(['coverage', '2024.ts', '--format', 'html'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('<script>alert');
    expect(result.stdout).not.toContain('<img');
    expect(result.stdout).not.toContain('<b>');
    expect(result.stdout).toContain('Raamovereenkomst &lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt;');
    expect(result.stdout).toContain('Thema Beschikbaarheid &lt;img src=x onerror=alert(1)&gt;');
    expect(result.stdout).toContain('De gemeente &lt;b&gt;actualiseert&lt;/b&gt; de Uitvoeringsagenda');
    expect(result.stdout.match(/<script>/g)).toHaveLength(1);
  });
});

describe('render --annex coverage', () => {
  const copy = exampleCopy();
  const result = runCli(['render', '2024.ts', '--annex', 'coverage', '--format', 'html,docx', '-o', 'out'], { cwd: copy.dir });

  it('appends the coverage after the signature page of the HTML document', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const doc = readFileSync(join(copy.dir, 'out/harderwijk-2024.html'), 'utf8');
    expectEmbeddedFonts(doc);
    const annexAt = doc.indexOf('<section id="bijlage-dekking" class="new-page">');
    expect(annexAt).toBeGreaterThan(doc.indexOf('<section id="ondertekening"'));
    const annex = doc.slice(annexAt);
    expect(annex).toContain('<h2 id="dekking">Bijlage: dekking van de kaderafspraken</h2>');
    expect(annex).toContain('<p>47 van 53 kaderafspraken gedekt; 6 zonder jaarafspraak in 2024.</p>');
    expect(annex.match(/data-tags="uncovered"/g)).toHaveLength(6);
    expect(annex.match(/<strong>✗ niet gedekt<\/strong>/g)).toHaveLength(6);
    // The signed document shows row numbers, not ids.
    expect(annex).toContain('<p>rijen 2-5</p>');
    expect(annex).not.toContain('bes-02');
  });

  it('appends it to the Word document too', () => {
    const xml = strFromU8(unzipSync(readFileSync(join(copy.dir, 'out/harderwijk-2024.docx')))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text.indexOf('Bijlage: dekking van de kaderafspraken')).toBeGreaterThan(text.indexOf('namens Stichting Uwoon'));
    expect(text.match(/✗ niet gedekt/g)).toHaveLength(6);
  });

  it('without --annex the documents have no annex', () => {
    const plainRender = runCli(['render', '2024.ts', '--format', 'html', '-o', 'plain'], { cwd: copy.dir });
    expect(plainRender.status).toBe(0);
    expect(readFileSync(join(copy.dir, 'plain/harderwijk-2024.html'), 'utf8')).not.toContain('bijlage-dekking');
  });
});

describe.skipIf(!hasTool('chromium'))('the HTML report in Chromium', () => {
  let browser: Browser;
  const file = join(exampleCopy().dir, 'coverage.html');
  beforeAll(async () => {
    runCli(['coverage', 'agreements/harderwijk/2024.ts', '--format', 'html', '-o', file]);
    browser = await chromium.launch({ executablePath: run('sh', ['-c', 'command -v chromium']).trim(), args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => browser?.close());

  it('loads nothing from outside, and the filter shows only the uncovered rows, with their doelstelling', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    expect(await page.locator('tbody tr:visible').count()).toBe(53);

    await page.check('#filter');
    const visible = page.locator('tbody tr:visible');
    expect(await visible.count()).toBe(6);
    expect(await visible.evaluateAll((trs) => trs.every((tr) => tr.getAttribute('data-tags') === 'uncovered'))).toBe(true);
    // Every shown row has its doelstelling: a merged cell whose first row is hidden moves down.
    const firstOfTheme = page.locator('#dekking-duurzaamheid-tabel tbody tr:visible').first();
    expect(await firstOfTheme.locator('td').count()).toBe(4);
    expect(await firstOfTheme.locator('td').first().innerText()).toBe('Het aardgasverbruik verlagen en de co2-uitstoot reduceren.');
    expect(await page.locator('#dekking-beschikbaarheid-tabel').isVisible()).toBe(false);

    await page.uncheck('#filter');
    expect(await page.locator('tbody tr:visible').count()).toBe(53);
    expect(await page.locator('#dekking-aardgasvrij-wonen-harderwijk td').count()).toBe(4);
    expect(await page.locator('#dekking-praktische-oplossingen td').count()).toBe(3);
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('prints every kaderafspraak, without the toggle', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('tbody tr:visible').count()).toBe(53);
  });
});

describe('the annex wording', () => {
  it('follows a --templates override', () => {
    const copy = exampleCopy();
    copy.write('wording.json', JSON.stringify({ coverage: { annexHeading: 'Bijlage 1. Dekking', uncovered: 'ONTBREEKT' } }));
    const result = runCli(['render', '2024.ts', '--annex', 'coverage', '--templates', '.', '--format', 'html', '-o', 'out'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    const doc = readFileSync(join(copy.dir, 'out/harderwijk-2024.html'), 'utf8');
    expect(doc).toContain('<h2 id="dekking">Bijlage 1. Dekking</h2>');
    expect(doc.match(/<strong>ONTBREEKT<\/strong>/g)).toHaveLength(6);
  });
});
