/** Read-only views on a validated raamovereenkomst that several stages need. */
import type { Jaarafspraak, Jaarschijf, JaarschijfTheme, Raamovereenkomst } from './schema.js';
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

/** A theme's title: its own, else the raamovereenkomst's, else its id. */
export function themeTitle(themeId: string, theme: JaarschijfTheme | undefined, raam: Raamovereenkomst): string {
  const own = theme && 'title' in theme ? theme.title : undefined;
  return own ?? raam.themes[themeId]?.title ?? themeId;
}

/** The kinds of agreement by id, with their labels: the raamovereenkomst's, then the jaarschijf's own, in the order declared. */
export function kindLabels(raam: Raamovereenkomst, j: Jaarschijf): Map<string, string> {
  return new Map([...Object.entries(raam.kinds ?? {}), ...Object.entries(j.kinds ?? {})]);
}

/** The Dutch names of a kind of party: the document's own, else the wording's. */
export function partyKindNames(raam: Raamovereenkomst, kind: string, wording: (key: string) => string): { label: string; plural: string } {
  const own = raam.partyKinds?.[kind];
  return own ?? { label: wording(`partyKinds.${kind}.label`), plural: wording(`partyKinds.${kind}.plural`) };
}
