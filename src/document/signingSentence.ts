/**
 * "De gemeente Harderwijk, de woningcorporaties Stichting Uwoon en Stichting
 * Omnia Wonen, de huurdersorganisaties …, zijn overeengekomen …": the parties
 * named by kind, in the order the raamovereenkomst names them, a group that
 * signs as one (`signing: true`) by its name with its members.
 */
import { partyKindNames } from '../model/lookup.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { capitalize, joinList, type Wording } from './wording.js';

const classicKinds = ['gemeente', 'woningcorporatie', 'huurdersorganisatie'];

export function signingSentence(loaded: LoadedJaarschijf, w: Wording, title: string): string {
  const { jaarschijf: j, raamovereenkomst: raam } = loaded;
  const parties = Object.entries(raam.parties);
  const groups = Object.values(raam.groups ?? {}).filter((g) => g.signing);
  const and = w.text('and');
  // The sentence of the wording for the three kinds of a classic document.
  if (!groups.length && parties.every(([, p]) => classicKinds.includes(p.kind))) {
    const names = (kind: string) => joinList(parties.filter(([, p]) => p.kind === kind).map(([, p]) => p.name), and);
    return w.text('signingSentence', { gemeenten: names('gemeente'), woningcorporaties: names('woningcorporatie'), huurdersorganisaties: names('huurdersorganisatie'), year: j.year });
  }
  const inGroup = new Set(groups.flatMap((g) => g.members));
  const parts: string[] = [];
  const kinds = [...new Set(parties.filter(([id]) => !inGroup.has(id)).map(([, p]) => p.kind))];
  for (const kind of kinds) {
    const members = parties.filter(([id, p]) => p.kind === kind && !inGroup.has(id)).map(([, p]) => p.name);
    const { label, plural } = partyKindNames(raam, kind, (key) => w.text(key));
    // The gemeente's name says what it is ("gemeente Harderwijk").
    parts.push(kind === 'gemeente' ? `de ${joinList(members, and)}` : `de ${members.length > 1 ? plural : label} ${joinList(members, and)}`);
  }
  for (const g of groups) parts.push(`${g.name} (${joinList(g.members.map((m) => raam.parties[m]!.name), and)})`);
  return capitalize(w.text('signingSentenceParties', { partijen: joinList(parts, and), title }));
}
