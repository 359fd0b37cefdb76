import { isTrekkerGroup } from '../model/lookup.js';
import type { Raamovereenkomst } from '../model/schema.js';
import { capitalize, joinList, type Wording } from './wording.js';

/** ['woningcorporaties', 'gemeente'] -> "Woningcorporaties en gemeente". */
export function trekkerLabel(raam: Raamovereenkomst, trekker: readonly string[], w: Wording): string {
  const names = trekker.map((t) => (isTrekkerGroup(t) ? w.text(`trekkerGroups.${t}`) : (raam.parties[t]?.shortName ?? t)));
  return capitalize(joinList(names, w.text('and')));
}
