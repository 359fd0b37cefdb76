/**
 * Stable, readable ids from texts: the same document always gives the same
 * ids. Doelstellingen and kaderafspraken are named by the first words that
 * carry meaning ("Het vergroten van het woonperspectief voor starters" ->
 * "vergroten-woonperspectief-starters"); jaarafspraken by their theme and row
 * number, as the bundled example does ("bes-07").
 */
const stopwords = new Set(
  (
    'de het een en of van voor in op te met aan bij door naar om tot over uit als dat die dit deze wij we ze zij hij het is zijn ' +
    'wordt worden er ook nog niet geen hun haar onze ons hebben heeft gaan gaat kan kunnen zich ieder iedere elk elke alle ' +
    'waar wat wie hoe dan daar hier meer zo zoals per via binnen tussen onder tegen na sinds vanuit waarbij waarin waarmee ' +
    'mogelijk goed goede zal zullen moet moeten wil willen worden werd welke welk'
  ).split(' '),
);

/** Lowercase ASCII words of a text, accents removed. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<\/?u>|\]\([^)]*\)/g, ' ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** "gemeente Harderwijk" -> "gemeente-harderwijk". */
export function slug(text: string): string {
  return words(text).join('-');
}

/** An id from the first meaningful words of a text, at most `max` words and 40 characters. */
export function textId(text: string, max = 3, fallback = 'tekst'): string {
  const all = words(text);
  const meaningful = all.filter((w) => !stopwords.has(w) && !/^\d+$/.test(w));
  const chosen = (meaningful.length ? meaningful : all).slice(0, max);
  let id = '';
  for (const w of chosen) {
    const next = id ? `${id}-${w}` : w;
    if (next.length > 40 && id) break;
    id = next.slice(0, 40);
  }
  return id.replace(/-+$/, '') || fallback;
}

/** Hands out ids, making each unique within its namespace ("x", "x-2", "x-3"). */
export class IdSpace {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  /** The id itself if it is still free. */
  tryTake(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
