/**
 * The document `render` makes of a loaded jaarschijf: with the wording of
 * `--templates` and, for `--annex coverage`, the coverage as annex. One place
 * for a single render and for each document of a batch.
 */
import { join } from 'node:path';
import { buildJaarschijfDocument } from '../document/buildJaarschijfDocument.js';
import type { DocumentModel } from '../document/types.js';
import type { LoadedJaarschijf } from '../sources/loadJaarschijf.js';
import { alignYears } from '../years/alignYears.js';
import type { DocumentFormat } from './renderers.js';

export interface RenderOptions {
  templates?: string;
  annex?: 'coverage';
}

export async function documentWithAnnex(loaded: LoadedJaarschijf, options: RenderOptions): Promise<DocumentModel> {
  // The years lined up once, for the document and its coverage annex.
  const aligned = alignYears(loaded, loaded.previous);
  const annex = options.annex === 'coverage' ? (await import('../coverage/coverageAnnex.js')).coverageAnnex(loaded, aligned, options.templates) : undefined;
  return buildJaarschijfDocument(loaded, { aligned, ...(options.templates ? { templates: options.templates } : {}), ...(annex ? { annex } : {}) });
}

/** `<dir>/<gemeente>-<year>.<format>` for each format. */
export function outputTargets(outDir: string, fileName: string, formats: readonly DocumentFormat[]): Map<DocumentFormat, string> {
  return new Map(formats.map((format) => [format, join(outDir, `${fileName}.${format}`)]));
}
