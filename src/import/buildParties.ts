/**
 * The party table from the signing block: names and kinds from the signing
 * sentence, full names from "namens ..." lines, short names and roles from
 * "Naam, functie Partij", and, for a document without a signing block, the
 * names the page header's logos carry. A gemeente is always among them.
 */
import { partyKinds, type Party, type PartyKind } from '../model/schema.js';
import { coverage, defaultShortName, kindFromName, nameVariants, partyIds, sameName, toParty, type PartyDraft } from './parties.js';
import { splitRoleAndParty, type SentenceParties, type SignatoryText } from './signing.js';
import { clip } from './toMarkdown.js';
import type { Warnings } from './warnings.js';

export interface SignatoryDraft extends SignatoryText {
  where: string;
}

export interface PartiesInput {
  sentence?: { parties: SentenceParties[] } | undefined;
  signatories: readonly SignatoryDraft[];
  /** Descriptions of the logos in the page header. */
  headerLogos: readonly string[];
  /** Texts that may name the gemeente ("gemeente Harderwijk"): title, document properties. */
  texts: readonly string[];
  fallbackGemeente?: string | undefined;
  warnings: Warnings;
}

export interface PartiesResult {
  parties: Record<string, Party>;
  /** Per signatory (in order): its party id and role, where they could be read. */
  signatoryParties: { party?: string; role?: string }[];
  /** The gemeente's name without "gemeente" ("Harderwijk"). */
  gemeente: string;
}

export function buildParties(input: PartiesInput): PartiesResult {
  const { warnings } = input;
  const drafts: PartyDraft[] = [];
  const find = (name: string) =>
    drafts.find((d) => sameName(d.name, name)) ??
    drafts.find((d) => nameVariants(d.name).some((v) => v.includes(' ') && sameName(v, name)) || nameVariants(name).some((v) => v.includes(' ') && sameName(v, d.name)));
  const add = (draft: PartyDraft) => {
    drafts.push(draft);
    return draft;
  };

  for (const group of input.sentence?.parties ?? []) {
    for (const name of group.names) if (!find(name)) add({ name, kind: group.kind, kindFrom: 'zin' });
  }

  const found: { draft?: PartyDraft; role?: string }[] = [];
  for (const s of input.signatories) {
    let draft: PartyDraft | undefined;
    let role = s.role;
    let shortName: string | undefined;
    if (s.namens) {
      draft = find(s.namens) ?? add({ name: s.namens, ...kindOf(s.namens) });
      if (s.roleAndParty) {
        const split = splitRoleAndParty(s.roleAndParty, nameVariants(draft.name));
        role = split.role || undefined;
        if (split.matched) shortName = split.party;
        else if (split.party) shortName = split.party;
      }
    } else if (s.roleAndParty) {
      const best = bestMatch(s.roleAndParty, drafts);
      if (best) {
        draft = best.draft;
        shortName = best.variant;
        role = s.roleAndParty.slice(0, s.roleAndParty.length - best.variant.length).trim() || undefined;
      } else {
        const split = splitRoleAndParty(s.roleAndParty, []);
        role = split.role || undefined;
        if (split.party) {
          draft = find(split.party) ?? add({ name: split.party, shortName: split.party, ...kindOf(split.party) });
          shortName = split.party;
        }
      }
    }
    if (!draft) warnings.add(s.where, `bij ondertekenaar ${s.name} staat niet namens welke partij; niet als ondertekenaar overgenomen`);
    else if (shortName && !draft.shortName) draft.shortName = shortName;
    found.push({ ...(draft ? { draft } : {}), ...(role ? { role } : {}) });
  }

  if (!drafts.length) {
    for (const name of input.headerLogos) if (!find(name) && !/^concept$/i.test(name.trim())) add({ name: name.trim(), ...kindOf(name) });
  }

  let gemeenteDraft = drafts.find((d) => d.kind === 'gemeente');
  if (!gemeenteDraft) {
    const named = input.texts.map((t) => /\bgemeente\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/u.exec(t)?.[1]).find(Boolean) ?? input.fallbackGemeente;
    const place = named ? named.charAt(0).toUpperCase() + named.slice(1) : 'Onbekend';
    gemeenteDraft = add({ name: `gemeente ${place}`, kind: 'gemeente' });
    warnings.add('ondertekening', `het document noemt geen gemeente als partij; "gemeente ${place}" toegevoegd (pas naam en logo aan in raamovereenkomst.ts)`);
  }
  for (const d of drafts) {
    if (!d.kind) {
      warnings.add('partijen', `van partij "${clip(d.name)}" staat niet vast of het een gemeente, woningcorporatie of huurdersorganisatie is; als woningcorporatie opgenomen (pas "kind" aan in raamovereenkomst.ts)`);
    }
  }

  // Gemeenten first, then woningcorporaties, then huurdersorganisaties, each in the order the document names them.
  const ordered = [...drafts].sort((a, b) => rank(a.kind) - rank(b.kind));
  const ids = partyIds(ordered);
  const parties: Record<string, Party> = {};
  ordered.forEach((d, i) => {
    parties[ids[i]!] = toParty({ ...d, shortName: d.shortName ?? defaultShortName(d.name, d.kind) }, `logos/${ids[i]}.svg`);
  });
  const idOf = (d: PartyDraft | undefined) => (d ? ids[ordered.indexOf(d)] : undefined);
  const gemeente = gemeenteDraft.name.replace(/^gemeente\s+/i, '');
  return {
    parties,
    signatoryParties: found.map((f) => ({ ...(idOf(f.draft) ? { party: idOf(f.draft)! } : {}), ...(f.role ? { role: f.role } : {}) })),
    gemeente: gemeente.charAt(0).toUpperCase() + gemeente.slice(1),
  };
}

function kindOf(name: string): Pick<PartyDraft, 'kind' | 'kindFrom'> {
  const kind = kindFromName(name);
  return kind ? { kind, kindFrom: 'naam' } : {};
}

/** Order by kind; a party of unknown kind counts as the woningcorporatie it is taken for. */
function rank(kind: PartyKind | undefined): number {
  return partyKinds.indexOf(kind ?? 'woningcorporatie');
}

/** The party a "functie Partij" text ends with: the longest name it ends with, the closer match on a tie. */
function bestMatch(text: string, drafts: readonly PartyDraft[]): { draft: PartyDraft; variant: string } | undefined {
  let best: { draft: PartyDraft; variant: string; score: number } | undefined;
  const lower = text.toLowerCase();
  for (const draft of drafts) {
    for (const variant of nameVariants(draft.name)) {
      const v = variant.toLowerCase();
      const fits = lower === v || (lower.endsWith(v) && /\s/.test(lower.charAt(lower.length - v.length - 1)));
      if (!fits) continue;
      const score = v.length + coverage(draft.name, variant);
      if (!best || score > best.score) best = { draft, variant: text.slice(text.length - variant.length), score };
    }
  }
  return best && { draft: best.draft, variant: best.variant };
}
