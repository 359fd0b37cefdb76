/**
 * The year `jaarschijf init` starts with when no --year is given: the coming
 * year. Prestatieafspraken for a year are made during the year before (the
 * corporations' bod by 1 July, the signing by 15 December), so that is the
 * jaarschijf a new gemeente writes first.
 */
export function defaultYear(today: Date = new Date()): number {
  return today.getFullYear() + 1;
}
