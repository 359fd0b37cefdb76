/**
 * Party logos: read once at load time and checked, so a bad logo is a clear
 * diagnostic instead of a renderer crash, and renderers never touch the disk.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

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

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Read and check one logo; returns the logo or a message for the diagnostic. */
export async function readLogo(
  party: string,
  name: string,
  logoPath: string,
  baseDir: string,
  rootDir: string,
): Promise<Logo | string> {
  const abs = resolve(baseDir, logoPath);
  const fromRoot = relative(rootDir, abs);
  if (fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) {
    return `"${logoPath}" lies outside the project folder (${rootDir}); keep logos inside it`;
  }
  let data: Buffer;
  try {
    data = await readFile(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `logo file not found: ${logoPath}`;
    if (code === 'EISDIR') return `"${logoPath}" is a folder, not an image file`;
    if (code === 'EACCES' || code === 'EPERM') return `cannot read the logo file "${logoPath}" (permission denied)`;
    return `cannot read the logo file "${logoPath}" (${code ?? (error as Error).message})`;
  }
  if (data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    if (data.length < 24) return `"${logoPath}" is not a valid PNG image`;
    return { party, name, format: 'png', data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  const text = data.toString('utf8');
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) {
    return `"${logoPath}" is not an SVG or PNG image`;
  }
  const problem = svgProblem(text);
  if (problem) return `"${logoPath}": ${problem}`;
  const size = svgSize(text);
  if (!size) return `"${logoPath}": the SVG needs a viewBox or a width and height`;
  return { party, name, format: 'svg', data, ...size };
}

type XmlNode = Record<string, unknown>;

/** Refuse what a logo must not do: run scripts or fetch anything from elsewhere. */
function svgProblem(text: string): string | undefined {
  if (/<!ENTITY/i.test(text)) return 'the SVG declares entities; remove the DOCTYPE';
  let tree: XmlNode[];
  try {
    tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, processEntities: false }).parse(text) as XmlNode[];
  } catch (error) {
    return `the SVG is not well-formed XML (${(error as Error).message.split('\n')[0]})`;
  }
  const stack = [...tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') {
        for (const [attr, attrValue] of Object.entries(value as Record<string, string>)) {
          const problem = attributeProblem(attr, String(attrValue));
          if (problem) return problem;
        }
        continue;
      }
      const local = key.replace(/^.*:/, '').toLowerCase();
      if (local === 'script') return 'the SVG contains a script';
      if (local === 'foreignobject') return 'the SVG contains foreign content (<foreignObject>)';
      if (local === 'style' && Array.isArray(value) && cssProblem(JSON.stringify(value))) return 'the SVG style refers to an external resource';
      if (Array.isArray(value)) stack.push(...(value as XmlNode[]));
    }
  }
  return undefined;
}

function attributeProblem(name: string, value: string): string | undefined {
  const local = name.replace(/^.*:/, '').toLowerCase();
  if (local.startsWith('on')) return `the SVG has an event handler (${name}), i.e. a script`;
  if (local === 'href' || local === 'src') {
    if (value.startsWith('#') || /^data:image\/(png|jpeg|gif)/i.test(value)) return undefined;
    return `the SVG refers to an external resource (${name}="${value.slice(0, 60)}")`;
  }
  if (local === 'style' && cssProblem(value)) return 'the SVG style refers to an external resource';
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
