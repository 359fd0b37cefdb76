/**
 * The coverage and the diff report as Word and PDF, to print or to send: the
 * same report as the HTML page (its frame and sections), opening with the
 * title, the subtitle and the summary the HTML page has in its header, and a
 * footer naming the report and the page on every page. Read back with
 * pdftotext and by parsing the docx's XML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { partText, unzipDocx } from './helpers/docx.js';
import { exampleCopy } from './helpers/fixture.js';
import { pageTexts } from './helpers/pdf.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The title (# ...), subtitle and summary lines the Markdown report puts above its first section. */
function markdownFrame(md: string): { title: string; lines: string[] } {
  const head = md.slice(0, md.indexOf('\n## '));
  const [title, ...rest] = head.split('\n').filter((line) => line.trim());
  return { title: title!.replace(/^# /, ''), lines: rest.map((line) => line.replace(/\*\*/g, '')) };
}

describe('coverage --format pdf and docx', () => {
  const copy = exampleCopy();
  const pdf = runCli(['coverage', '2024.ts', '--format', 'pdf'], { cwd: copy.dir });
  const docx = runCli(['coverage', '2024.ts', '--format', 'docx', '-o', 'dekking.docx'], { cwd: copy.dir });
  const md = markdownFrame(runCli(['coverage', '2024.ts', '--format', 'md'], { cwd: copy.dir }).stdout);
  const report = JSON.parse(runCli(['coverage', '2024.ts', '--format', 'json'], { cwd: copy.dir }).stdout) as {
    kaderafspraken: { id: string; theme: string; covered: boolean }[];
  };

  it('writes the PDF to output/ without -o, and says where', () => {
    expect(pdf.stderr).toBe('');
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toBe('output/harderwijk-dekking-2024.pdf\n');
  });

  it('opens with the title, subtitle and summary of the HTML page, and numbers every page in the footer', () => {
    const pages = pageTexts(join(copy.dir, 'output/harderwijk-dekking-2024.pdf'));
    expect(pages.length).toBeGreaterThan(1);
    const first = flat(pages[0]!);
    expect(md.lines.length).toBeGreaterThanOrEqual(2);
    for (const line of [md.title, ...md.lines]) expect(first, line).toContain(flat(line));
    expect(first.indexOf(md.title)).toBeLessThan(first.indexOf('1. Thema Beschikbaarheid'));
    pages.forEach((page, i) => expect(flat(page)).toContain(`${md.title} · Pagina ${i + 1} van ${pages.length}`));
  });

  it('lists every kaderafspraak, covered or not, by its id', () => {
    const text = flat(pageTexts(join(copy.dir, 'output/harderwijk-dekking-2024.pdf')).join(' ')).replace(/- /g, '-');
    expect(report.kaderafspraken.some((k) => !k.covered)).toBe(true);
    for (const k of report.kaderafspraken) expect(text, k.id).toContain(k.id);
  });

  it('Word: the same opening paragraphs, the tables, and the footer with the page fields', () => {
    expect(docx.stdout).toBe('dekking.docx\n');
    const parts = unzipDocx(readFileSync(join(copy.dir, 'dekking.docx')));
    const body = partText(parts, 'word/document.xml');
    const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs[0]).toBe(md.title);
    const opening = flat(paragraphs.slice(1, 5).join(' '));
    for (const line of md.lines) expect(opening).toContain(flat(line));
    // A table per theme with kaderafspraken.
    expect((body.match(/<w:tbl>/g) ?? []).length).toBe(new Set(report.kaderafspraken.map((k) => k.theme)).size);
    const footers = Object.keys(parts).filter((name) => /^word\/footer\d*\.xml$/.test(name)).map((name) => partText(parts, name));
    expect(footers.some((f) => f.includes(`${md.title} · `) && /PAGE/.test(f) && /NUMPAGES|SECTIONPAGES/.test(f))).toBe(true);
  });
});

describe('diff --format pdf', () => {
  const copy = exampleCopy();
  const pdf = runCli(['diff', '2024.ts', '--format', 'pdf', '-o', 'wijzigingen.pdf'], { cwd: copy.dir });
  const md = markdownFrame(runCli(['diff', '2024.ts', '--format', 'md'], { cwd: copy.dir }).stdout);
  const diff = JSON.parse(runCli(['diff', '2024.ts', '--format', 'json'], { cwd: copy.dir }).stdout) as { changes: { id: string; status: string }[] };

  it('is the report, opening with its title and its counts, every page numbered', () => {
    expect(pdf.stderr).toBe('');
    expect(pdf.stdout).toBe('wijzigingen.pdf\n');
    const pages = pageTexts(join(copy.dir, 'wijzigingen.pdf'));
    const first = flat(pages[0]!);
    for (const line of [md.title, ...md.lines]) expect(first, line).toContain(flat(line));
    expect(md.lines.at(-1)).toMatch(/^\d+ nieuw, \d+ vervallen, \d+ gewijzigd/);
    pages.forEach((page, i) => expect(flat(page)).toContain(`Pagina ${i + 1} van ${pages.length}`));
  });

  it('names every agreement that is new, dropped, changed or moved', () => {
    const text = flat(pageTexts(join(copy.dir, 'wijzigingen.pdf')).join(' '));
    const shown = diff.changes.filter((c) => c.status !== 'unchanged');
    expect(shown.length).toBeGreaterThan(50);
    for (const c of shown) expect(text, `${c.id} (${c.status})`).toContain(c.id);
  });

  it('with --monitor, beside each agreement its latest status', () => {
    const result = runCli(['diff', '2024.ts', '--format', 'pdf', '--monitor', 'monitor-2024.ts', '-o', 'met-stand.pdf'], { cwd: copy.dir });
    expect(result.status).toBe(0);
    const text = flat(pageTexts(join(copy.dir, 'met-stand.pdf')).join(' '));
    // As many of each status as the Markdown report shows beside its agreements (the PDF's text comes column by column).
    const statuses = (s: string) => [...s.matchAll(/najaar 2024: (gereed|op schema|vertraagd|niet gestart|vervallen)/g)].map((m) => m[1]).sort();
    const md = runCli(['diff', '2024.ts', '--format', 'md', '--monitor', 'monitor-2024.ts'], { cwd: copy.dir });
    expect(md.status).toBe(0);
    expect(statuses(md.stdout).length).toBeGreaterThan(50);
    expect(statuses(text)).toEqual(statuses(md.stdout));
    expect(flat(pageTexts(join(copy.dir, 'wijzigingen.pdf')).join(' '))).not.toMatch(/2024: (gereed|op schema|vertraagd)/);
  });
});

describe("-o's extension names the format when --format is not given", () => {
  const copy = exampleCopy();
  const bytes = (file: string) => readFileSync(join(copy.dir, file));

  it('a .docx, .pdf or .json file is that format, not the terminal text under its name', () => {
    expect(runCli(['monitor', 'monitor-2024.ts', '-o', 'stand.docx'], { cwd: copy.dir }).status).toBe(0);
    expect(partText(unzipDocx(bytes('stand.docx')), 'word/document.xml')).toContain('<w:tbl>');
    expect(runCli(['diff', '2024.ts', '-o', 'wijzigingen.pdf'], { cwd: copy.dir }).status).toBe(0);
    expect(bytes('wijzigingen.pdf').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(flat(pageTexts(join(copy.dir, 'wijzigingen.pdf'))[0]!)).toContain('Wijzigingen in de prestatieafspraken');
    expect(runCli(['coverage', '2024.ts', '-o', 'dekking.htm'], { cwd: copy.dir }).status).toBe(0);
    expect(bytes('dekking.htm').toString('utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(runCli(['coverage', '2024.ts', '-o', 'dekking.json'], { cwd: copy.dir }).status).toBe(0);
    expect((JSON.parse(bytes('dekking.json').toString('utf8')) as { year: number }).year).toBe(2024);
  });

  it('an extension that names another format than --format is refused, and nothing is written', () => {
    const result = runCli(['coverage', '2024.ts', '--format', 'html', '-o', 'dekking.pdf'], { cwd: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^jaarschijf: -o dekking\.pdf eindigt op \.pdf, maar het formaat is html: noem een \.html-bestand, of laat --format weg\nGebruik: jaarschijf coverage /);
    expect(() => bytes('dekking.pdf')).toThrow();
  });

  it('another extension, or none, leaves the default (text)', () => {
    const terminal = runCli(['coverage', '2024.ts'], { cwd: copy.dir }).stdout;
    expect(terminal).toMatch(/^Dekking van de kaderafspraken in jaarschijf 2024/);
    for (const out of ['dekking.log', 'dekking']) {
      expect(runCli(['coverage', '2024.ts', '-o', out], { cwd: copy.dir }).status).toBe(0);
      expect(bytes(out).toString('utf8'), out).toBe(terminal);
    }
  });
});
