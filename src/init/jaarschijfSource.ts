import { printSourceModule } from '../sources/printSource.js';
import type { GemeenteName } from './gemeenteName.js';
import { markdownLiteral } from './markdownLiteral.js';
import type { ScaffoldParty } from './scaffoldParties.js';

/** What the writer fills in, said once at the top of the file (toolkit text only, no user data). */
const comment = [
  'Een jaarschijf: de afspraken van één jaar. Gemaakt door `jaarschijf init`; vul haar verder in.',
  '',
  '- introduction: de inleiding van het document;',
  '- themes: per thema van de raamovereenkomst een korte inleiding (intro) en de jaarafspraken.',
  '  Elke jaarafspraak heeft een id, de kaderafspraak die zij dient (kader) en een tekst, en zo nodig een',
  '  trekker (ids van partijen, of een groep: gemeente, woningcorporaties, huurdersorganisaties) en gereed',
  '  (een kwartaal, een maand of "Doorlopend"). Houd het id van een afspraak gelijk als u haar volgend jaar herschrijft.',
  'Teksten zijn Markdown: een lege regel begint een nieuwe alinea, **vet**, *cursief*, "- " voor een opsomming.',
  'Een editor die TypeScript kent (zoals VS Code) onderstreept een onbekende kaderafspraak of partij en vult ids aan.',
  '',
  'Zonder signing is dit een concept: elke pagina van het document zegt CONCEPT. Voeg signing toe als de partijen',
  "akkoord zijn: signing: { place: '...', date: 'JJJJ-MM-DD', signatories: [{ name: '...', role: '...', party: '...' }] },",
  'Controleer dit bestand met `jaarschijf check <bestand>` en maak het document met `jaarschijf render <bestand>`.',
];

export function jaarschijfSource(gemeente: GemeenteName, year: number, parties: readonly ScaffoldParty[]): string {
  const gemeenteParty = parties.find((p) => p.kind === 'gemeente')!.id;
  // The introduction is Markdown: the names in it are escaped, so that they show as written.
  const names = parties.map((p) => markdownLiteral(p.kind === 'gemeente' ? `de ${p.name}` : `de ${p.kind}`));
  return printSourceModule({
    comment,
    imports: [
      { name: 'defineJaarschijf', from: 'jaarschijf', named: true },
      { name: 'raamovereenkomst', from: './raamovereenkomst.ts' },
    ],
    call: 'defineJaarschijf',
    args: [
      { reference: 'raamovereenkomst' },
      {
        year,
        introduction: [
          `In de raamovereenkomst hebben ${names.slice(0, -1).join(', ')} en ${names.at(-1)} vastgelegd wat zij de komende jaren samen willen bereiken voor de sociale huur in ${markdownLiteral(gemeente.name)}.`,
          `In deze jaarschijf staat per thema wat zij daarvoor in ${year} doen, wie trekker is en wanneer het gereed is.`,
        ].join('\n\n'),
        themes: {
          beschikbaarheid: {
            intro: 'Met het thema beschikbaarheid werken we aan meer betaalbare huurwoningen en aan een eerlijke verdeling ervan.',
            afspraken: [
              { id: 'bes-01', kader: 'nieuwbouw-sociale-huur', text: `De woningcorporaties starten in ${year} met de bouw van nieuwe sociale huurwoningen.`, trekker: ['woningcorporaties'], gereed: `december ${year}` },
              { id: 'bes-02', kader: 'nieuwbouw-sociale-huur', text: `De gemeente en de woningcorporaties maken in ${year} afspraken over de grondprijzen voor sociale huur.`, trekker: [gemeenteParty, 'woningcorporaties'], gereed: `Q2 ${year}` },
              { id: 'bes-03', kader: 'monitoring-slaagkansen', text: 'Partijen bespreken de slaagkansen twee keer per jaar in het bestuurlijk overleg.', trekker: ['huurdersorganisaties'], gereed: 'Doorlopend' },
            ],
          },
        },
      },
    ],
  });
}
