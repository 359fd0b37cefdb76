/**
 * What the reader needs from styles.xml and numbering.xml: which paragraph
 * styles are headings (by outline level or by name), titles, tables of
 * contents or list styles, which character styles make text bold, italic or
 * underlined, and which lists are numbered rather than bulleted.
 */
import type { Mark } from '../model/richtext.js';
import { attr, child, childrenNamed, findAll, isOn, type XmlNode } from './xml.js';

export interface StyleInfo {
  name: string;
  /** 0-based outline level (0 = heading 1); 9 and absent mean body text. */
  outlineLevel?: number;
  numbering?: { numId: string; ilvl: number };
  /** On/off character properties the style sets (for character styles). */
  marks: Partial<Record<Mark, boolean>>;
}

interface RawStyle {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: { numId?: string; ilvl?: number };
  marks: Partial<Record<Mark, boolean>>;
}

export class Styles {
  private readonly raw = new Map<string, RawStyle>();
  private readonly resolved = new Map<string, StyleInfo>();

  constructor(xml: readonly XmlNode[] | undefined) {
    for (const style of findAll(xml ?? [], 'w:style')) {
      const id = attr(style, 'w:styleId');
      if (!id) continue;
      const pPr = child(style, 'w:pPr');
      const outline = attr(child(pPr, 'w:outlineLvl'), 'w:val');
      const numPr = child(pPr, 'w:numPr');
      const numId = attr(child(numPr, 'w:numId'), 'w:val');
      const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
      this.raw.set(id, {
        name: attr(child(style, 'w:name'), 'w:val') ?? id,
        ...(attr(child(style, 'w:basedOn'), 'w:val') ? { basedOn: attr(child(style, 'w:basedOn'), 'w:val')! } : {}),
        ...(outline !== undefined && /^\d+$/.test(outline) ? { outlineLevel: Number(outline) } : {}),
        ...(numPr ? { numbering: { ...(numId ? { numId } : {}), ...(ilvl ? { ilvl: Number(ilvl) } : {}) } } : {}),
        marks: runMarks(child(style, 'w:rPr')),
      });
    }
  }

  /** A style with what it inherits (basedOn), or undefined for an unknown id. */
  get(id: string | undefined): StyleInfo | undefined {
    if (!id) return undefined;
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const chain: RawStyle[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && !seen.has(at); at = this.raw.get(at)?.basedOn) {
      seen.add(at);
      const raw = this.raw.get(at);
      if (raw) chain.push(raw);
    }
    if (!chain.length) return undefined;
    const info: StyleInfo = { name: chain[0]!.name, marks: {} };
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const raw of chain.reverse()) {
      if (raw.outlineLevel !== undefined) info.outlineLevel = raw.outlineLevel;
      if (raw.numbering?.numId !== undefined) numId = raw.numbering.numId;
      if (raw.numbering?.ilvl !== undefined) ilvl = raw.numbering.ilvl;
      Object.assign(info.marks, raw.marks);
    }
    if (numId !== undefined) info.numbering = { numId, ilvl: ilvl ?? 0 };
    this.resolved.set(id, info);
    return info;
  }
}

/** Bold, italic and underline as a run's (or style's) properties set them; absent keys are not set. */
export function runMarks(rPr: XmlNode | undefined): Partial<Record<Mark, boolean>> {
  const out: Partial<Record<Mark, boolean>> = {};
  const b = isOn(child(rPr, 'w:b'));
  const i = isOn(child(rPr, 'w:i'));
  const u = isOn(child(rPr, 'w:u'));
  if (b !== undefined) out.bold = b;
  if (i !== undefined) out.italic = i;
  if (u !== undefined) out.underline = u;
  return out;
}

/** Heading level (1-based) of a style by its name, for documents whose styles carry no outline level. */
export function headingLevelByName(name: string): number | undefined {
  const m = /^(?:heading|kop)\s*(\d)$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

export function isTitleStyle(name: string): boolean {
  return /^(title|titel)$/i.test(name.trim());
}

export function isSubtitleStyle(name: string): boolean {
  return /^(subtitle|ondertitel)$/i.test(name.trim());
}

export function isTocStyle(name: string): boolean {
  return /^(toc\s*\d|inhopg\s*\d|toc heading|kop van inhoudsopgave)$/i.test(name.trim());
}

/** numbering.xml: whether a list (numId, level) is numbered ("1.", "a)") or bulleted. */
export class Numbering {
  private readonly formats = new Map<string, Map<number, string>>();
  private readonly nums = new Map<string, string>();

  constructor(xml: readonly XmlNode[] | undefined) {
    for (const abstract of findAll(xml ?? [], 'w:abstractNum')) {
      const id = attr(abstract, 'w:abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, string>();
      for (const lvl of childrenNamed(abstract, 'w:lvl')) {
        levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal');
      }
      this.formats.set(id, levels);
    }
    for (const num of findAll(xml ?? [], 'w:num')) {
      const id = attr(num, 'w:numId');
      const abstract = attr(child(num, 'w:abstractNumId'), 'w:val');
      if (id !== undefined && abstract !== undefined) this.nums.set(id, abstract);
    }
  }

  /** undefined when numId 0 (numbering switched off) or not defined: not a list. */
  list(numId: string, ilvl: number): { level: number; ordered: boolean } | undefined {
    if (numId === '0') return undefined;
    const abstract = this.nums.get(numId);
    const format = abstract === undefined ? undefined : this.formats.get(abstract)?.get(ilvl);
    if (abstract === undefined) return undefined;
    return { level: ilvl, ordered: format !== undefined && format !== 'bullet' && format !== 'none' };
  }
}
