import { isTrekkerGroup } from '../model/lookup.js';
import type { Raamovereenkomst } from '../model/schema.js';
import { capitalize, joinList, type Wording } from './wording.js';

/** ['woningcorporaties', 'gemeente'] -> "Woningcorporaties en gemeente"; a party by its short name, a named group by its name. */
export function trekkerLabel(raam: Raamovereenkomst, trekker: readonly string[], w: Wording): string {
  const names = trekker.map((t) => raam.parties[t]?.shortName ?? raam.groups?.[t]?.name ?? (isTrekkerGroup(t) ? w.text(`trekkerGroups.${t}`) : t));
  return capitalize(joinList(names, w.text('and')));
}
