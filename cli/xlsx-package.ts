// Workbooks from other programs, made readable for exceljs without losing anything in them.
// exceljs finds a sheet's notes only at `xl/commentsN.xml` and `xl/drawings/vmlDrawingN.vml`
// named by relative links; Python's openpyxl writes `/xl/comments/comment1.xml` and
// `/xl/drawings/commentsDrawing1.vml` (valid: the format allows any part name), and exceljs
// then fails on the whole file. openpyxl and others also write a note's text as a bare <t>, which
// exceljs reads as an empty note (and would write back empty). `normalisePackage` renames those
// parts and their links and wraps bare texts in a run: the curator's notes load whole, and are
// written back when a command saves the workbook.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { posix } from 'node:path';

const COMMENTS_TYPE = /\/relationships\/comments$/;
const VML_TYPE = /\/relationships\/vmlDrawing$/;

/** The package with notes parts where exceljs looks for them, or null when nothing needed a change. */
export function normalisePackage(bytes: Uint8Array): Uint8Array | null {
  const entries = readZip(bytes);
  const names = new Set(entries.keys());
  const renamed = new Map<string, string>();
  const commentParts = new Set<string>();
  let changed = false;
  const fresh = (pattern: (k: number) => string) => {
    for (let k = 1; ; k++) if (!names.has(pattern(k))) return pattern(k);
  };
  for (const [relsName, data] of entries) {
    if (!/^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/.test(relsName)) continue;
    const text = new TextDecoder().decode(data);
    const rewritten = text.replace(/<Relationship\b[^>]*>/g, (element) => {
      const type = attribute(element, 'Type') ?? '';
      const target = attribute(element, 'Target');
      const kind = COMMENTS_TYPE.test(type) ? 'comments' : VML_TYPE.test(type) ? 'vml' : null;
      if (!kind || target === undefined || attribute(element, 'TargetMode') === 'External') return element;
      const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl/worksheets', target));
      let name = renamed.get(part) ?? part;
      const canonical = kind === 'comments' ? /^xl\/comments\d+\.xml$/ : /^xl\/drawings\/vmlDrawing\d+\.vml$/;
      if (!canonical.test(name) && entries.has(part)) {
        name = fresh((k) => (kind === 'comments' ? `xl/comments${k}.xml` : `xl/drawings/vmlDrawing${k}.vml`));
        names.add(name);
        renamed.set(part, name);
      }
      if (kind === 'comments') commentParts.add(name);
      const relative = posix.relative('xl/worksheets', name);
      if (relative === target) return element;
      changed = true;
      return element.replace(/\bTarget="[^"]*"/, `Target="${relative}"`);
    });
    if (rewritten !== text) entries.set(relsName, new TextEncoder().encode(rewritten));
  }
  for (const [from, to] of renamed) {
    entries.set(to, entries.get(from)!);
    entries.delete(from);
  }
  for (const part of commentParts) {
    const data = entries.get(part);
    if (!data) continue;
    const text = new TextDecoder().decode(data);
    const wrapped = text.replace(/<text>(\s*)<t(\s[^>]*)?>([\s\S]*?)<\/t>/g, '<text>$1<r><t$2>$3</t></r>');
    if (wrapped !== text) {
      entries.set(part, new TextEncoder().encode(wrapped));
      changed = true;
    }
  }
  if (!changed) return null;
  const types = entries.get('[Content_Types].xml');
  if (types) {
    let text = new TextDecoder().decode(types);
    for (const [from, to] of renamed) text = text.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
    entries.set('[Content_Types].xml', new TextEncoder().encode(text));
  }
  return writeZip(entries);
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

// --- ZIP (APPNOTE.TXT): stored and deflated entries, no ZIP64 — workbooks are far below 4 GB.

class NotAZip extends Error {}

/** Entries by name (a leading `/` dropped), in the file's order. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new NotAZip('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, Uint8Array>();
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new NotAZip('bad central directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, '');
    if (size === 0xffffffff || local === 0xffffffff) throw new NotAZip('ZIP64');
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(dataAt, dataAt + size);
    if (method === 0) entries.set(name, raw);
    else if (method === 8) entries.set(name, new Uint8Array(inflateRawSync(raw)));
    else throw new NotAZip(`compression method ${method}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function writeZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const packed = new Uint8Array(deflateRawSync(data));
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, 8, true);
    lv.setUint16(12, 0x21, true); // 1980-01-01
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const header = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    header.set(nameBytes, 46);
    locals.push(local, packed);
    central.push(header);
    offset += local.length + packed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.size, true);
  ev.setUint16(10, entries.size, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...central, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
