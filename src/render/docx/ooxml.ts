/**
 * WordprocessingML for the agreements tables, written here rather than by
 * docx: docx makes a class instance for every element and walks them all,
 * twice, to write the XML, which for a long table is most of a Word render's
 * time and memory.
 *
 * A table is built in docx's own object form (`{ "w:tc": [{ _attr }, ...children] }`),
 * so what needs docx's bookkeeping (links and their relationships, list
 * numbering, tracked-change runs) can stay docx components inside it. A table
 * with none of those is written to XML here, with docx's escaping, and spliced
 * into the body after docx has written the rest (LiteralBlock, spliceTables);
 * a table with them is handed to docx's serializer as it is.
 */
import { escapeXml } from '../escapeXml.js';
import { FileChild, isXmlComponent, type BaseXmlComponent, type IContext, type IXmlableObject } from 'docx';

export type Xml = IXmlableObject;
type Attributes = Record<string, string | number>;

/** An element, in the shape docx gives its own: `{ name: {} }` (or only attributes) when it has no children. */
export function el(name: string, attributes?: Attributes, children: readonly (Xml | string)[] = []): Xml {
  if (!children.length) return { [name]: attributes ? { _attr: attributes } : {} };
  return { [name]: attributes ? [{ _attr: attributes }, ...children] : children };
}

/**
 * An element that is the same wherever it appears (a row's properties, a
 * column's cell properties), made once per process and written once.
 */
export function shared(key: string, make: () => Xml): Xml {
  let xml = sharedElements.get(key);
  if (!xml) {
    if (sharedElements.size >= 1000) sharedElements.clear();
    sharedElements.set(key, (xml = make()));
    sharedXml.set(xml, writeXml(xml));
  }
  return xml;
}

const sharedElements = new Map<string, Xml>();
const sharedXml = new WeakMap<Xml, string>();

/** Content that is either written here or a docx component (serialized when the document is). */
export type XmlOrComponent = Xml | BaseXmlComponent;

const SPLICE = 'jaarschijf:splice';

/**
 * A table (or another block-level element, such as the table of contents'
 * content control) of the body. `spliced` collects the XML of the blocks
 * written here, for spliceTables.
 */
export class LiteralBlock extends FileChild {
  constructor(
    private readonly build: (resolve: (items: readonly XmlOrComponent[]) => Xml[]) => Xml,
    private readonly spliced: string[],
    element = 'w:tbl',
  ) {
    super(element);
  }

  override prepForXml(context: IContext): Xml {
    let components = 0;
    const xml = this.build((items) =>
      items.flatMap((item) => {
        if (!isXmlComponent(item)) return [item];
        components++;
        const prepared = item.prepForXml(context);
        return prepared === undefined ? [] : [prepared];
      }),
    );
    if (components) return xml;
    this.spliced.push(writeXml(xml));
    return el(SPLICE, { n: this.spliced.length - 1 });
  }
}

/** Put the tables written here in the places docx left for them in word/document.xml. */
export function spliceTables(documentXml: string, spliced: readonly string[]): string {
  const open = `<${SPLICE} n="`;
  let out = '';
  let from = 0;
  for (let at = documentXml.indexOf(open); at >= 0; at = documentXml.indexOf(open, from)) {
    const end = documentXml.indexOf('"/>', at);
    out += documentXml.slice(from, at) + spliced[Number(documentXml.slice(at + open.length, end))]!;
    from = end + 3;
  }
  return out + documentXml.slice(from);
}

/** The XML of an element in docx's object form, byte for byte as docx's serializer writes it. */
function writeXml(node: Xml): string {
  const known = sharedXml.get(node);
  if (known !== undefined) return known;
  const name = Object.keys(node)[0]!;
  const value = node[name] as Xml | readonly (Xml | string)[];
  if (!Array.isArray(value)) return `<${name}${attributes((value as { _attr?: Attributes })._attr)}/>`;
  let attrs = '';
  let inner = '';
  for (const child of value as readonly (Xml | string)[]) {
    if (typeof child === 'string') inner += escapeXml(child);
    else if (Object.keys(child)[0] === '_attr') attrs += attributes(child._attr as Attributes);
    else inner += writeXml(child);
  }
  return `<${name}${attrs}>${inner}</${name}>`;
}

function attributes(attrs: Attributes | undefined): string {
  let out = '';
  if (attrs) for (const key in attrs) out += ` ${key}="${escapeXml(String(attrs[key]))}"`;
  return out;
}

