/**
 * Matching agreements across the years, on small synthetic jaarschijven:
 * same id first, then pairs by similarity within a kaderafspraak (or theme),
 * best pairs first; and the statuses that follow.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDiff, type AgreementChange } from '../src/diff/computeDiff.js';
import { matchAgreements, type Agreement } from '../src/years/matchAgreements.js';
import { loadJaarschijf } from '../src/sources/loadJaarschijf.js';
import { syntheticYears, themes2023 } from './helpers/diffSources.js';

const copy = syntheticYears();
const current = await loadJaarschijf(join(copy.dir, 'b.ts'));
const diff = computeDiff(current.previous!, current);
const change = (id: string): AgreementChange => {
  const found = diff.changes.find((c) => c.id === id);
  if (!found) throw new Error(`no change for ${id}`);
  return found;
};

describe('matching agreements across the years', () => {
  it('same id, same place, other words: changed; same words: unchanged', () => {
    expect(change('x-01')).toMatchObject({ status: 'changed', previous: { id: 'x-01', kader: 'realisatie-1000-woningen' } });
    expect(change('x-01').words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: '2023 tweehonderd' },
      { op: 'insert', text: '2024 driehonderd' },
    ]);
    expect(change('x-08')).toMatchObject({ status: 'unchanged', before: 'Dit blijft hetzelfde.', after: 'Dit blijft hetzelfde.', words: [{ op: 'equal', text: 'Dit blijft hetzelfde.' }] });
  });

  it('same id under another kaderafspraak or in another theme: moved, with its word changes', () => {
    expect(change('x-04')).toMatchObject({
      status: 'moved',
      theme: 'beschikbaarheid',
      kader: 'monitoring-slaagkansen',
      previous: { id: 'x-04', theme: 'beschikbaarheid', kader: 'instrumenten-doorstroom' },
    });
    expect(change('x-04').words.map((w) => w.op)).toEqual(['equal']);
    expect(change('x-07')).toMatchObject({ status: 'moved', theme: 'betaalbaarheid', kader: 'passend-toewijzen', previous: { id: 'x-07', theme: 'beschikbaarheid' } });
    expect(change('x-07').words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: 'doorstroming' },
      { op: 'insert', text: 'verhuizing' },
    ]);
  });

  it('a new id with the same text under the same kaderafspraak: moved (renumbered); reworded: changed', () => {
    expect(change('x-12')).toMatchObject({ status: 'moved', before: themes2023.beschikbaarheid!.afspraken[3]!.text, previous: { id: 'x-02', kader: 'realisatie-1000-woningen' } });
    expect(change('x-13')).toMatchObject({ status: 'changed', previous: { id: 'x-03' } });
    expect(change('x-13').words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: 'twee keer per' },
      { op: 'insert', text: 'elk half' },
    ]);
    expect(diff.changes.some((c) => c.id === 'x-02' || c.id === 'x-03')).toBe(false);
  });

  it('pairs within a theme when agreements have no kaderafspraak', () => {
    expect(change('e-11')).toMatchObject({ status: 'changed', theme: 'extra', kader: null, previous: { id: 'e-01', theme: 'extra', kader: null } });
    expect(change('e-02')).toMatchObject({ status: 'removed', theme: 'extra', after: null });
  });

  it('never pairs across kaderafspraken, nor texts that are not clearly alike', () => {
    // The same text under another kaderafspraak is another agreement.
    expect(change('x-05')).toMatchObject({ status: 'removed', kader: 'uitvoeringsagenda', after: null, words: [{ op: 'delete', text: 'De gemeente stelt een nieuwe woonvisie op.' }] });
    expect(change('x-15')).toMatchObject({ status: 'added', kader: 'instrumenten-doorstroom', before: null, previous: null });
    expect(change('x-06')).toMatchObject({ status: 'removed' });
    expect(change('x-16')).toMatchObject({ status: 'added' });
  });

  it('pairs the most alike first, not in document order', () => {
    expect(change('g-11').previous?.id).toBe('g-02');
    expect(change('g-12').previous?.id).toBe('g-01');
    expect([change('g-11').status, change('g-12').status]).toEqual(['changed', 'changed']);
  });

  it('keeps agreements of a theme that is gone, as removed, after this year\'s themes', () => {
    expect(diff.changes.at(-1)).toMatchObject({ id: 'o-01', theme: 'oud', status: 'removed' });
    expect(diff.themes.map((t) => [t.id, t.number])).toEqual([['beschikbaarheid', 1], ['betaalbaarheid', 2], ['extra', 3], ['oud', null]]);
  });

  it('lists the changes in the order of this year\'s tables, dropped ones after their predecessor (a kaderafspraak\'s first row is this year\'s)', () => {
    expect(diff.changes.map((c) => `${c.id}:${c.status}`)).toEqual([
      'x-08:unchanged',
      'x-05:removed',
      'x-01:changed',
      'x-12:moved',
      'x-13:changed',
      'x-06:removed',
      'x-16:added',
      'x-04:moved',
      'x-15:added',
      'g-11:changed',
      'g-12:changed',
      'x-07:moved',
      'e-11:changed',
      'e-02:removed',
      'o-01:removed',
    ]);
    expect(diff.summary).toEqual({ added: 2, removed: 4, changed: 5, moved: 3, unchanged: 1 });
  });

  it('reports the theme intros: unchanged, removed', () => {
    expect(diff.texts.map((t) => [t.field, t.status])).toEqual([
      ['themes.beschikbaarheid.intro', 'unchanged'],
      ['themes.extra.intro', 'removed'],
    ]);
  });
});

describe('matchAgreements', () => {
  const agreement = (id: string, kader: string | null, plain: string, theme = 't'): Agreement => ({ afspraak: { id, kader, text: plain }, theme, kader, plain });

  it('pairs by id first, even when the text is wholly new', () => {
    const m = matchAgreements([agreement('a', 'k', 'een twee drie')], [agreement('a', 'k', 'vier vijf zes'), agreement('b', 'k', 'een twee drie')]);
    expect([...m].map(([id, x]) => [id, x.previous.afspraak.id, x.by])).toEqual([['a', 'a', 'id']]);
  });

  it('pairs from a Dice similarity of 0.6, not below', () => {
    // {een, twee, drie, vier, vijf} vs {een, twee, drie, zes, zeven}: 2*3/10 = 0.6.
    const at = matchAgreements([agreement('a', 'k', 'een twee drie vier vijf')], [agreement('b', 'k', 'een twee drie zes zeven')]);
    expect(at.get('b')?.by).toBe('similarity');
    // {een, twee, drie, vier, vijf} vs {een, twee, zes, zeven, acht}: 2*2/10 = 0.4.
    expect(matchAgreements([agreement('a', 'k', 'een twee drie vier vijf')], [agreement('b', 'k', 'een twee zes zeven acht')]).size).toBe(0);
  });
});
