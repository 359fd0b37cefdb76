import { expect } from 'vitest';

/** A report page that works offline: one inline style and one inline script, nothing fetched. */
export function expectSelfContainedPage(html: string): void {
  expect(html).toMatch(/^<!doctype html>\n<html lang="nl-NL">/);
  expect(html).not.toMatch(/<link\b|\bsrc=|url\(|@import|https?:\/\//i);
  expect(html.match(/<script>/g)).toHaveLength(1);
  expect(html.match(/<style>/g)).toHaveLength(1);
}
