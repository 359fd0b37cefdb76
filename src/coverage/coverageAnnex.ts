import type { Section } from '../document/types.js';
import { loadWording } from '../document/wording.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import type { AlignedYears } from '../years/alignYears.js';
import { computeCoverage } from './computeCoverage.js';
import { coverageSections } from './coverageSections.js';

/** The coverage as an annex after the signature page (`render --annex coverage`): row numbers as the document shows them, no ids. */
export function coverageAnnex(loaded: LoadedJaarschijf, aligned: AlignedYears, templates?: string): Section[] {
  const w = loadWording(templates);
  return coverageSections(computeCoverage(loaded, aligned), w, { heading: w.text('coverage.annexHeading'), rich: loaded.rich });
}
