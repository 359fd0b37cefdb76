/**
 * The package's XML parts, parsed in document order with fast-xml-parser
 * (the parser the project already uses). WordprocessingML may be bound to
 * another prefix than `w:` (or be Strict OOXML); element and attribute names
 * are brought to the usual prefixes so the reader needs to know only those.
 */
import { XMLParser } from 'fast-xml-parser';

/** An element: `{ 'w:p': [...children], ':@': { attributes } }`, or `{ '#text': '...' }`. */
export type XmlNode = Record<string, unknown>;

const namespaces: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

/** XML that is not well-formed; the position where the parser stopped, when it says. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    /** Entity declarations: refused before parsing (no Word document has them; they can expand without end). */
    readonly entities = false,
  ) {
    super(message);
  }
}

/** Parse one part. Throws XmlError for XML that is not well-formed or declares entities. */
export function parseXml(text: string): XmlNode[] {
  if (/<!ENTITY/i.test(text)) throw new XmlError('the XML declares entities, which no Word document does', undefined, undefined, true);
  const rename = prefixMap(text);
  const map = (name: string): string => {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const to = rename.get(name.slice(0, colon));
    return to ? `${to}${name.slice(colon)}` : name;
  };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    ...(rename.size ? { transformTagName: map, transformAttributeName: map } : {}),
  });
  try {
    return parser.parse(text, true) as XmlNode[];
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    const at = /:(\d+):(\d+)\)?\s*$/.exec(message);
    throw at ? new XmlError(message, Number(at[1]), Number(at[2])) : new XmlError(message);
  }
}

/** Prefixes bound to the known namespaces under another name than usual. */
function prefixMap(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(\s[^>]*)?>/.exec(text.replace(/^<\?xml[^>]*\?>/, ''))?.[2] ?? '';
  for (const m of root.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    const usual = namespaces[m[2]!];
    if (usual && m[1] !== usual) out.set(m[1]!, usual);
  }
  return out;
}

export function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const attrs = node?.[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}

/** The first direct child with the tag. */
export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
}

export function childrenNamed(node: XmlNode | undefined, tag: string): XmlNode[] {
  return node ? childrenOf(node).filter((c) => tagOf(c) === tag) : [];
}

/** Every element with the tag, depth first, not looking inside matches. */
export function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (tagOf(node) === tag) found.push(node);
      else walk(childrenOf(node));
    }
  };
  walk(nodes);
  return found;
}

/** The first element with the tag anywhere below. */
export function findFirst(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = findFirst(childrenOf(node), tag);
    if (inner) return inner;
  }
  return undefined;
}

/** Text of the #text children (for simple elements such as dc:title). */
export function textContent(node: XmlNode | undefined): string {
  if (!node) return '';
  if (tagOf(node) === '#text') return String(node['#text']);
  return childrenOf(node).map(textContent).join('');
}

/** An on/off property (w:b, w:i, w:vanish): present without w:val, or with a true value. */
export function isOn(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const value = attr(node, 'w:val');
  return value === undefined || !/^(false|0|off|none)$/i.test(value);
}
