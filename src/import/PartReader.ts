/**
 * Reads the body content of one package part (the document, a header, a
 * footnote) into the intermediate form: paragraphs with their style, outline
 * level and list, runs with their marks (direct or from a character style),
 * hyperlinks through the part's relationships and HYPERLINK fields, tables
 * with their grid spans and merges, content controls, text boxes, and tracked
 * changes read as accepted.
 */
import type { Mark } from '../model/richtext.js';
import type { DocBlock, DocCell, DocInline, DocParagraph, DocRow, DocTable } from './docxTypes.js';
import { headingLevelByName, isSubtitleStyle, isTitleStyle, isTocStyle, runMarks, type Numbering, type Styles } from './docxStyles.js';
import type { Relationship } from './openPackage.js';
import { attr, child, childrenOf, findAll, findFirst, isOn, tagOf, textContent, type XmlNode } from './xml.js';

/** The paragraphs of blocks, tables read row by row, cell by cell (for headers, footers and notes). */
export function flatten(blocks: readonly DocBlock[]): DocParagraph[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => flatten(c.blocks)))));
}

interface RunState {
  marks: Partial<Record<Mark, boolean>>;
  href?: string;
}

/** Bullets, check marks and boxes of the symbol fonts (w:sym, at F000-F0FF) as Unicode characters. */
const symbolCharacters: Record<string, Record<number, number>> = {
  symbol: { 0xb7: 0x2022 },
  wingdings: { 0x6c: 0x25cf, 0x6e: 0x25a0, 0xa7: 0x25aa, 0xd8: 0x27a2, 0xfb: 0x2718, 0xfc: 0x2714, 0xfd: 0x2612, 0xfe: 0x2611 },
};

/** Reads one part's body content; hyperlinks resolve against that part's relationships. */
export class PartReader {
  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly rels: Map<string, Relationship>,
    private readonly state: { tables: number; trackedChanges: number },
  ) {}

  blocks(nodes: readonly XmlNode[]): DocBlock[] {
    const out: DocBlock[] = [];
    for (const node of nodes) {
      switch (tagOf(node)) {
        case 'w:p':
          out.push(this.paragraph(node));
          break;
        case 'w:tbl':
          out.push(this.table(node));
          break;
        case 'w:sdt':
          out.push(...this.blocks(childrenOf(child(node, 'w:sdtContent') ?? {})));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          if (tagOf(node) !== 'w:customXml') this.state.trackedChanges++;
          out.push(...this.blocks(childrenOf(node)));
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.state.trackedChanges++;
          break;
        case 'w:altChunk':
          out.push(emptyParagraph(['een ingevoegd document (altChunk)']));
          break;
        default:
          break;
      }
    }
    return out;
  }

  private table(node: XmlNode): DocTable {
    const number = ++this.state.tables;
    const rows: DocRow[] = [];
    for (const tr of this.rowsOf(node)) {
      const trPr = child(tr, 'w:trPr');
      let column = Number(attr(child(trPr, 'w:gridBefore'), 'w:val') ?? 0) || 0;
      const cells: DocCell[] = [];
      for (const tc of this.cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1);
        const vMergeNode = child(tcPr, 'w:vMerge');
        const hMerge = attr(child(tcPr, 'w:hMerge'), 'w:val');
        const blocks = this.blocks(childrenOf(tc).filter((c) => tagOf(c) !== 'w:tcPr'));
        const last = cells.at(-1);
        // The old horizontal merge: a continuing cell widens the one before it.
        if (child(tcPr, 'w:hMerge') && hMerge !== 'restart' && last) {
          cells[cells.length - 1] = { ...last, gridSpan: last.gridSpan + span, blocks: [...last.blocks, ...blocks] };
          column += span;
          continue;
        }
        const vMerge = vMergeNode ? (attr(vMergeNode, 'w:val') === 'restart' ? 'restart' : 'continue') : undefined;
        cells.push({ gridColumn: column, gridSpan: span, ...(vMerge ? { vMerge } : {}), blocks });
        column += span;
      }
      rows.push({ header: isOn(child(trPr, 'w:tblHeader')) === true, cells });
    }
    return { type: 'table', number, rows };
  }

  /** Rows, also where content controls or custom XML wrap them. */
  private rowsOf(node: XmlNode): XmlNode[] {
    return childrenOf(node).flatMap((c) => {
      const tag = tagOf(c);
      if (tag === 'w:tr') return [c];
      if (tag === 'w:sdt') return this.rowsOf(child(c, 'w:sdtContent') ?? {});
      if (tag === 'w:customXml' || tag === 'w:ins') return this.rowsOf(c);
      return [];
    });
  }

  private cellsOf(tr: XmlNode): XmlNode[] {
    return childrenOf(tr).flatMap((c) => {
      const tag = tagOf(c);
      if (tag === 'w:tc') return [c];
      if (tag === 'w:sdt') return this.cellsOf(child(c, 'w:sdtContent') ?? {});
      if (tag === 'w:customXml') return this.cellsOf(c);
      return [];
    });
  }

  private paragraph(node: XmlNode): DocParagraph {
    const pPr = child(node, 'w:pPr');
    const style = this.styles.get(attr(child(pPr, 'w:pStyle'), 'w:val'));
    const name = style?.name;
    const outline = attr(child(pPr, 'w:outlineLvl'), 'w:val');
    const outlineLevel = outline !== undefined && /^\d+$/.test(outline) ? Number(outline) : style?.outlineLevel;
    const headingLevel = outlineLevel !== undefined && outlineLevel < 9 ? outlineLevel + 1 : name ? headingLevelByName(name) : undefined;

    const numPr = child(pPr, 'w:numPr');
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? style?.numbering?.numId;
    const ilvl = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? style?.numbering?.ilvl ?? 0) || 0;
    const list = numId !== undefined && headingLevel === undefined ? this.numbering.list(numId, ilvl) : undefined;

    const content: Content = { inlines: [], images: [], textBoxes: [], issues: [] };
    this.inlines(childrenOf(node).filter((c) => tagOf(c) !== 'w:pPr'), { marks: {} }, content, { field: undefined });
    return {
      type: 'paragraph',
      ...(name ? { style: name } : {}),
      ...(headingLevel !== undefined ? { headingLevel } : {}),
      title: name !== undefined && isTitleStyle(name),
      subtitle: name !== undefined && isSubtitleStyle(name),
      toc: name !== undefined && isTocStyle(name),
      ...(list ? { list } : {}),
      inlines: content.inlines,
      images: content.images,
      textBoxes: content.textBoxes,
      issues: content.issues,
    };
  }

  /** Runs and what holds them (hyperlinks, fields, content controls, tracked insertions). */
  private inlines(nodes: readonly XmlNode[], run: RunState, out: Content, fields: FieldState): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      switch (tag) {
        case 'w:r':
          this.run(node, run, out, fields);
          break;
        case 'w:hyperlink': {
          const id = attr(node, 'r:id');
          const target = id ? this.rels.get(id) : undefined;
          this.inlines(childrenOf(node), target?.external ? { ...run, href: target.target } : run, out, fields);
          break;
        }
        case 'w:fldSimple': {
          const href = hyperlinkTarget(attr(node, 'w:instr') ?? '');
          this.inlines(childrenOf(node), href ? { ...run, href } : run, out, fields);
          break;
        }
        case 'w:ins':
        case 'w:moveTo':
          this.state.trackedChanges++;
          this.inlines(childrenOf(node), run, out, fields);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.state.trackedChanges++;
          break;
        case 'w:sdt':
          this.inlines(childrenOf(child(node, 'w:sdtContent') ?? {}), run, out, fields);
          break;
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inlines(childrenOf(node), run, out, fields);
          break;
        case 'm:oMath':
        case 'm:oMathPara':
          out.issues.push(`een formule (${findAll([node], 'm:t').map(textContent).join('')})`);
          break;
        case 'mc:AlternateContent':
          this.inlines(childrenOf(child(node, 'mc:Choice') ?? child(node, 'mc:Fallback') ?? {}), run, out, fields);
          break;
        default:
          break;
      }
    }
  }

  private run(node: XmlNode, outer: RunState, out: Content, fields: FieldState): void {
    const rPr = child(node, 'w:rPr');
    const charStyle = this.styles.get(attr(child(rPr, 'w:rStyle'), 'w:val'));
    const marks = { ...outer.marks, ...charStyle?.marks, ...runMarks(rPr) };
    const hidden = isOn(child(rPr, 'w:vanish')) === true;
    const active: Mark[] = (['bold', 'italic', 'underline'] as const).filter((m) => marks[m]);
    const href = outer.href ?? fields.href;
    const push = (text: string) => {
      if (!text) return;
      if (hidden) {
        out.issues.push(`verborgen tekst "${text.trim()}"`);
        return;
      }
      if (fields.field === 'instruction') return;
      out.inlines.push(href ? { type: 'text', text, marks: active, href } : { type: 'text', text, marks: active });
    };
    for (const c of childrenOf(node)) {
      switch (tagOf(c)) {
        case 'w:t':
          push(textContent(c));
          break;
        case 'w:tab':
        case 'w:ptab':
          push('\t');
          break;
        case 'w:br': {
          const type = attr(c, 'w:type');
          if (type === 'page' || type === 'column') break;
          if (fields.field !== 'instruction' && !hidden) out.inlines.push({ type: 'break' });
          break;
        }
        case 'w:cr':
          if (fields.field !== 'instruction' && !hidden) out.inlines.push({ type: 'break' });
          break;
        case 'w:noBreakHyphen':
          push('-');
          break;
        case 'w:sym': {
          const code = parseInt(attr(c, 'w:char') ?? '', 16);
          // A symbol font's character is no letter of its own: the common ones become theirs in Unicode; another is kept as it is, so that dropUndrawable names it.
          const own = symbolCharacters[(attr(c, 'w:font') ?? '').toLowerCase()]?.[code & 0xff];
          if (code >= 0xf000 && code <= 0xf0ff && own) push(String.fromCodePoint(own));
          else if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) push(String.fromCodePoint(code));
          break;
        }
        case 'w:fldChar': {
          const type = attr(c, 'w:fldCharType');
          if (type === 'begin') {
            fields.field = 'instruction';
            fields.instruction = '';
          } else if (type === 'separate') {
            fields.field = 'result';
            fields.href = hyperlinkTarget(fields.instruction ?? '');
          } else if (type === 'end') {
            fields.field = undefined;
            fields.href = undefined;
          }
          break;
        }
        case 'w:instrText':
          fields.instruction = (fields.instruction ?? '') + textContent(c);
          break;
        case 'w:drawing':
          this.drawing(c, out);
          break;
        case 'w:pict':
        case 'w:object':
          this.picture(c, out);
          break;
        case 'mc:AlternateContent': {
          const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
          for (const inner of childrenOf(choice ?? {})) {
            if (tagOf(inner) === 'w:drawing') this.drawing(inner, out);
            else if (tagOf(inner) === 'w:pict') this.picture(inner, out);
          }
          break;
        }
        default:
          break;
      }
    }
  }

  private drawing(node: XmlNode, out: Content): void {
    const docPr = findFirst([node], 'wp:docPr');
    const boxes = findAll([node], 'w:txbxContent');
    for (const box of boxes) out.textBoxes.push(...flatten(this.blocks(childrenOf(box))));
    if (!boxes.length) out.images.push(attr(docPr, 'descr') || attr(docPr, 'title') || attr(docPr, 'name') || '');
  }

  private picture(node: XmlNode, out: Content): void {
    const boxes = findAll([node], 'w:txbxContent');
    for (const box of boxes) out.textBoxes.push(...flatten(this.blocks(childrenOf(box))));
    if (tagOf(node) === 'w:object') out.issues.push('een ingesloten object');
    else if (!boxes.length) {
      const shape = findFirst([node], 'v:shape') ?? findFirst([node], 'v:rect');
      // A VML shape with text on a path is a watermark ("CONCEPT"): keep its words for recognition.
      const path = findFirst([node], 'v:textpath');
      if (path) out.textBoxes.push(emptyParagraph([], attr(path, 'string') ?? ''));
      else out.images.push(attr(shape, 'alt') ?? attr(shape, 'o:title') ?? '');
    }
  }
}

interface Content {
  inlines: DocInline[];
  images: string[];
  textBoxes: DocParagraph[];
  issues: string[];
}

/** A complex field in progress: its instruction is not text; a HYPERLINK field's result is a link. */
interface FieldState {
  field: 'instruction' | 'result' | undefined;
  instruction?: string;
  href?: string | undefined;
}

function hyperlinkTarget(instruction: string): string | undefined {
  const m = /^\s*HYPERLINK\s+(?:"([^"]+)"|(\S+))/i.exec(instruction);
  if (!m) return undefined;
  if (/\\l\b/.test(instruction)) return undefined;
  return m[1] ?? m[2];
}

function emptyParagraph(issues: string[], text = ''): DocParagraph {
  return {
    type: 'paragraph',
    title: false,
    subtitle: false,
    toc: false,
    inlines: text ? [{ type: 'text', text, marks: [] }] : [],
    images: [],
    textBoxes: [],
    issues,
  };
}
