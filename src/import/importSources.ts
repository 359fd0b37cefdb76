/**
 * An import's data -> the files of an agreements folder: raamovereenkomst.ts,
 * <year>.ts, <year-1>.ts and a placeholder logo per party, written through
 * the project's one serializer (sources/printSource.ts) in the bundled
 * example's layout: one agreement a line, one party a line.
 */
import type { AfspraakEntry, Jaarschijf, JaarschijfTheme, Raamovereenkomst } from '../model/schema.js';
import { oneLine, printSourceModule, reference, type SourceData } from '../sources/printSource.js';
import type { ImportResult } from './mapDocument.js';
import { placeholderLogo } from '../init/placeholderLogo.js';

/** The bundled example's logo colours, then more: one per party. */
const logoColours = ['#1f4e79', '#2e6b4f', '#8a2d3b', '#9a5a1e', '#4f4a7d', '#2b6f77', '#6b4e2e', '#5a5a5a'];

export interface SourceFile {
  /** Path relative to the agreements folder ("2024.ts", "logos/uwoon.svg"). */
  path: string;
  content: string;
}

export function importSources(result: ImportResult): SourceFile[] {
  const { raamovereenkomst: raam, jaarschijf, previous } = result;
  const files: SourceFile[] = [
    {
      path: 'raamovereenkomst.ts',
      content: printSourceModule({
        comment: [
          'De raamovereenkomst, ingelezen uit een Word-document met `jaarschijf import`. Kijk na:',
          '- title en period: de naam en de looptijd (als het document ze niet noemt, zijn ze afgeleid);',
          '- parties: van elke partij de soort (gemeente, woningcorporatie of huurdersorganisatie) en de korte naam;',
          "  de logo's in logos/ zijn voorlopig: vervang ze door de echte;",
          '- de ids zijn gemaakt uit de teksten: pas ze gerust aan, maar niet meer zodra een jaarschijf ze gebruikt.',
        ],
        imports: [{ name: 'defineRaamovereenkomst', from: 'jaarschijf', named: true }],
        call: 'defineRaamovereenkomst',
        args: [raamData(raam)],
      }),
    },
    {
      path: `${jaarschijf.year}.ts`,
      content: printSourceModule({
        comment: [
          `Jaarschijf ${jaarschijf.year}, ingelezen uit een Word-document met \`jaarschijf import\`.`,
          'Een jaarafspraak heeft een id uit haar thema en rijnummer; stond zij in beide jaren in dezelfde rij,',
          'dan heeft zij in beide jaarschijven hetzelfde id. Houd dat id als u de afspraak volgend jaar herschrijft.',
          'Controleer dit bestand met `jaarschijf check <bestand>` en maak het document met `jaarschijf render <bestand>`.',
        ],
        imports: [
          { name: 'defineJaarschijf', from: 'jaarschijf', named: true },
          { name: 'raamovereenkomst', from: './raamovereenkomst.ts' },
        ],
        call: 'defineJaarschijf',
        args: [reference('raamovereenkomst'), jaarschijfData(jaarschijf)],
      }),
    },
  ];
  if (previous) {
    files.push({
      path: `${previous.year}.ts`,
      content: printSourceModule({
        comment: [
          `Jaarschijf ${previous.year}, door \`jaarschijf import\` opgebouwd uit de kolom van ${previous.year} in het Word-document`,
          `van jaarschijf ${jaarschijf.year}; de inleiding en de ondertekening van ${previous.year} staan niet in dat document.`,
        ],
        imports: [
          { name: 'defineJaarschijf', from: 'jaarschijf', named: true },
          { name: 'raamovereenkomst', from: './raamovereenkomst.ts' },
        ],
        call: 'defineJaarschijf',
        args: [reference('raamovereenkomst'), jaarschijfData(previous)],
      }),
    });
  }
  Object.values(raam.parties).forEach((party, index) => {
    if (party.logo !== undefined) files.push({ path: party.logo, content: placeholderLogo(party.shortName, logoColours[index % logoColours.length]!) });
  });
  return files;
}

function raamData(raam: Raamovereenkomst): SourceData {
  return {
    id: raam.id,
    title: raam.title,
    gemeente: raam.gemeente,
    period: oneLine({ from: raam.period.from, to: raam.period.to }),
    parties: Object.fromEntries(Object.entries(raam.parties).map(([id, p]) => [id, oneLine({ name: p.name, shortName: p.shortName, kind: p.kind, logo: p.logo })])),
    themes: Object.fromEntries(
      Object.entries(raam.themes).map(([id, t]) => [
        id,
        {
          title: t.title,
          doelstellingen: Object.fromEntries(
            Object.entries(t.doelstellingen).map(([doelId, d]) => [doelId, { text: d.text, kaderafspraken: { ...d.kaderafspraken } }]),
          ),
        },
      ]),
    ),
  };
}

function jaarschijfData(j: Jaarschijf): SourceData {
  return {
    year: j.year,
    previous: j.previous,
    title: j.title,
    review: j.review,
    introduction: j.introduction,
    themes: Object.fromEntries(Object.entries(j.themes).map(([id, t]) => [id, themeData(t)])),
    signing: j.signing && {
      place: j.signing.place,
      date: j.signing.date,
      signatories: j.signing.signatories.map((s) => oneLine({ name: s.name, role: s.role, party: s.party })),
    },
  };
}

function themeData(t: JaarschijfTheme): SourceData {
  const afspraken = t.afspraken.map((a) => oneLine(entryData(a)));
  if (t.layout === 'afspraken') return { layout: 'afspraken', title: t.title, intro: t.intro, afspraken };
  return { intro: t.intro, afspraken };
}

function entryData(a: AfspraakEntry): SourceData {
  if (a.emptyRow) return { kader: a.kader, emptyRow: true };
  return { id: a.id, kader: a.kader ?? undefined, text: a.text, toelichting: a.toelichting, trekker: a.trekker, gereed: a.gereed };
}
