import type { Section } from '../document/types.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';

export async function coverageAnnex(_loaded: LoadedJaarschijf, _templates?: string): Promise<Section[]> {
  throw new Error('not implemented');
}
