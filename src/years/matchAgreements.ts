/**
 * Which of last year's agreements each of this year's continues. Same id in
 * both years: the same agreement, wherever it stands now. The agreements left
 * on either side are then paired by text similarity, but only within the same
 * kaderafspraak (or, for agreements without one, the same theme) and only when
 * clearly alike, best pairs first; what is still left was added or dropped.
 */
import type { Jaarafspraak } from '../model/schema.js';
import { similarity } from './similarity.js';

export interface Agreement {
  afspraak: Jaarafspraak;
  theme: string;
  kader: string | null;
  /** The text as a reader sees it (no Markdown). */
  plain: string;
}

export interface Match {
  previous: Agreement;
  by: 'id' | 'similarity';
}

/** Dice coefficient from which two unmatched agreements count as one agreement reworded or renumbered. */
export const pairingThreshold = 0.6;

/** This year's agreement id -> last year's agreement it continues. */
export function matchAgreements(previous: readonly Agreement[], current: readonly Agreement[]): Map<string, Match> {
  const matches = new Map<string, Match>();
  const previousById = new Map(previous.map((p) => [p.afspraak.id, p]));
  for (const c of current) {
    const p = previousById.get(c.afspraak.id);
    if (p) matches.set(c.afspraak.id, { previous: p, by: 'id' });
  }
  const paired = new Set([...matches.values()].map((m) => m.previous.afspraak.id));
  const oldLeft = previous.filter((p) => !paired.has(p.afspraak.id));
  const newLeft = current.filter((c) => !matches.has(c.afspraak.id));

  const candidates: { p: number; c: number; score: number }[] = [];
  oldLeft.forEach((p, pi) => {
    newLeft.forEach((c, ci) => {
      if (group(p) !== group(c)) return;
      const score = similarity(p.plain, c.plain);
      if (score >= pairingThreshold) candidates.push({ p: pi, c: ci, score });
    });
  });
  // Best first; ties in document order, so the result never depends on sort stability.
  candidates.sort((a, b) => b.score - a.score || a.c - b.c || a.p - b.p);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  for (const { p, c } of candidates) {
    if (usedOld.has(p) || usedNew.has(c)) continue;
    usedOld.add(p);
    usedNew.add(c);
    matches.set(newLeft[c]!.afspraak.id, { previous: oldLeft[p]!, by: 'similarity' });
  }
  return matches;
}

function group(a: Agreement): string {
  return a.kader ? `kader:${a.kader}` : `theme:${a.theme}`;
}
