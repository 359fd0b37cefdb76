import { printSourceModule } from '../sources/printSource.js';
import type { GemeenteName } from './gemeenteName.js';
import type { ScaffoldParty } from './scaffoldParties.js';

/** What the writer fills in, said once at the top of the file (toolkit text only, no user data). */
const comment = [
  'De raamovereenkomst: de afspraken voor meerdere jaren. Gemaakt door `jaarschijf init`; vul haar verder in.',
  '',
  '- title en period: de naam en de looptijd (van en tot en met een jaar);',
  '- parties: elke partij met haar naam, een korte naam (voor in een zin en bij de handtekening),',
  "  de soort (gemeente, woningcorporatie of huurdersorganisatie) en een logo (SVG of PNG in logos/).",
  "  De logo's in logos/ zijn voorlopig: vervang ze door de echte, en de voorbeeldpartijen door de uwe;",
  '- themes: per thema de doelstellingen, en per doelstelling de kaderafspraken.',
  "  Het thema beschikbaarheid is een voorbeeld: pas het aan en voeg de andere thema's toe.",
  '',
  'Partijen, thema\'s, doelstellingen en kaderafspraken hebben een id: kleine letters, cijfers en streepjes.',
  'De jaarschijven verwijzen ernaar; verander een id niet meer zodra een jaarschijf het gebruikt.',
  'Teksten zijn Markdown: een lege regel begint een nieuwe alinea, **vet**, *cursief*, "- " voor een opsomming.',
];

export function raamovereenkomstSource(gemeente: GemeenteName, period: { from: number; to: number }, parties: readonly ScaffoldParty[]): string {
  return printSourceModule({
    comment,
    imports: [{ name: 'defineRaamovereenkomst', from: 'jaarschijf', named: true }],
    call: 'defineRaamovereenkomst',
    args: [
      {
        id: `${gemeente.id}-sociale-huur-${period.from}-${period.to}`,
        title: `Raamovereenkomst sociale huur ${period.from}-${period.to}`,
        gemeente: gemeente.name,
        period,
        parties: Object.fromEntries(parties.map((p) => [p.id, { name: p.name, shortName: p.shortName, kind: p.kind, logo: p.logo }])),
        themes: {
          beschikbaarheid: {
            title: 'Beschikbaarheid',
            doelstellingen: {
              'meer-betaalbare-huurwoningen': {
                text: 'Het vergroten van het aantal betaalbare huurwoningen.',
                kaderafspraken: {
                  'nieuwbouw-sociale-huur': `De gemeente en de woningcorporaties spreken af hoeveel sociale huurwoningen er tot en met ${period.to} bij komen, en waar.`,
                },
              },
              'eerlijk-verdelen': {
                text: 'Het eerlijk verdelen van de beschikbare huurwoningen.',
                kaderafspraken: {
                  'monitoring-slaagkansen': 'Partijen volgen elk jaar de slaagkansen van woningzoekenden per doelgroep.',
                },
              },
            },
          },
        },
      },
    ],
  });
}
