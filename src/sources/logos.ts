/**
 * Party logos: read once at load time and checked, so a bad logo is a clear
 * diagnostic instead of a renderer crash, and renderers never touch the disk.
 */
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { inflateSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import pngjs from 'pngjs';
import { fileSystemMessage } from './fileSystemMessage.js';

export interface Logo {
  party: string;
  /** The party's name, used as alternative text. */
  name: string;
  format: 'svg' | 'png';
  data: Buffer;
  /** Intrinsic size in CSS pixels (SVG) or pixels (PNG). */
  width: number;
  height: number;
}

const { PNG } = pngjs;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A logo is a small image: larger files and pictures are refused before they are decoded. */
export const maxLogoBytes = 5 * 1024 * 1024;
export const maxLogoPixels = 4096;

/** Read and check one logo; returns the logo or a message for the diagnostic. */
export async function readLogo(
  party: string,
  name: string,
  logoPath: string,
  baseDir: string,
  rootDir: string,
): Promise<Logo | string> {
  const data = await readLogoFile(logoPath, resolve(baseDir, logoPath), rootDir);
  if (typeof data === 'string') return data;
  if (data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const png = checkPng(data);
    return typeof png === 'string' ? `"${logoPath}" ${png}` : { party, name, format: 'png', data, ...png };
  }
  const text = data.toString('utf8');
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) {
    return `"${logoPath}" is geen SVG- of PNG-afbeelding`;
  }
  const problem = svgProblem(text) ?? (await svgParseProblem(data));
  if (problem) return `"${logoPath}"${problem}`;
  const size = svgSize(text);
  if (!size) return `"${logoPath}": het SVG-bestand heeft een viewBox nodig, of een width en height`;
  return { party, name, format: 'svg', data, ...size };
}

/**
 * The logo's bytes, or why they cannot be read: it must be a regular file
 * (a pipe or a device would never end) inside the project folder once
 * symbolic links are followed, and at most maxLogoBytes.
 */
async function readLogoFile(logoPath: string, abs: string, rootDir: string): Promise<Buffer | string> {
  let real: string;
  let root: string;
  try {
    [real, root] = await Promise.all([realpath(abs), realpath(rootDir)]);
  } catch (error) {
    return fileProblem(logoPath, error);
  }
  const fromRoot = relative(root, real);
  if (fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) {
    const via = real === abs ? '' : ` (de koppeling wijst naar ${real})`;
    return `"${logoPath}" ligt buiten de projectmap (${rootDir})${via}; een logo hoort in de projectmap`;
  }
  let handle: FileHandle | undefined;
  try {
    // Not blocking: opening a pipe waits for a writer otherwise.
    handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (stat.isDirectory()) return `"${logoPath}" is een map, geen afbeelding`;
    if (!stat.isFile()) return `"${logoPath}" is geen gewoon bestand (maar een apparaat, pipe of socket)`;
    if (stat.size > maxLogoBytes) return `"${logoPath}" is ${megabytes(stat.size)}; een logo is hoogstens ${megabytes(maxLogoBytes)}`;
    const data = await handle.readFile();
    return data.length > maxLogoBytes ? `"${logoPath}" is groter dan ${megabytes(maxLogoBytes)}` : data;
  } catch (error) {
    return fileProblem(logoPath, error);
  } finally {
    await handle?.close();
  }
}

function fileProblem(logoPath: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return `"${logoPath}" is een map, geen afbeelding`;
  return fileSystemMessage(error, `"${logoPath}"`, 'het logobestand');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

/**
 * A PNG is decoded completely (pngjs), so a truncated or corrupt file is
 * refused here instead of crashing a renderer; its size is checked from the
 * header before any pixel is allocated, and an interlaced image (which pngjs
 * inflates without a limit) must inflate to no more than its size allows.
 */
function checkPng(data: Buffer): { width: number; height: number } | string {
  const corrupt = 'is geen geldige PNG-afbeelding (afgebroken of beschadigd)';
  if (data.length < 33 || data.toString('latin1', 12, 16) !== 'IHDR') return corrupt;
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (!width || !height) return corrupt;
  if (width > maxLogoPixels || height > maxLogoPixels) {
    return `is ${width} × ${height} pixels; een logo is hoogstens ${maxLogoPixels} × ${maxLogoPixels} pixels (verklein het)`;
  }
  const interlaced = data[28] === 1;
  if (interlaced && !inflatesWithin(data, 2 * height * (1 + width * 8) + 1024)) return corrupt;
  // pdfkit's PNG reader fails on an interlaced image with an empty pass.
  if (interlaced && (width < 8 || height < 8)) return 'is een geïnterlinieerde PNG van minder dan 8 pixels breed of hoog; sla hem op zonder interliniëring';
  try {
    PNG.sync.read(data);
  } catch {
    return corrupt;
  }
  return { width, height };
}

/** Whether the image data (the IDAT chunks) inflates to at most `limit` bytes. */
function inflatesWithin(data: Buffer, limit: number): boolean {
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') parts.push(data.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  try {
    inflateSync(Buffer.concat(parts), { maxOutputLength: limit });
    return true;
  } catch {
    return false;
  }
}

type XmlNode = Record<string, unknown>;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Refuse what a logo must not do (run scripts, fetch anything from elsewhere,
 * declare a DOCTYPE) and what a renderer cannot read. The message follows the
 * logo's path: ": ..." or " (regel 3, kolom 7): ...".
 */
function svgProblem(text: string): string | undefined {
  if (/<!DOCTYPE/i.test(text)) {
    return ': het SVG-bestand heeft een DOCTYPE, die naar een ander bestand kan verwijzen of entiteiten declareert; verwijder de regel <!DOCTYPE ...>';
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col } = validation.err;
    return ` (regel ${line}, kolom ${col}): het SVG-bestand is geen geldige XML: ${xmlProblem(validation.err)}`;
  }
  const entity = /&([A-Za-z_][\w.-]*);/.exec(text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, ''));
  if (entity && !['amp', 'lt', 'gt', 'quot', 'apos'].includes(entity[1]!)) {
    return `: het SVG-bestand gebruikt &${entity[1]};, een entiteit die XML niet kent; schrijf het teken zelf (of als &#nummer;)`;
  }
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, processEntities: false }).parse(text) as XmlNode[];
  const roots = tree.filter((node) => Object.keys(node).some((key) => key !== ':@' && !key.startsWith('?') && !key.startsWith('#')));
  if (roots.length !== 1) return ': het SVG-bestand heeft meer dan één hoofdelement; alles hoort binnen één <svg>...</svg>';
  const rootName = Object.keys(roots[0]!).find((key) => key !== ':@')!;
  const prefix = rootName.includes(':') ? `:${rootName.split(':')[0]}` : '';
  const rootAttributes = (roots[0]![':@'] ?? {}) as Record<string, string>;
  if (rootAttributes[`xmlns${prefix}`] !== SVG_NAMESPACE) return `: het element <${rootName}> mist xmlns${prefix}="${SVG_NAMESPACE}"`;
  const stack = [...tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') {
        for (const [attr, attrValue] of Object.entries(value as Record<string, string>)) {
          const problem = attributeProblem(attr, String(attrValue));
          if (problem) return `: ${problem}`;
        }
        continue;
      }
      const local = key.replace(/^.*:/, '').toLowerCase();
      if (local === 'script') return ': het SVG-bestand bevat een script';
      if (local === 'foreignobject') return ': het SVG-bestand bevat vreemde inhoud (<foreignObject>)';
      if (local === 'style' && Array.isArray(value) && cssProblem(JSON.stringify(value))) return ': de stijl in het SVG-bestand verwijst naar een ander bestand';
      if (Array.isArray(value)) stack.push(...(value as XmlNode[]));
    }
  }
  return undefined;
}

/** fast-xml-parser's finding, in words. */
function xmlProblem(err: { code: string; msg: string }): string {
  const name = /'([^']+)'/.exec(err.msg)?.[1];
  const opened = /Expected closing tag '([^']+)' \(opened in line (\d+), col (\d+)\) instead of closing tag '([^']+)'/.exec(err.msg);
  if (opened) return `<${opened[1]}> (regel ${opened[2]}, kolom ${opened[3]}) is niet gesloten voor </${opened[4]}>`;
  if (/^Unclosed tag/.test(err.msg)) return `<${name}> is niet gesloten`;
  if (/has not been opened/.test(err.msg)) return `</${name}> sluit een element dat niet geopend is`;
  if (err.code === 'InvalidAttr') return name ? `het attribuut ${name} is ongeldig (dubbel, zonder waarde of zonder aanhalingstekens)` : 'een attribuut is ongeldig';
  if (err.code === 'InvalidChar') return name ? `het teken ${name} hoort hier niet (schrijf & als &amp; en < als &lt;)` : 'een teken hoort hier niet';
  if (err.code === 'InvalidTag') return 'een element is ongeldig of niet gesloten';
  return 'de opbouw is ongeldig';
}

/** The Word writer draws SVG logos with resvg: what it cannot read is refused here, not while rendering. */
async function svgParseProblem(data: Buffer): Promise<string | undefined> {
  const Resvg = (await import('../native/resvg.js')).resvgClass();
  try {
    new Resvg(data, { font: { loadSystemFonts: false } });
    return undefined;
  } catch (error) {
    return `: het SVG-bestand kan niet gelezen worden (${String((error as Error).message).replace(/^SVG data parsing failed cause /, '')})`;
  }
}

function attributeProblem(name: string, value: string): string | undefined {
  const local = name.replace(/^.*:/, '').toLowerCase();
  if (local.startsWith('on')) return `het SVG-bestand heeft een gebeurtenis (${name}), dus een script`;
  if (local === 'href' || local === 'src') {
    if (value.startsWith('#') || /^data:image\/(png|jpeg|gif)/i.test(value)) return undefined;
    return `het SVG-bestand verwijst naar een ander bestand (${name}="${value.slice(0, 60)}")`;
  }
  if (local === 'style' && cssProblem(value)) return 'de stijl in het SVG-bestand verwijst naar een ander bestand';
  return undefined;
}

function cssProblem(css: string): boolean {
  return /@import/i.test(css) || /url\(\s*['"]?(?!#)/i.test(css);
}

function svgSize(text: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const viewBox = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const px = (v: string | undefined) => (v && /^[\d.]+(px)?$/.test(v.trim()) ? Number.parseFloat(v) : undefined);
  const width = px(attr('width')) ?? viewBox?.[2];
  const height = px(attr('height')) ?? viewBox?.[3];
  return width && height && width > 0 && height > 0 ? { width, height } : undefined;
}
