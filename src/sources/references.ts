/**
 * Checks that need the whole picture: ids that must exist, ids that must be
 * unique, years that must fit the raamovereenkomst, every party signing.
 * The jaarschijf is checked as written, before or without a valid schema, so
 * that one run reports schema and reference problems together; anything of
 * the wrong shape is left to the schema's messages.
 */
import { isTrekkerGroup, listKaderafspraken } from '../model/lookup.js';
import { trekkerGroups, type Raamovereenkomst } from '../model/schema.js';
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
    if (earlier) list.add(file, path, `id "${id}" komt twee keer voor (ook ${earlier})`);
    else seen.set(id, whereIs(list, file, path));
  }
}

/** "op regel 12" where the source shows it, else the field's path. */
function whereIs(list: DiagnosticList, file: string, path: string | (string | number)[]): string {
  const site = list.site(file, path);
  return site.line !== undefined ? `op regel ${site.line}` : `bij ${typeof path === 'string' ? path : path.join('.')}`;
}

type Raw = Record<string, unknown>;
const record = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);
const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const string = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** @param raw the jaarschijf as the source wrote it (validated or not) */
export function checkJaarschijf(raw: unknown, raam: Raamovereenkomst, file: string, list: DiagnosticList): void {
  const j = record(raw);
  if (!j) return;
  const year = j.year;
  if (typeof year === 'number' && (year < raam.period.from || year > raam.period.to)) {
    list.add(file, 'year', `${year} valt buiten de periode van de raamovereenkomst "${raam.title}" (${raam.period.from}-${raam.period.to})`);
  }
  const kaders = new Map(listKaderafspraken(raam).map((k) => [k.id, k]));
  const parties = Object.keys(raam.parties);
  const trekkers = [...parties, ...Object.keys(trekkerGroups)];
  const ids = new Map<string, string>();

  for (const [themeId, themeValue] of Object.entries(record(j.themes) ?? {})) {
    const theme = record(themeValue);
    if (!theme) continue;
    const layout = theme.layout ?? 'kaderafspraken';
    const inRaam = Object.hasOwn(raam.themes, themeId);
    if (layout === 'kaderafspraken' && !inRaam) {
      list.add(
        file,
        ['themes', themeId],
        `onbekend thema "${themeId}"${suggest(themeId, Object.keys(raam.themes))}; de raamovereenkomst heeft ${Object.keys(raam.themes).join(', ')} (een thema van alleen dit jaar krijgt layout: "afspraken" en een title)`,
      );
      continue;
    }
    array(theme.afspraken).forEach((entry, index) => {
      const a = record(entry);
      if (!a) return;
      const path = ['themes', themeId, 'afspraken', index];
      if (a.emptyRow === true && layout !== 'kaderafspraken') list.add(file, [...path, 'emptyRow'], 'lege rijen bestaan alleen in de opmaak "kaderafspraken"');
      const id = string(a.id);
      if (id !== undefined && a.emptyRow !== true) {
        const earlier = ids.get(id);
        if (earlier) list.add(file, [...path, 'id'], `id "${id}" komt twee keer voor (ook ${earlier})`);
        else ids.set(id, whereIs(list, file, path));
      }
      const kader = string(a.kader);
      if (kader) {
        const known = kaders.get(kader);
        if (!known) list.add(file, [...path, 'kader'], `onbekende kaderafspraak "${kader}"${suggest(kader, kaders.keys())}`);
        else if (layout === 'kaderafspraken' && known.theme !== themeId) {
          list.add(file, [...path, 'kader'], `kaderafspraak "${kader}" hoort bij thema "${known.theme}", niet bij "${themeId}"`);
        }
      } else if (layout === 'kaderafspraken' && a.kader === undefined && a.emptyRow !== true) {
        list.add(file, [...path, 'kader'], 'ontbreekt: de kaderafspraak waaraan deze afspraak bijdraagt');
      }
      array(a.trekker).forEach((t, k) => {
        if (typeof t === 'string' && !parties.includes(t) && !isTrekkerGroup(t)) {
          list.add(file, [...path, 'trekker', k], `onbekende partij "${t}"${suggest(t, trekkers)}; bekend zijn: ${trekkers.join(', ')}`);
        }
      });
    });
  }

  const signing = record(j.signing);
  if (!signing) return;
  const signatories = array(signing.signatories).map(record);
  const signedBy = new Set<string>();
  signatories.forEach((s, index) => {
    const party = string(s?.party);
    if (party === undefined) return;
    if (!parties.includes(party)) {
      list.add(file, ['signing', 'signatories', index, 'party'], `onbekende partij "${party}"${suggest(party, parties)}; bekend zijn: ${parties.join(', ')}`);
    }
    signedBy.add(party);
  });
  // The signing sentence says that all parties agreed: each must sign.
  const missing = Object.entries(raam.parties).filter(([id]) => !signedBy.has(id));
  if (signatories.length && missing.length) {
    list.add(
      file,
      ['signing', 'signatories'],
      `${missing.length === 1 ? 'partij' : 'partijen'} zonder ondertekenaar: ${missing.map(([id, p]) => `${p.name} (${id})`).join(', ')}; elke partij van de raamovereenkomst ondertekent de jaarschijf`,
    );
  }
}
