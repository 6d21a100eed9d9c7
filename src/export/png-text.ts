/**
 * PNG tEXt chunks (PNG spec, ISO/IEC 15948 §11.3.4.3): exported figures carry the view state
 * they show, so dropping the file back onto the dashboard restores that view.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309 / ITU-T V.42, the polynomial PNG uses) of `bytes`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** True when `bytes` start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

function latin1(text: string, what: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // tEXt is Latin-1 only; callers percent-encode anything else.
    if (code > 255) throw new Error(`PNG tEXt ${what} must be Latin-1`);
    out[i] = code;
  }
  return out;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  );
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 255;
  bytes[at + 2] = (value >>> 8) & 255;
  bytes[at + 3] = value & 255;
}

/** One complete tEXt chunk (length, type, keyword NUL text, CRC). */
export function encodeTextChunk(keyword: string, text: string): Uint8Array {
  if (keyword.length < 1 || keyword.length > 79)
    throw new Error('PNG tEXt keyword must be 1-79 characters');
  const key = latin1(keyword, 'keyword');
  const value = latin1(text, 'text');
  const length = key.length + 1 + value.length;
  const chunk = new Uint8Array(12 + length);
  writeUint32(chunk, 0, length);
  chunk.set([116, 69, 88, 116], 4); // "tEXt"
  chunk.set(key, 8);
  chunk[8 + key.length] = 0;
  chunk.set(value, 9 + key.length);
  writeUint32(chunk, 8 + length, crc32(chunk, 4, 8 + length));
  return chunk;
}

/** A copy of `png` with a tEXt chunk inserted right after IHDR (earlier ones with the keyword dropped). */
export function insertTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG file');
  const ihdrEnd = 8 + 12 + readUint32(png, 8);
  const parts: Uint8Array[] = [png.subarray(0, ihdrEnd), encodeTextChunk(keyword, text)];
  for (const chunk of chunks(png)) {
    if (chunk.start < ihdrEnd) continue;
    if (chunk.type === 'tEXt' && decodeTextData(png, chunk).keyword === keyword) continue;
    parts.push(png.subarray(chunk.start, chunk.end));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

interface ChunkRef {
  type: string;
  start: number;
  dataStart: number;
  dataEnd: number;
  end: number;
}

function* chunks(png: Uint8Array): Generator<ChunkRef> {
  let at = 8;
  while (at + 12 <= png.length) {
    const length = readUint32(png, at);
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    const end = at + 12 + length;
    if (end > png.length) return;
    yield { type, start: at, dataStart: at + 8, dataEnd: at + 8 + length, end };
    if (type === 'IEND') return;
    at = end;
  }
}

function decodeTextData(png: Uint8Array, chunk: ChunkRef): { keyword: string; text: string } {
  let nul = chunk.dataStart;
  while (nul < chunk.dataEnd && png[nul] !== 0) nul++;
  const str = (from: number, to: number) => {
    let s = '';
    for (let i = from; i < to; i++) s += String.fromCharCode(png[i]!);
    return s;
  };
  return {
    keyword: str(chunk.dataStart, nul),
    text: str(Math.min(nul + 1, chunk.dataEnd), chunk.dataEnd),
  };
}

/** Every tEXt chunk of a PNG whose CRC checks out, in file order; [] for anything else. */
export function readTextChunks(png: Uint8Array): { keyword: string; text: string }[] {
  if (!isPng(png)) return [];
  const found: { keyword: string; text: string }[] = [];
  for (const chunk of chunks(png)) {
    if (chunk.type !== 'tEXt') continue;
    if (crc32(png, chunk.start + 4, chunk.dataEnd) !== readUint32(png, chunk.dataEnd)) continue;
    found.push(decodeTextData(png, chunk));
  }
  return found;
}

/** The text of the first valid tEXt chunk with this keyword, or null. */
export function readTextChunk(png: Uint8Array, keyword: string): string | null {
  return readTextChunks(png).find((c) => c.keyword === keyword)?.text ?? null;
}
