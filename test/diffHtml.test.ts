/**
 * `jaarschijf diff --format html`: one self-contained page, the agreements
 * side by side and inline, escaped source text; driven in headless Chromium
 * (counts, filters, anchors, print) with a screenshot in test/.artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JaarschijfDiff } from '../src/diff/computeDiff.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { hasTool } from './helpers/tools.js';
import { expectSelfContainedPage } from './helpers/html.js';

const args = ['diff', 'agreements/harderwijk/2023.ts', 'agreements/harderwijk/2024.ts'];
const html = runCli([...args, '--format', 'html']);
const diff = JSON.parse(runCli([...args, '--format', 'json']).stdout) as JaarschijfDiff;
/** The example with markup in an agreement (escaped in Markdown), a theme title and the raamovereenkomst's title. */
const escaped = (() => {
  const copy = exampleCopy();
  copy.edit('2024.ts', '"Corporaties faciliteren woningruil."', '"Corporaties faciliteren woningruil. \\\\<script>window.__pwned = 1\\\\</script>"');
  copy.edit('2024.ts', "title: 'productieafspraken'", "title: 'productieafspraken <script>window.__pwned = 2</script>'");
  copy.edit('raamovereenkomst.ts', "title: 'Raamovereenkomst sociale huur 2022-2026'", `title: 'Raamovereenkomst <img src=x onerror="window.__pwned = 3">'`);
  const result = runCli(['diff', '2024.ts', '--format', 'html', '-o', 'escaped.html'], { cwd: copy.dir });
  return { result, file: join(copy.dir, 'escaped.html') };
})();
const rows = [...html.stdout.matchAll(/<tr id="afspraak-([a-z0-9-]+)" data-tags="([a-z]+)">(.*?)<\/tr>/gs)].map((m) => ({ id: m[1]!, status: m[2]!, cells: m[3]!.split('</td>') }));

describe('jaarschijf diff --format html', () => {
  it('is one self-contained page: inline style and script only, no external assets', () => {
    expect(html.stderr).toBe('');
    expect(html.status).toBe(0);
    expectSelfContainedPage(html.stdout);
  });

  it('has the summary, then per theme a table with one row per agreement, tagged with its status', () => {
    const top = html.stdout.slice(html.stdout.indexOf('<header class="report">'), html.stdout.indexOf('</header>'));
    expect(top).toContain('<h1 class="title">Wijzigingen in de prestatieafspraken: jaarschijf 2023 → 2024</h1>');
    const { added, removed, changed, moved, unchanged } = diff.summary;
    expect(top).toContain(`<p class="summary" role="status">${added} nieuw, ${removed} vervallen, ${changed} gewijzigd, ${moved} verplaatst, ${unchanged} ongewijzigd.</p>`);
    expect(html.stdout.match(/<table /g)).toHaveLength(7);
    expect(html.stdout).toContain('<th scope="col">Afspraak</th><th scope="col">Jaarafspraken 2023</th><th scope="col">Jaarafspraken 2024</th><th scope="col">Wijzigingen in de tekst</th>');
    expect(rows.map((r) => [r.id, r.status])).toEqual(diff.changes.map((c) => [c.id, c.status]));
  });

  it('shows the previous and the current text side by side, and the changes inline with <del> and <ins>', () => {
    const row = rows.find((r) => r.id === 'bes-12')!;
    expect(row.cells[0]).toBe('<td><p><strong>bes-12</strong></p>\n<p class="note"><strong>Gewijzigd</strong></p>');
    expect(row.cells[1]).toBe('<td><p>Corporaties ondersteunen woningruil.</p>');
    expect(row.cells[2]).toBe('<td><p>Corporaties faciliteren woningruil.</p>');
    expect(row.cells[3]).toBe('<td><p>Corporaties <del>ondersteunen</del><ins>faciliteren</ins> woningruil.</p>');
    const removed = rows.find((r) => r.id === 'woz-01')!;
    expect(removed.cells[0]).toContain('<strong>Vervallen</strong>');
    expect(removed.cells[2]).toBe('<td>');
    expect(removed.cells[3]).toMatch(/^<td><p><del>In 2023 start de gemeente .*<\/del><\/p>$/);
    const added = rows.find((r) => r.id === 'pro-01')!;
    expect(added.cells[1]).toBe('<td>');
    expect(added.cells[3]).toMatch(/^<td><p><ins>Dit addendum bevat .*<\/ins><\/p>$/);
    // Rich text stays rich on both sides: underline and line breaks of bes-02.
    expect(rows.find((r) => r.id === 'bes-02')!.cells[2]).toContain('<u>Omnia Wonen:</u><br>');
    expect(html.stdout).toContain('<p class="note">Inleiding: Nieuw</p>');
  });

  it('escapes every source text: markup in texts and titles stays text', () => {
    expect(escaped.result.stderr).toBe('');
    const page = readFileSync(escaped.file, 'utf8');
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
    expect(page).toContain('<td><p>Corporaties faciliteren woningruil. &lt;script&gt;window.__pwned = 1&lt;/script&gt;</p></td>');
    expect(page).toContain('<ins>faciliteren woningruil. &lt;script&gt;window.__pwned = 1&lt;/script&gt;</ins>');
    expect(page).toContain('7. Thema productieafspraken &lt;script&gt;window.__pwned = 2&lt;/script&gt;');
    expect(page).toContain('<p class="subtitle">Raamovereenkomst &lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned &#x3D; 3&quot;&gt; · ');
  });
});

describe.skipIf(!hasTool('chromium'))('the diff report in Chromium', () => {
  let browser: Browser;
  const file = join(exampleCopy().dir, 'diff.html');
  const visibleRows = (page: Page) => page.locator('tbody tr:visible');

  beforeAll(async () => {
    runCli([...args, '--format', 'html', '-o', file]);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => browser?.close());

  it('shows the counts of the JSON, and each filter shows exactly the agreements with that status', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);

    const shown = await page.locator('.filter').evaluateAll((labels) => labels.map((l) => [l.getAttribute('data-status'), Number(l.querySelector('.count')!.textContent)]));
    const changed = diff.changes.filter((c) => c.status !== 'unchanged');
    expect(Object.fromEntries(shown)).toEqual({ changes: changed.length, all: diff.changes.length, ...diff.summary });
    mkdirSync(join(repoRoot, 'test/.artifacts'), { recursive: true });
    await page.screenshot({ path: join(repoRoot, 'test/.artifacts/diff-report.png') });

    for (const status of ['added', 'removed', 'changed', 'moved', 'unchanged'] as const) {
      await page.check(`input[name="filter"][value="${status}"]`);
      const tags = await visibleRows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-tags')));
      expect(tags, status).toEqual(Array(diff.summary[status]).fill(status));
    }
    // A theme without an agreement of the chosen status is hidden as a whole.
    await page.check('input[name="filter"][value="removed"]');
    expect(await page.locator('main > section:visible').evaluateAll((s) => s.map((x) => x.id))).toEqual(['thema-4']);
    // The filters are about agreements: the intros' changes step aside.
    expect(await page.locator('#thema-4 > p:visible').count()).toBe(0);
    await page.screenshot({ path: join(repoRoot, 'test/.artifacts/diff-report-removed.png') });

    await page.check('input[name="filter"][value="all"]');
    expect(await visibleRows(page).count()).toBe(diff.changes.length);
    expect(await page.locator('main > section:visible').count()).toBe(8);
    expect(await page.locator('#thema-4 > p:visible').count()).toBe(2);
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens on the changes: every agreement that is not unchanged, and the intros that changed; all agreements are one click away', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`file://${file}`);
    expect(await page.locator('input[name="filter"]:checked').getAttribute('value')).toBe('changes');
    const changed = diff.changes.filter((c) => c.status !== 'unchanged');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(diff.changes.length);
    expect(await visibleRows(page).evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(changed.map((c) => `afspraak-${c.id}`));
    // Every intro of the example changed (2023 had none): they show, with their note.
    expect(diff.texts.every((t) => t.status !== 'unchanged')).toBe(true);
    expect(await page.locator('#inleiding > p.note:visible').innerText()).toBe('Inleiding: Nieuw');
    expect(await page.locator('#thema-4 > p:visible').count()).toBe(2);

    await page.getByText('Alle afspraken').click();
    expect(await visibleRows(page).count()).toBe(diff.changes.length);
    expect(await page.locator('main > section:visible').count()).toBe(8);
  });

  it('opens on the one change of a year that kept everything else, and on all agreements when nothing changed', async () => {
    const copy = exampleCopy();
    copy.write('2025.ts', readFileSync(join(copy.dir, '2024.ts'), 'utf8').replace('year: 2024,', 'year: 2025,').replace("previous: './2023.ts',", "previous: './2024.ts',"));
    copy.edit('2025.ts', '"Corporaties faciliteren woningruil."', '"Corporaties faciliteren en stimuleren woningruil."');
    copy.write('2026.ts', readFileSync(join(copy.dir, '2025.ts'), 'utf8').replace('year: 2025,', 'year: 2026,').replace("previous: './2024.ts',", "previous: './2025.ts',"));
    const open = async (from: string, to: string) => {
      const report = join(copy.dir, `${from}-${to}.html`);
      const result = runCli(['diff', from, to, '--format', 'html', '-o', report], { cwd: copy.dir });
      expect(result.stderr).toBe('');
      const page = await browser.newPage();
      await page.goto(`file://${report}`);
      return page;
    };

    const one = await open('2024.ts', '2025.ts');
    expect(await one.locator('input[name="filter"]:checked').getAttribute('value')).toBe('changes');
    expect(await visibleRows(one).evaluateAll((trs) => trs.map((tr) => `${tr.id} ${tr.getAttribute('data-tags')}`))).toEqual(['afspraak-bes-12 changed']);
    // Only the theme of that agreement, without its unchanged intro.
    expect(await one.locator('main > section:visible').evaluateAll((s) => s.map((x) => x.id))).toEqual(['thema-1']);
    expect(await one.locator('#thema-1 > p:visible').count()).toBe(0);
    await one.getByText('Alle afspraken').click();
    expect(await visibleRows(one).count()).toBe(diff.changes.length - diff.summary.removed);
    expect(await one.locator('#thema-1 > p:visible').count()).toBeGreaterThan(0);

    const none = await open('2025.ts', '2026.ts');
    expect(await none.locator('input[name="filter"]:checked').getAttribute('value')).toBe('all');
    expect(await visibleRows(none).count()).toBe(diff.changes.length - diff.summary.removed);
  });

  it('has an anchor per agreement to link to', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}#afspraak-bes-12`);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('afspraak-bes-12');
    const ids = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id));
    expect(ids).toEqual(diff.changes.map((c) => `afspraak-${c.id}`));
    expect(await page.locator('#afspraak-bes-12 del').innerText()).toBe('ondersteunen');
    expect(await page.locator('#afspraak-bes-12 ins').innerText()).toBe('faciliteren');
  });

  it('prints every agreement, without the filters', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('fieldset.filters').isVisible()).toBe(false);
    expect(await visibleRows(page).count()).toBe(diff.changes.length);
    expect((await page.pdf({ format: 'A4', landscape: true })).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a <script> in a source as text and runs none of it', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${escaped.file}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#afspraak-bes-12 td').nth(2).innerText()).toBe('Corporaties faciliteren woningruil. <script>window.__pwned = 1</script>');
    expect(await page.locator('#thema-7-kop').innerText()).toBe('7. Thema productieafspraken <script>window.__pwned = 2</script>');
    expect(await page.locator('.subtitle').innerText()).toMatch(/^Raamovereenkomst <img src=x onerror="window.__pwned = 3"> · /);
  });
});
