/**
 * "Zie productieafspraken.": a jaarafspraak that only points to another theme
 * of the jaarschijf. It counts as covering its kaderafspraak (the parties put
 * the work in that other theme), but the coverage report says it is a reference.
 */
export interface ThemeName {
  id: string;
  /** The title the document shows ("productieafspraken", "Duurzaamheid en kwaliteit"). */
  title: string;
  /** Position in the jaarschijf (1-based): "thema 7". */
  number?: number;
}

/**
 * The id of the theme a whole text refers to ("Zie productieafspraken.", "Zie thema 7.",
 * "zie het thema Samenwerking"), or undefined. Case and spacing do not matter;
 * a reference to the agreement's own theme, or to something that is not a theme, is none.
 */
export function crossReference(text: string, themes: readonly ThemeName[], ownTheme: string): string | undefined {
  const match = /^zie\s+(.+?)\s*\.?$/i.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const said = fold(match[1]!);
  // "het thema 7", "thema Samenwerking": the words around the name are optional.
  const names = new Set([said, said.replace(/^(het |de )?(thema )?/, '')]);
  const found = themes.find((t) => names.has(fold(t.title)) || names.has(t.id) || (t.number !== undefined && names.has(String(t.number))));
  return found && found.id !== ownTheme ? found.id : undefined;
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
