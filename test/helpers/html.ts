import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { run } from './tools.js';

/** A report page that works offline: one inline style (its fonts inline too) and one inline script, nothing fetched. */
export function expectSelfContainedPage(html: string): void {
  expect(html).toMatch(/^<!doctype html>\n<html lang="nl-NL">/);
  expect(html).not.toMatch(/<link\b|\bsrc=|url\((?!data:font\/ttf;base64,)|@import|https?:\/\//i);
  expect(html.match(/<script>/g)).toHaveLength(1);
  expect(html.match(/<style>/g)).toHaveLength(1);
  expectEmbeddedFonts(html);
}

/** The six faces of Source Sans 3 a page can ask for, inside it as data URLs. */
export function expectEmbeddedFonts(html: string): void {
  expect(html.match(/@font-face \{ font-family: "Source Sans 3"; font-style: (normal|italic); font-weight: (400|600|700); font-display: block; src: url\(data:font\/ttf;base64,[A-Za-z0-9+/=]{1000,}\) format\("truetype"\); \}/g)).toHaveLength(6);
}

/** Headless Chromium for the report tests. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: run('sh', ['-c', 'command -v chromium']).trim(), args: ['--no-sandbox', '--disable-gpu'] });
}

/** Open a page that records what it asks for and the script errors it throws. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, requests, errors };
}
