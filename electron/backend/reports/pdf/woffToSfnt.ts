import { inflateSync } from 'node:zlib';

// The shipped fonts are WOFF 1 (zlib-compressed tables). fontkit decompresses a WOFF table
// every time it reads it, and its subsetter reads the glyph table once per glyph it embeds:
// most of a report's drawing time went there. Unpacking each font once into a plain
// TrueType/OpenType file (the format WOFF wraps) keeps the embedded bytes identical and the
// subsetting cheap. Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, 20-byte entries).

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** The sfnt (TTF/OTF) bytes a WOFF 1 file wraps; other bytes are returned unchanged. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || src.getUint32(0) !== WOFF_SIGNATURE) return woff;
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== origLength) throw new Error('A report font file is damaged.');
    return { tag: src.getUint32(at), checksum: src.getUint32(at + 16), data };
  });

  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((n, t) => n + pad4(t.data.byteLength), headerSize);
  const out = new Uint8Array(size);
  const dst = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(Math.max(1, numTables)));
  const searchRange = 2 ** entrySelector * 16;
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, searchRange);
  dst.setUint16(8, entrySelector);
  dst.setUint16(10, numTables * 16 - searchRange);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad4(t.data.byteLength);
  });
  return out;
}

const pad4 = (n: number): number => (n + 3) & ~3;
