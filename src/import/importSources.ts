/**
 * An import's data -> the files of an agreements folder: raamovereenkomst.ts,
 * <year>.ts, <year-1>.ts and a placeholder logo per party, written through
 * the project's one serializer (sources/printSource.ts) in the bundled
 * example's layout: one agreement a line, one party a line.
 */
import type { AfspraakEntry, Jaarschijf, JaarschijfTheme, Raamovereenkomst } from '../model/schema.js';
import { oneLine, printSourceModule, reference, type SourceData } from '../sources/printSource.js';
import type { ImportResult } from './mapDocument.js';
import { placeholderLogo } from './placeholderLogo.js';

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
          'Raamovereenkomst, read from a Word document by `jaarschijf import`. Check the ids (made from the texts),',
          "the parties' kind and short name, the title and the period; replace the placeholder logos in logos/.",
        ],
        imports: [{ name: 'defineRaamovereenkomst', from: 'jaarschijf', named: true }],
        call: 'defineRaamovereenkomst',
        args: [raamData(raam)],
      }),
    },
    {
      path: `${jaarschijf.year}.ts`,
      content: printSourceModule({
        comment: [`Jaarschijf ${jaarschijf.year}, read from a Word document by \`jaarschijf import\`.`],
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
          `Jaarschijf ${previous.year}, reconstructed by \`jaarschijf import\` from the ${previous.year} column of the Word document`,
          `of jaarschijf ${jaarschijf.year}; its introduction and signing block are not in that document.`,
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
  Object.entries(raam.parties).forEach(([, party], index) => {
    files.push({ path: party.logo, content: placeholderLogo(party.shortName, index) });
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
