/**
 * WordprocessingML elements in the form docx's serializer writes (the `xml`
 * package's objects: `{ "w:tc": [{ _attr: {...} }, ...children] }`), for the
 * agreements tables. docx makes a class instance for every element and walks
 * them all to reach this same form: for a long table that is most of a Word
 * render's time and memory. The tables are built in this form directly, so
 * docx only escapes, writes and packages them; what needs docx's bookkeeping
 * (links and their relationships, list numbering, tracked-change runs) is
 * still made by docx, as components inside the table (see LiteralBlock).
 */
import { FileChild, isXmlComponent, type BaseXmlComponent, type IContext, type IXmlableObject } from 'docx';

export type Xml = IXmlableObject;
type Attributes = Record<string, string | number>;

/** An element, written exactly as docx writes its own: `<name attrs/>` when it has no children. */
export function el(name: string, attributes?: Attributes, children: readonly (Xml | string)[] = []): Xml {
  if (!children.length) return { [name]: attributes ? { _attr: attributes } : {} };
  return { [name]: attributes ? [{ _attr: attributes }, ...children] : children };
}

/** Content that is either written here or a docx component (serialized when the document is). */
export type XmlOrComponent = Xml | BaseXmlComponent;

/** A block of the body (a table) given in this form; docx components inside are serialized in place. */
export class LiteralBlock extends FileChild {
  constructor(private readonly build: (resolve: (items: readonly XmlOrComponent[]) => Xml[]) => Xml) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): Xml {
    return this.build((items) =>
      items.flatMap((item) => {
        if (!isXmlComponent(item)) return [item];
        const xml = item.prepForXml(context);
        return xml === undefined ? [] : [xml];
      }),
    );
  }
}
