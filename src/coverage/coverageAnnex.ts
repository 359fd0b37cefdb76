import type { Section } from '../document/types.js';
import { loadWording } from '../document/wording.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { computeCoverage } from './computeCoverage.js';
import { coverageSections } from './coverageSections.js';

/** The coverage as an annex after the signature page (`render --annex coverage`): row numbers, no ids. */
export async function coverageAnnex(loaded: LoadedJaarschijf, templates?: string): Promise<Section[]> {
  const w = loadWording(templates);
  return coverageSections(computeCoverage(loaded), w, { heading: w.text('coverage.annexHeading'), rich: loaded.rich });
}
