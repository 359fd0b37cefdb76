/**
 * Two small synthetic jaarschijven (2023 -> 2024) on the example's
 * raamovereenkomst, with every kind of change: reworded, renumbered, moved to
 * another kaderafspraak or theme, added, dropped (also as a whole theme),
 * paired within an afspraken theme, and two pairs where only best-first
 * pairing gets it right.
 */
import { exampleCopy } from './fixture.js';

export type Entry = { id: string; kader?: string; text: string };
export type Themes = Record<string, { layout?: 'afspraken'; title?: string; intro?: string; afspraken: Entry[] }>;

/** A jaarschijf source on the example's raamovereenkomst. */
export function source(year: number, themes: Themes, extra = ''): string {
  return `import { defineJaarschijf } from 'jaarschijf';
import raamovereenkomst from './raamovereenkomst.ts';

export default defineJaarschijf(raamovereenkomst, {
  year: ${year},${extra}
  themes: ${JSON.stringify(themes, null, 2)},
});
`;
}

export const themes2023: Themes = {
  beschikbaarheid: {
    intro: 'Een inleiding die blijft.',
    afspraken: [
      { id: 'x-05', kader: 'uitvoeringsagenda', text: 'De gemeente stelt een nieuwe woonvisie op.' },
      { id: 'x-08', kader: 'uitvoeringsagenda', text: 'Dit blijft hetzelfde.' },
      { id: 'x-01', kader: 'realisatie-1000-woningen', text: 'De corporaties bouwen in 2023 tweehonderd sociale huurwoningen in Harderwijk.' },
      { id: 'x-02', kader: 'realisatie-1000-woningen', text: 'Gemeente en corporaties overleggen elk kwartaal over grondprijzen en locaties.' },
      { id: 'x-03', kader: 'monitoring-slaagkansen', text: 'Corporaties monitoren de slaagkansen per inkomensgroep twee keer per jaar.' },
      { id: 'x-06', kader: 'monitoring-slaagkansen', text: 'Max. 10% van de mutaties wordt verloot.' },
      { id: 'x-04', kader: 'instrumenten-doorstroom', text: 'Het project verhuiscoach wordt voortgezet door corporaties en gemeente.' },
      { id: 'x-07', kader: 'instrumenten-doorstroom', text: 'Senioren krijgen voorrang bij doorstroming naar een kleinere woning.' },
      { id: 'g-01', kader: 'ondersteuning-nieuwbouwopgave', text: 'Huurders krijgen informatie over energie besparen via nieuwsbrieven.' },
      { id: 'g-02', kader: 'ondersteuning-nieuwbouwopgave', text: 'Huurders krijgen informatie over energie besparen en isolatie.' },
    ],
  },
  extra: {
    layout: 'afspraken',
    title: 'Extra afspraken',
    intro: 'Deze inleiding vervalt.',
    afspraken: [
      { id: 'e-01', text: 'Partijen evalueren de samenwerking eenmaal per jaar in het bestuurlijk overleg.' },
      { id: 'e-02', text: 'Een afspraak die vervalt.' },
    ],
  },
  oud: { layout: 'afspraken', title: 'Oude afspraken', afspraken: [{ id: 'o-01', text: 'Weg ermee.' }] },
};

export const themes2024: Themes = {
  beschikbaarheid: {
    intro: 'Een inleiding die blijft.',
    afspraken: [
      { id: 'x-08', kader: 'uitvoeringsagenda', text: 'Dit blijft hetzelfde.' },
      { id: 'x-01', kader: 'realisatie-1000-woningen', text: 'De corporaties bouwen in 2024 driehonderd sociale huurwoningen in Harderwijk.' },
      { id: 'x-12', kader: 'realisatie-1000-woningen', text: 'Gemeente en corporaties overleggen elk kwartaal over grondprijzen en locaties.' },
      { id: 'x-13', kader: 'monitoring-slaagkansen', text: 'Corporaties monitoren de slaagkansen per inkomensgroep elk half jaar.' },
      { id: 'x-16', kader: 'monitoring-slaagkansen', text: 'Woningruil wordt door de corporaties gestimuleerd.' },
      { id: 'x-04', kader: 'monitoring-slaagkansen', text: 'Het project verhuiscoach wordt voortgezet door corporaties en gemeente.' },
      { id: 'x-15', kader: 'instrumenten-doorstroom', text: 'De gemeente stelt een nieuwe woonvisie op.' },
      { id: 'g-11', kader: 'ondersteuning-nieuwbouwopgave', text: 'Huurders krijgen informatie over energie besparen en isolatie van woningen.' },
      { id: 'g-12', kader: 'ondersteuning-nieuwbouwopgave', text: 'Huurders krijgen informatie over energie besparen via nieuwsbrieven en bijeenkomsten.' },
    ],
  },
  betaalbaarheid: {
    afspraken: [{ id: 'x-07', kader: 'passend-toewijzen', text: 'Senioren krijgen voorrang bij verhuizing naar een kleinere woning.' }],
  },
  extra: {
    layout: 'afspraken',
    title: 'Extra afspraken',
    afspraken: [{ id: 'e-11', text: 'Partijen evalueren de samenwerking tweemaal per jaar in het bestuurlijk overleg.' }],
  },
};

/** A scratch copy of the example with the two years as a.ts and b.ts (b names a as its previous). */
export function syntheticYears(): ReturnType<typeof exampleCopy> {
  const copy = exampleCopy();
  copy.write('a.ts', source(2023, themes2023));
  copy.write('b.ts', source(2024, themes2024, "\n  previous: './a.ts',"));
  return copy;
}
