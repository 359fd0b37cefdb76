/** Read-only views on a validated raamovereenkomst that several stages need. */
import type { Jaarafspraak, Jaarschijf, Raamovereenkomst } from './schema.js';
import { isJaarafspraak } from './schema.js';
import { trekkerGroups, type TrekkerGroup } from './schema.js';

export interface KaderafspraakInfo {
  id: string;
  text: string;
  theme: string;
  doelstelling: string;
  doelstellingText: string;
}

/** Every kaderafspraak in document order, with where it sits. */
export function listKaderafspraken(raam: Raamovereenkomst): KaderafspraakInfo[] {
  const out: KaderafspraakInfo[] = [];
  for (const [theme, t] of Object.entries(raam.themes)) {
    for (const [doelstelling, d] of Object.entries(t.doelstellingen)) {
      for (const [id, text] of Object.entries(d.kaderafspraken)) {
        out.push({ id, text, theme, doelstelling, doelstellingText: d.text });
      }
    }
  }
  return out;
}

export function kaderIndex(raam: Raamovereenkomst): Map<string, KaderafspraakInfo> {
  return new Map(listKaderafspraken(raam).map((k) => [k.id, k]));
}

export function isTrekkerGroup(id: string): id is TrekkerGroup {
  return Object.hasOwn(trekkerGroups, id);
}

const afsprakenCache = new WeakMap<Jaarschijf, readonly Jaarafspraak[]>();

/** Every jaarafspraak of a jaarschijf in document order; computed once per jaarschijf. */
export function allAfspraken(j: Jaarschijf): readonly Jaarafspraak[] {
  let list = afsprakenCache.get(j);
  if (!list) {
    list = Object.values(j.themes).flatMap((t) => t.afspraken.filter(isJaarafspraak));
    afsprakenCache.set(j, list);
  }
  return list;
}
