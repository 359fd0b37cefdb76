/**
 * Checks that need the whole picture: ids that must exist, ids that must be
 * unique, years that must fit the raamovereenkomst, every party signing.
 * The jaarschijf is checked as written, before or without a valid schema, so
 * that one run reports schema and reference problems together; anything of
 * the wrong shape is left to the schema's messages.
 */
import { isTrekkerGroup, listKaderafspraken } from '../model/lookup.js';
import { partyKinds, trekkerGroups, type Raamovereenkomst } from '../model/schema.js';
import { suggest, type DiagnosticList } from './diagnostics.js';
import { array, record, string, type Raw } from './raw.js';

/**
 * The parties' kinds, the groups' members: in a raamovereenkomst, or in a
 * jaarschijf that has none (`file` is the file that declares them).
 */
export function checkParties(raam: Raamovereenkomst, file: string, list: DiagnosticList): void {
  const kinds = [...partyKinds, ...Object.keys(raam.partyKinds ?? {})];
  for (const [id, party] of Object.entries(raam.parties)) {
    if (!kinds.includes(party.kind)) {
      list.add(file, ['parties', id, 'kind'], `onbekende soort partij "${party.kind}"${suggest(party.kind, kinds)}; bekend zijn: ${kinds.join(', ')} (een eigen soort geeft u op in partyKinds)`);
    }
  }
  for (const [id, group] of Object.entries(raam.groups ?? {})) {
    if (Object.hasOwn(raam.parties, id) || isTrekkerGroup(id)) list.add(file, ['groups', id], `de groep "${id}" heeft dezelfde naam als een partij of een vaste groep; kies een andere id`);
    group.members.forEach((member, k) => {
      if (!Object.hasOwn(raam.parties, member)) list.add(file, ['groups', id, 'members', k], `onbekende partij "${member}"${suggest(member, Object.keys(raam.parties))}`);
    });
  }
}

export function checkRaamovereenkomst(raam: Raamovereenkomst, file: string, list: DiagnosticList): void {
  checkParties(raam, file, list);
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

/**
 * @param raw the jaarschijf as the source wrote it (validated or not)
 * @param raam its raamovereenkomst, or the one a jaarschijf without one stands for (`standalone`)
 */
export function checkJaarschijf(raw: unknown, raam: Raamovereenkomst, file: string, list: DiagnosticList, options: { standalone?: boolean } = {}): void {
  const j = record(raw);
  if (!j) return;
  if (options.standalone) checkParties(raam, file, list);
  const year = j.year;
  if (typeof year === 'number' && (year < raam.period.from || year > raam.period.to)) {
    list.add(file, 'year', `${year} valt buiten de periode van de raamovereenkomst "${raam.title}" (${raam.period.from}-${raam.period.to})`);
  }
  const kaders = new Map(listKaderafspraken(raam).map((k) => [k.id, k]));
  const parties = Object.keys(raam.parties);
  const trekkers = [...parties, ...Object.keys(trekkerGroups), ...Object.keys(raam.groups ?? {})];
  const kinds = [...Object.keys(raam.kinds ?? {}), ...Object.keys(record(j.kinds) ?? {})];
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
        raam.standalone
          ? 'een jaarschijf zonder raamovereenkomst heeft geen kaderafspraken: geef het thema layout "afspraken", "tabel" of "lijst" en een title'
          : `onbekend thema "${themeId}"${suggest(themeId, Object.keys(raam.themes))}; de raamovereenkomst heeft ${Object.keys(raam.themes).join(', ')} (een thema van alleen dit jaar krijgt layout: "afspraken", "tabel" of "lijst" en een title)`,
      );
      continue;
    }
    if (layout !== 'kaderafspraken' && !inRaam && theme.title === undefined) {
      list.add(file, ['themes', themeId, 'title'], 'ontbreekt: een thema dat niet in de raamovereenkomst staat, heeft een title');
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
      const kind = string(a.kind);
      if (kind !== undefined && !kinds.includes(kind)) {
        list.add(file, [...path, 'kind'], kinds.length ? `onbekende soort afspraak "${kind}"${suggest(kind, kinds)}; bekend zijn: ${kinds.join(', ')}` : `onbekende soort afspraak "${kind}": geef de soorten op in kinds (bijvoorbeeld kinds: { resultaat: 'Resultaatafspraak' })`);
      }
      const kader = string(a.kader);
      if (kader && raam.standalone) {
        list.add(file, [...path, 'kader'], 'een jaarschijf zonder raamovereenkomst heeft geen kaderafspraken; laat kader weg');
      } else if (kader) {
        const known = kaders.get(kader);
        if (!known) list.add(file, [...path, 'kader'], `onbekende kaderafspraak "${kader}"${suggest(kader, kaders.keys())}`);
        else if (layout === 'kaderafspraken' && known.theme !== themeId) {
          list.add(file, [...path, 'kader'], `kaderafspraak "${kader}" hoort bij thema "${known.theme}", niet bij "${themeId}"`);
        }
      } else if (layout === 'kaderafspraken' && a.kader === undefined && a.emptyRow !== true) {
        list.add(file, [...path, 'kader'], 'ontbreekt: de kaderafspraak waaraan deze afspraak bijdraagt');
      }
      array(a.trekker).forEach((t, k) => {
        if (typeof t === 'string' && !trekkers.includes(t)) {
          list.add(file, [...path, 'trekker', k], `onbekende partij "${t}"${suggest(t, trekkers)}; bekend zijn: ${trekkers.join(', ')}`);
        }
      });
    });
  }

  checkStructure(j, file, list);

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

/**
 * Chapters, indicators and bijlagen: every theme in one chapter, nesting to
 * three levels, ids that exist and are unique, links (`#id`) to places that
 * exist.
 */
function checkStructure(j: Raw, file: string, list: DiagnosticList): void {
  const themes = Object.keys(record(j.themes) ?? {});
  const indicators = Object.keys(record(j.indicators) ?? {});
  const places = new Map<string, string>();
  const claim = (id: unknown, path: (string | number)[]) => {
    if (typeof id !== 'string') return;
    const earlier = places.get(id);
    if (earlier) list.add(file, path, `id "${id}" komt twee keer voor (ook ${earlier})`);
    else places.set(id, whereIs(list, file, path));
  };
  const indicatorRefs = (value: unknown, path: (string | number)[]) => {
    array(value).forEach((ref, k) => {
      if (typeof ref === 'string' && !indicators.includes(ref)) list.add(file, [...path, k], `onbekende indicator "${ref}"${suggest(ref, indicators)}`);
    });
  };

  const placed = new Map<string, string>();
  const visit = (chapters: unknown[], path: (string | number)[], depth: number) => {
    chapters.forEach((value, i) => {
      const c = record(value);
      if (!c) return;
      const here = [...path, i];
      if (depth > 3) list.add(file, here, 'hoofdstukken gaan hoogstens drie niveaus diep (1, 1.1, 1.1.1)');
      claim(c.id, [...here, 'id']);
      const theme = string(c.theme);
      if (theme !== undefined) {
        if (!themes.includes(theme)) list.add(file, [...here, 'theme'], `onbekend thema "${theme}"${suggest(theme, themes)}; de jaarschijf heeft ${themes.join(', ') || 'geen thema\'s'}`);
        else if (placed.has(theme)) list.add(file, [...here, 'theme'], `thema "${theme}" staat al in een ander hoofdstuk (${placed.get(theme)})`);
        else placed.set(theme, whereIs(list, file, [...here, 'theme']));
      }
      indicatorRefs(c.indicators, [...here, 'indicators']);
      visit(array(c.sections), [...here, 'sections'], depth + 1);
    });
  };
  if (Array.isArray(j.chapters)) {
    visit(j.chapters, ['chapters'], 1);
    for (const theme of themes) {
      if (!placed.has(theme)) list.add(file, ['themes', theme], `het thema staat in geen hoofdstuk: noem het in chapters (theme: '${theme}')`);
    }
  }
  array(j.annexes).forEach((value, i) => {
    const a = record(value);
    if (!a) return;
    claim(a.id, ['annexes', i, 'id']);
    indicatorRefs(a.indicators, ['annexes', i, 'indicators']);
  });

  // Links to places in the document: `[bijlage](#afkortingen)` in any text.
  const texts: [unknown, (string | number)[]][] = [[j.introduction, ['introduction']]];
  const collect = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') texts.push([value, path]);
    else if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
  };
  collect(j.chapters, ['chapters']);
  collect(j.themes, ['themes']);
  collect(j.annexes, ['annexes']);
  for (const [text, path] of texts) {
    if (typeof text !== 'string') continue;
    for (const m of text.matchAll(/\]\(#([a-z0-9][a-z0-9-]*)\)/g)) {
      if (!places.has(m[1]!)) list.add(file, path, `de link naar #${m[1]} wijst nergens heen: geen hoofdstuk of bijlage heeft id "${m[1]}"${suggest(m[1]!, places.keys())}`);
    }
  }
}
