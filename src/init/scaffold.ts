/**
 * The files of a new gemeente folder (`jaarschijf init`): the raamovereenkomst
 * with its parties and one theme as a worked example, a draft jaarschijf,
 * placeholder logos and the editor's tsconfig.json. The sources are written by
 * printSource, so whatever the gemeente is called they load as written.
 */
import { editorConfig } from './editorConfig.js';
import type { GemeenteName } from './gemeenteName.js';
import { jaarschijfSource } from './jaarschijfSource.js';
import { placeholderLogo } from './placeholderLogo.js';
import { raamovereenkomstSource } from './raamovereenkomstSource.js';
import { scaffoldParties } from './scaffoldParties.js';

export interface ScaffoldFile {
  /** Relative to the gemeente folder, with forward slashes. */
  path: string;
  content: string;
  /** One Dutch line for the list `init` prints. */
  description: string;
}

export interface ScaffoldOptions {
  gemeente: GemeenteName;
  year: number;
  /** Inside the jaarschijf repository: the repository's tsconfig.json, relative to the new folder. */
  repositoryConfig?: string;
}

/** A raamovereenkomst runs five years from the first jaarschijf; the writer adjusts the period. */
const periodYears = 5;

export function scaffold({ gemeente, year, repositoryConfig }: ScaffoldOptions): ScaffoldFile[] {
  const parties = scaffoldParties(gemeente);
  const period = { from: year, to: year + periodYears - 1 };
  return [
    { path: 'raamovereenkomst.ts', content: raamovereenkomstSource(gemeente, period, parties), description: `raamovereenkomst ${period.from}-${period.to}: partijen en één voorbeeldthema` },
    { path: `${year}.ts`, content: jaarschijfSource(gemeente, year, parties), description: `jaarschijf ${year}: een concept (zonder ondertekening)` },
    ...parties.map((p) => ({ path: p.logo, content: placeholderLogo(p.shortName, p.color), description: `voorlopig logo van ${p.shortName}` })),
    { path: 'tsconfig.json', content: editorConfig(repositoryConfig), description: 'voor de editor: fouten onderstrepen, ids aanvullen' },
  ];
}
