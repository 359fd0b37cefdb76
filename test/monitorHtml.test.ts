/**
 * The monitor's HTML report: one self-contained page with the charts inline
 * as SVG (each an image with a description, and its table), every text
 * escaped, and the status filter driven in headless Chromium.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';
import { readMonitorSource } from './helpers/monitorSource.js';
import { launchChromium, openPage } from './helpers/html.js';
import { hasTool } from './helpers/tools.js';

const html = runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts', '--format', 'html']);
const source = readMonitorSource();
const latest = source.rounds.at(-1)!;
const count = (status: string) => [...latest.statuses.values()].filter((s) => s.status === status).length;

describe('jaarschijf monitor --format html', () => {
  it('is one page without external assets: inline style and script, charts as inline SVG', () => {
    expect(html.stderr).toBe('');
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="nl-NL">/);
    expect(html.stdout).not.toMatch(/<link\b|<img\b|\bsrc=|url\((?!#|data:font\/ttf;base64,)|@import|https?:\/\/(?!www\.w3\.org)/i);
    expect(html.stdout.match(/<script>/g)).toHaveLength(1);
    expect(html.stdout.match(/<svg role="img" aria-label="[^"]{40,}"/g)).toHaveLength(4);
    expect(html.stdout.match(/<figure id="figuur-[a-z-]+" class="chart"><figcaption>Figuur \d\. /g)).toHaveLength(4);
  });

  it('gives every id in the page once (the charts\' own ids renumbered)', () => {
    const ids = [...html.stdout.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says it is an example, with a watermark', () => {
    expect(html.stdout).toContain('<p class="illustration">Voorbeeld: de standen, toelichtingen en projecten');
    expect(html.stdout).toContain('<div class="watermark" aria-hidden="true">VOORBEELD</div>');
  });

  it('escapes every text, in the tables and in the charts', () => {
    const copy = exampleCopy();
    copy.edit('monitor-2024.ts', "name: 'Drielanden, Zuid'", "name: 'Drielanden <img src=x onerror=alert(1)>'");
    copy.edit('raamovereenkomst.ts', "title: 'Beschikbaarheid'", "title: 'Beschikbaarheid <script>alert(2)</script>'");
    copy.edit('monitor-2024.ts', "toelichting: \"De regionale huisvestingsverordening ligt ter inspraak.\"", 'toelichting: "Ligt ter \\\\<b>inspraak\\\\</b>."');
    const result = runCli(['monitor', 'monitor-2024.ts', '--format', 'html'], { cwd: copy.dir });
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/<img|<script>alert|<b>/);
    expect(result.stdout).toContain('Drielanden &lt;img src=x onerror=alert(1)&gt;');
    expect(result.stdout).toContain('Ligt ter &lt;b&gt;inspraak&lt;/b&gt;.');
    // In the chart's own text too.
    expect(result.stdout).toMatch(/<text[^>]*>1\. Beschikbaarheid &lt;script&gt;alert\(2\)&lt;\/script&gt;<\/text>/);
  });
});

describe.skipIf(!hasTool('chromium'))('the monitor report in Chromium', () => {
  let browser: Browser;
  const file = join(exampleCopy().dir, 'monitor.html');
  beforeAll(async () => {
    expect(runCli(['monitor', 'agreements/harderwijk/monitor-2024.ts', '--format', 'html', '-o', file]).status).toBe(0);
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('filters the agreements by their latest status, and shows all again', async () => {
    const { page, requests, errors } = await openPage(browser, `file://${file}`);
    const agreementRows = page.locator('section[id^="monitor-thema-"] tbody tr');
    expect(await agreementRows.count()).toBe(87);
    expect(await page.locator('section[id^="monitor-thema-"] tbody tr:visible').count()).toBe(87);

    for (const status of ['gereed', 'op schema', 'vertraagd', 'niet gestart', 'vervallen']) {
      await page.check(`input[value="status-${status.replace(' ', '-')}"]`);
      const visible = page.locator('section[id^="monitor-thema-"] tbody tr:visible');
      expect(await visible.count(), status).toBe(count(status));
      // The shown rows' last overleg column says that status, in words.
      const words = await visible.evaluateAll((rows) => rows.map((row) => (row.children[row.children.length - 2] as HTMLElement).innerText.trim()));
      expect(new Set(words), status).toEqual(new Set([status]));
      // A theme without such agreements is hidden; the summary and the nieuwbouwmonitor stay.
      expect(await page.locator('#nieuwbouwmonitor').isVisible()).toBe(true);
      expect(await page.locator('#figuur-status').isVisible()).toBe(true);
    }
    expect(await page.locator('#monitor-thema-4').isVisible()).toBe(false); // no vervallen in theme 4

    await page.check('input[value="all"]');
    expect(await page.locator('section[id^="monitor-thema-"] tbody tr:visible').count()).toBe(87);
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is set in its own Source Sans 3, in which every label of the charts stays inside its chart', async () => {
    const { page } = await openPage(browser, `file://${file}`);
    await page.evaluate(() => document.fonts.ready);
    // Six faces declared, each embedded; the page's upright ones are in use, none comes from the machine.
    const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), face: `${f.weight} ${f.style}`, status: f.status })));
    expect(faces.map((f) => f.family)).toEqual(Array(6).fill('Source Sans 3'));
    expect(faces.map((f) => f.face).sort()).toEqual(['400 italic', '400 normal', '600 italic', '600 normal', '700 italic', '700 normal']);
    expect(faces.filter((f) => f.status === 'loaded').map((f) => f.face).sort()).toEqual(['400 normal', '600 normal', '700 normal']);
    // Every text of every chart is within the chart's box: the labels were placed for this face.
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].flatMap((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5 ? [`${t.textContent} (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)})`] : [];
        });
      }),
    );
    expect(overflow).toEqual([]);
  });

  it('shows each chart as an image with a name, at the width of the page', async () => {
    const { page } = await openPage(browser, `file://${file}`);
    const charts = page.getByRole('img');
    expect(await charts.count()).toBe(4);
    for (const name of await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) expect(name.length).toBeGreaterThan(40);
    const box = await page.locator('#figuur-status svg').boundingBox();
    expect(box!.width).toBeGreaterThan(1000);
  });
});
