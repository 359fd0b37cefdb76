/**
 * The seed document (Harderwijk, jaarschijf 2024, text extracted from the
 * signed PDF) read independently of our sources, so tests compare outputs
 * against the original rather than against our own transcription.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SeedRow {
  theme: number;
  number: number;
  /** Four-column themes: doelstelling, kader (continued from above when empty), 2023, 2024. */
  cells: string[];
}

export interface SeedTheme {
  number: number;
  title: string;
  intro: string;
  rows: SeedRow[];
}

const file = fileURLToPath(new URL('../fixtures/seed-harderwijk-2024.txt', import.meta.url));

export function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function readSeed(): { themes: SeedTheme[]; text: string } {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const themes: SeedTheme[] = [];
  let current: SeedTheme | undefined;
  let afterHeading = false;
  for (const line of lines) {
    const heading = /^(\d)\. Thema (.+)$/.exec(line);
    if (heading) {
      current = { number: Number(heading[1]), title: heading[2]!, intro: '', rows: [] };
      themes.push(current);
      afterHeading = true;
      continue;
    }
    if (!current) continue;
    const row = /^(\d+)\.\t(.*)$/.exec(line);
    if (row) {
      current.rows.push({ theme: current.number, number: Number(row[1]), cells: row[2]!.split('\t').map(normalize) });
      continue;
    }
    if (afterHeading && line.trim() && !line.startsWith('\t')) {
      current.intro = line.trim();
      afterHeading = false;
    }
  }
  // Merged cells: an empty doelstelling/kaderafspraak continues the one above.
  for (const theme of themes) {
    if (theme.number === 7) continue;
    for (let i = 1; i < theme.rows.length; i++) {
      const row = theme.rows[i]!;
      const above = theme.rows[i - 1]!;
      if (!row.cells[0]) row.cells[0] = above.cells[0]!;
      if (!row.cells[1]) row.cells[1] = above.cells[1]!;
    }
  }
  return { themes, text };
}

/** Markdown source text -> the plain text a reader sees. */
export function plain(markdown: string): string {
  return normalize(markdown.replace(/<\/?u>/g, '').replace(/\\\n/g, ' ').replace(/(^|[^\\])\*([^*]+)\*/g, '$1$2'));
}
