/**
 * A node of the PDF structure tree (P, L, LI, Lbl, LBody, Link, ...), made by
 * line layout before any page exists. The drawer creates the real structure
 * element the first time content of the node is drawn, so elements appear in
 * the tree in reading order even when a cell is drawn over several pages.
 */
import type { Pdf, StructElement } from './pdfkitInternals.js';

export class TagNode {
  element: StructElement | undefined;

  constructor(
    readonly type: string,
    /** Undefined: a child of whatever root the lines are drawn into (a TD, a section). */
    readonly parent?: TagNode,
  ) {}

  /** The structure element, created (and attached under its parent or the root) on first use. */
  resolve(doc: Pdf, root: StructElement): StructElement {
    if (!this.element) {
      this.element = doc.struct(this.type);
      (this.parent ? this.parent.resolve(doc, root) : root).add(this.element);
    }
    return this.element;
  }
}
