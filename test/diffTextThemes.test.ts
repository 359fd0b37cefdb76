/**
 * The terminal diff lists only the themes with a change (a changed intro or
 * agreement) and counts the others in one line, instead of printing their
 * empty headers. A 2025 drafted from the example, with one agreement and one
 * theme intro reworded, is diffed through the CLI against its previous year.
 */
import { describe, expect, it } from 'vitest';
import type { JaarschijfDiff } from '../src/diff/computeDiff.js';
import { runCli } from './helpers/cli.js';
import { exampleCopy } from './helpers/fixture.js';

describe('diff (text): themes without changes', () => {
  const copy = exampleCopy();
  const draft = runCli(['draft', '2025', '--from', '2024.ts', '-o', '2025.ts'], { cwd: copy.dir });
  copy.edit('2025.ts', 'Woningcorporaties stellen de jaarlijkse huurverhoging conform wetgeving vast.', 'Woningcorporaties stellen de jaarlijkse huurverhoging in 2025 conform wetgeving vast.');
  copy.edit('2025.ts', 'De woningcorporaties zetten grote stappen', 'De woningcorporaties zetten opnieuw grote stappen');
  const text = runCli(['diff', '2025.ts'], { cwd: copy.dir });
  const json = JSON.parse(runCli(['diff', '2025.ts', '--format', 'json'], { cwd: copy.dir }).stdout) as JaarschijfDiff;
  const lines = text.stdout.split('\n');

  it('runs on a draft with two edits', () => {
    expect(draft.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(json.summary).toMatchObject({ changed: 1, added: 0, removed: 0, moved: 0 });
  });

  it('lists only the theme with a changed agreement and the one with a changed intro', () => {
    const headers = lines.filter((l) => /^\d+\. /.test(l));
    expect(headers).toEqual(['2. Betaalbaarheid', '3. Duurzaamheid en kwaliteit']);
    expect(text.stdout).toContain('  ~ bet-03 gewijzigd');
    expect(text.stdout).toContain('  ~ inleiding van het thema gewijzigd');
    expect(text.stdout).toContain('zetten {+opnieuw +}grote stappen');
  });

  it('counts the themes it leaves out', () => {
    const numbered = json.themes.filter((t) => t.number).length;
    expect(numbered).toBe(7);
    expect(lines).toContain(`${numbered - 2} thema's zonder wijzigingen niet getoond.`);
    // None of their ids or headers is printed.
    for (const id of ['bes-01', 'woz-02', 'lee-01', 'sam-01', 'pro-01']) expect(text.stdout).not.toContain(id);
  });
});
