/**
 * Checks that need the whole picture: ids that must exist, ids that must be
 * unique, years that must fit the raamovereenkomst. Each problem names the
 * field, so the message leads straight to the line to fix.
 */
import { isJaarafspraak, type Jaarschijf, type Raamovereenkomst } from '../model/schema.js';
import { isTrekkerGroup, listKaderafspraken } from '../model/lookup.js';
import { trekkerGroups } from '../model/schema.js';
import { suggest, type DiagnosticList } from './diagnostics.js';

export function checkRaamovereenkomst(raam: Raamovereenkomst, file: string, list: DiagnosticList): void {
  // Doelstellingen and kaderafspraken share one namespace, so a reference is never ambiguous.
  const seen = new Map<string, string>();
  for (const [theme, t] of Object.entries(raam.themes)) {
    for (const [doel, d] of Object.entries(t.doelstellingen)) {
      const doelPath = `themes.${theme}.doelstellingen.${doel}`;
      claim(doel, doelPath);
      for (const kader of Object.keys(d.kaderafspraken)) claim(kader, `${doelPath}.kaderafspraken.${kader}`);
    }
  }
  function claim(id: string, path: string): void {
    const earlier = seen.get(id);
    if (earlier) list.add(file, path, `duplicate id "${id}" (also at ${earlier})`);
    else seen.set(id, path);
  }
}

export function checkJaarschijf(j: Jaarschijf, raam: Raamovereenkomst, file: string, list: DiagnosticList): void {
  if (j.year < raam.period.from || j.year > raam.period.to) {
    list.add(file, 'year', `${j.year} lies outside the period of the raamovereenkomst "${raam.title}" (${raam.period.from}-${raam.period.to})`);
  }
  const kaders = new Map(listKaderafspraken(raam).map((k) => [k.id, k]));
  const parties = Object.keys(raam.parties);
  const trekkers = [...parties, ...Object.keys(trekkerGroups)];
  const ids = new Map<string, string>();

  for (const [themeId, theme] of Object.entries(j.themes)) {
    const inRaam = Object.hasOwn(raam.themes, themeId);
    if (theme.layout === 'kaderafspraken' && !inRaam) {
      list.add(
        file,
        `themes.${themeId}`,
        `unknown theme "${themeId}"${suggest(themeId, Object.keys(raam.themes))}; the raamovereenkomst has ${Object.keys(raam.themes).join(', ')} (a theme of this year only needs layout: "afspraken" and a title)`,
      );
      continue;
    }
    theme.afspraken.forEach((a, index) => {
      const path = `themes.${themeId}.afspraken[${index}]`;
      if (a.emptyRow && theme.layout !== 'kaderafspraken') list.add(file, `${path}.emptyRow`, 'empty rows exist only in the kaderafspraken layout');
      if (isJaarafspraak(a)) {
        const earlier = ids.get(a.id);
        if (earlier) list.add(file, `${path}.id`, `duplicate id "${a.id}" (also at ${earlier})`);
        else ids.set(a.id, path);
      }
      if (a.kader) {
        const kader = kaders.get(a.kader);
        if (!kader) list.add(file, `${path}.kader`, `unknown kaderafspraak "${a.kader}"${suggest(a.kader, kaders.keys())}`);
        else if (theme.layout === 'kaderafspraken' && kader.theme !== themeId) {
          list.add(file, `${path}.kader`, `kaderafspraak "${a.kader}" belongs to theme "${kader.theme}", not "${themeId}"`);
        }
      } else if (theme.layout === 'kaderafspraken') {
        list.add(file, `${path}.kader`, 'required: the kaderafspraak this agreement serves');
      }
      a.trekker?.forEach((t, k) => {
        if (!parties.includes(t) && !isTrekkerGroup(t)) {
          list.add(file, `${path}.trekker[${k}]`, `unknown party "${t}"${suggest(t, trekkers)}; known: ${trekkers.join(', ')}`);
        }
      });
    });
  }

  j.signing?.signatories.forEach((s, index) => {
    if (!parties.includes(s.party)) {
      list.add(file, `signing.signatories[${index}].party`, `unknown party "${s.party}"${suggest(s.party, parties)}; known: ${parties.join(', ')}`);
    }
  });
}
