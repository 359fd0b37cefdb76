import type { GemeenteName } from './gemeenteName.js';

/** A party of a new gemeente's raamovereenkomst, with its placeholder logo. */
export interface ScaffoldParty {
  id: string;
  name: string;
  shortName: string;
  kind: 'gemeente' | 'woningcorporatie' | 'huurdersorganisatie';
  /** Relative to the gemeente folder. */
  logo: string;
  color: string;
}

/** The gemeente and one party of each other kind, for the user to rename. */
export function scaffoldParties(gemeente: GemeenteName): ScaffoldParty[] {
  const name = `gemeente ${gemeente.name}`;
  return [
    { id: gemeente.id, name, shortName: name, kind: 'gemeente', logo: `logos/gemeente-${gemeente.id}.svg`, color: '#1f4e79' },
    { id: 'woningcorporatie', name: 'Woningcorporatie', shortName: 'Woningcorporatie', kind: 'woningcorporatie', logo: 'logos/woningcorporatie.svg', color: '#8a2d3b' },
    { id: 'huurdersorganisatie', name: 'Huurdersorganisatie', shortName: 'Huurdersorganisatie', kind: 'huurdersorganisatie', logo: 'logos/huurdersorganisatie.svg', color: '#4f4a7d' },
  ];
}
