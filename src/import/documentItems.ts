/** The document's top-level blocks, each with where a reader finds it ("alinea 12", "tabel 3"). */
import { paragraphWhere } from './warnings.js';
import type { DocBlock } from './docxTypes.js';

/** A top-level block with where it is. */
export interface Item {
  block: DocBlock;
  where: string;
}

/** Top-level blocks numbered as a reader finds them: "alinea 12", "tabel 3". */
export function locate(body: readonly DocBlock[]): Item[] {
  let paragraph = 0;
  return body.map((block) => ({ block, where: block.type === 'table' ? `tabel ${block.number}` : paragraphWhere(++paragraph) }));
}
