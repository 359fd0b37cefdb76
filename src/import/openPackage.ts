/**
 * A .docx is a zip of XML parts (fflate reads it). Whatever else a user may
 * hand the importer is recognised and named: an encrypted Word document and a
 * Word 97-2003 .doc are compound files (read with cfb), and PDF, RTF, Excel
 * and PowerPoint files each get a message that says what to do instead.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XmlError, attr, findAll, parseXml, type XmlNode } from './xml.js';

/** A document the importer cannot read; the message is for the user (Dutch). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface DocxPackage {
  /** Name of the main document part, normally word/document.xml. */
  main: string;
  /** Text of a part, or undefined when the package has no such part. */
  text(name: string): string | undefined;
  /** Parsed XML of a part; an ImportError names the part when it is not well-formed. */
  xml(name: string): XmlNode[] | undefined;
  /** Relationships of a part: id -> { type (last segment), target (part name or URL), external }. */
  relationships(part: string): Map<string, Relationship>;
}

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** Parts larger than this (unpacked) are refused: no prestatieafspraken document comes near it. */
const maxPartSize = 256 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openPackage(bytes: Uint8Array): Promise<DocxPackage> {
  if (startsWith(bytes, CFB_MAGIC)) throw await compoundFileError(bytes);
  const head = strFromU8(bytes.subarray(0, 8), true);
  if (head.startsWith('%PDF')) throw new ImportError('dit is een PDF-bestand, geen Word-document; importeer het Word-bestand (.docx) waaruit de PDF is gemaakt');
  if (head.startsWith('{\\rtf')) throw new ImportError('dit is een RTF-bestand, geen .docx; open het in Word of LibreOffice en sla het op als Word-document (.docx)');
  if (!head.startsWith('PK')) throw new ImportError('geen Word-document (.docx): het bestand is geen zip-archief');

  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (file.originalSize > maxPartSize) throw new ImportError(`het onderdeel ${file.name} is groter dan ${maxPartSize / 1024 / 1024} MB uitgepakt; dit is geen gewoon Word-document`);
        return /\.(xml|rels)$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('het zip-archief is beschadigd of onvolledig; sla het document opnieuw op in Word');
  }

  const text = (name: string): string | undefined => {
    const part = files[name];
    return part ? strFromU8(part) : undefined;
  };
  const parsed = new Map<string, XmlNode[] | undefined>();
  const xml = (name: string): XmlNode[] | undefined => {
    if (parsed.has(name)) return parsed.get(name);
    const source = text(name);
    let value: XmlNode[] | undefined;
    try {
      value = source === undefined ? undefined : parseXml(source);
    } catch (error) {
      if (error instanceof XmlError) {
        if (error.entities) throw new ImportError(`het onderdeel ${name} declareert XML-entiteiten, wat geen Word-document doet; het bestand is niet door Word gemaakt of is bewerkt`);
        const where = error.line !== undefined ? ` (fout op regel ${error.line}, kolom ${error.column})` : '';
        throw new ImportError(`het onderdeel ${name} is geen geldige XML${where}; het bestand is beschadigd`);
      }
      throw error;
    }
    parsed.set(name, value);
    return value;
  };
  const relationships = (part: string): Map<string, Relationship> => {
    const slash = part.lastIndexOf('/');
    const dir = part.slice(0, slash + 1);
    const relsName = `${dir}_rels/${part.slice(slash + 1)}.rels`;
    const out = new Map<string, Relationship>();
    for (const rel of findAll(xml(relsName) ?? [], 'Relationship')) {
      const id = attr(rel, 'Id');
      const target = attr(rel, 'Target');
      if (!id || target === undefined) continue;
      const external = attr(rel, 'TargetMode') === 'External';
      out.set(id, { type: (attr(rel, 'Type') ?? '').split('/').pop() ?? '', target: external ? target : resolvePart(dir, target), external });
    }
    return out;
  };

  const officeDocument = [...relationships('').values()].find((r) => r.type === 'officeDocument' && !r.external)?.target;
  const main = officeDocument && files[officeDocument] ? officeDocument : files['word/document.xml'] ? 'word/document.xml' : undefined;
  if (!main) throw new ImportError(missingDocumentMessage(names));
  return { main, text, xml, relationships };
}

/** The zip is an Office file of another kind, or something else altogether. */
function missingDocumentMessage(names: readonly string[]): string {
  if (names.some((n) => n.startsWith('xl/'))) return 'dit is een Excel-werkmap, geen Word-document; importeer het Word-document (.docx)';
  if (names.some((n) => n.startsWith('ppt/'))) return 'dit is een PowerPoint-presentatie, geen Word-document; importeer het Word-document (.docx)';
  if (names.includes('content.xml') && names.includes('mimetype')) {
    return 'dit is een OpenDocument-bestand (.odt); sla het in LibreOffice op als Word-document (.docx) en importeer dat';
  }
  return 'geen Word-document (.docx): het zip-archief heeft geen word/document.xml';
}

/** An OLE compound file: an encrypted Word document, a .doc, or another old Office file. */
async function compoundFileError(bytes: Uint8Array): Promise<ImportError> {
  const CFB = await import('cfb');
  let streams: string[];
  try {
    streams = CFB.read(bytes, { type: 'buffer' }).FileIndex.map((e) => e.name);
  } catch {
    return new ImportError('geen Word-document (.docx): een beschadigd Office-bestand van een ouder formaat');
  }
  if (streams.includes('EncryptedPackage') || streams.includes('EncryptionInfo')) {
    return new ImportError('versleuteld document: het Word-bestand is met een wachtwoord beveiligd; open het in Word, haal het wachtwoord weg (Bestand > Info > Document beveiligen) en importeer het opnieuw');
  }
  if (streams.includes('WordDocument')) {
    return new ImportError('dit is een Word 97-2003-document (.doc); open het in Word of LibreOffice, sla het op als Word-document (.docx) en importeer dat');
  }
  if (streams.includes('Workbook') || streams.includes('Book')) return new ImportError('dit is een Excel-werkmap (.xls), geen Word-document');
  return new ImportError('geen Word-document (.docx): een Office-bestand van een ouder formaat');
}

function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
