/** A name as a file-name part or id: lowercase letters, digits and hyphens ("Súdwest-Fryslân" -> "sudwest-fryslan"). */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

