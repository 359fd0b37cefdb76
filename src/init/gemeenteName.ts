/**
 * The gemeente as `jaarschijf init` gets it on the command line: its name as
 * written in the documents, and the id used for its folder, its party and its
 * raamovereenkomst.
 */
export interface GemeenteName {
  /** "Súdwest-Fryslân", "'s-Hertogenbosch", "Bergen op Zoom". */
  name: string;
  /** "sudwest-fryslan", "s-hertogenbosch", "bergen-op-zoom". */
  id: string;
}

/** The name and id, or a message saying what is wrong with the name. */
export function gemeenteName(input: string): GemeenteName | string {
  const trimmed = input.trim().replace(/\s+/g, ' ');
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(input.trim())) return 'de naam van de gemeente mag geen regeleinden of stuurtekens bevatten';
  if (trimmed.length > 100) return 'de naam van de gemeente is langer dan 100 tekens';
  const id = trimmed
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!id) return 'de naam van de gemeente heeft geen letters of cijfers';
  // Place names start with a capital, except the few that start with 's or 't.
  const name = /^\p{Ll}/u.test(trimmed) ? trimmed[0]!.toLocaleUpperCase('nl') + trimmed.slice(1) : trimmed;
  return { name, id };
}
