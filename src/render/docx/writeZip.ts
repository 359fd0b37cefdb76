/**
 * The package as a zip with the same bytes for the same parts: a fixed entry
 * order ([Content_Types].xml first, as Office writes it), every entry dated
 * with the document's date, no clock, no time zone.
 *
 * A small writer of its own rather than fflate's zipSync: it takes entries
 * that are compressed already, so the embedded fonts (1.5 MB, the same in
 * every document) are deflated once per process instead of once per render.
 */
import { deflateSync, strToU8 } from 'fflate';

export interface ZipEntry {
  name: string;
  /** Deflated data ('deflate') or the part as it is ('store'). */
  data: Uint8Array;
  method: 'deflate' | 'store';
  /** CRC-32 and length of the uncompressed part. */
  crc: number;
  size: number;
}

/** A part, deflated, ready for the zip. */
export function deflateEntry(name: string, part: string | Uint8Array): ZipEntry {
  const bytes = typeof part === 'string' ? strToU8(part) : part;
  return { name, data: deflateSync(bytes, { level: 6 }), method: 'deflate', crc: crc32(bytes), size: bytes.length };
}

/** A part stored as it is. */
export function storeEntry(name: string, bytes: Uint8Array): ZipEntry {
  return { name, data: bytes, method: 'store', crc: crc32(bytes), size: bytes.length };
}

/** `date` is "YYYY-MM-DD"; entries get that day, 00:00. */
export function writeZip(entries: readonly ZipEntry[], date: string): Uint8Array {
  const [year = 1980, month = 1, day = 1] = date.split('-').map(Number);
  const dosDate = ((Math.max(year, 1980) - 1980) << 9) | (month << 5) | day;
  const first = ['[Content_Types].xml', '_rels/.rels'];
  const ordered = [...entries].sort((a, b) => rank(a.name, first) - rank(b.name, first));

  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of ordered) {
    const name = strToU8(entry.name);
    const method = entry.method === 'deflate' ? 8 : 0;
    const utf8 = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x800;
    const local = header(30 + name.length, [
      [4, 0x04034b50], [2, 20], [2, utf8], [2, method], [2, 0], [2, dosDate],
      [4, entry.crc], [4, entry.data.length], [4, entry.size], [2, name.length], [2, 0],
    ]);
    local.set(name, 30);
    central.push(withName(header(46 + name.length, [
      [4, 0x02014b50], [2, 20], [2, 20], [2, utf8], [2, method], [2, 0], [2, dosDate],
      [4, entry.crc], [4, entry.data.length], [4, entry.size], [2, name.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset],
    ]), name, 46));
    chunks.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, [[4, 0x06054b50], [2, 0], [2, 0], [2, ordered.length], [2, ordered.length], [4, centralSize], [4, offset], [2, 0]]);
  return concat([...chunks, ...central, end]);
}

function rank(name: string, first: readonly string[]): number {
  const i = first.indexOf(name);
  return i < 0 ? first.length : i;
}

/** Little-endian fields of a zip header. */
function header(length: number, fields: readonly (readonly [2 | 4, number])[]): Uint8Array {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [size, value] of fields) {
    if (size === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += size;
  }
  return bytes;
}

function withName(bytes: Uint8Array, name: Uint8Array, at: number): Uint8Array {
  bytes.set(name, at);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
