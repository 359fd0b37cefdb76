/** The year `jaarschijf init` starts with when no --year is given: a constant, not the clock, so the same command writes the same files. */
export const defaultYear = 2026;
