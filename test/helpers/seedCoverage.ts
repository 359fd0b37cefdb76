import { plain, readSeed } from './seed.js';

/**
 * Coverage read from the seed document alone: kaderafspraak text (plain) ->
 * whether any of its rows has a text in the column (2: 2023, 3: 2024).
 * Merged cells are already continued by readSeed.
 */
export function seedCoverage(column: 2 | 3): Map<string, boolean> {
  const covered = new Map<string, boolean>();
  for (const theme of readSeed().themes.filter((t) => t.number !== 7)) {
    for (const row of theme.rows) {
      const kader = plain(row.cells[1]!);
      covered.set(kader, (covered.get(kader) ?? false) || plain(row.cells[column] ?? '') !== '');
    }
  }
  return covered;
}
