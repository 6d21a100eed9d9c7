import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  encodeTextChunk,
  insertTextChunk,
  isPng,
  readTextChunk,
  readTextChunks,
} from '../../../src/export/png-text';

/** A valid 1×1 grey PNG built by hand (signature, IHDR, IDAT, IEND). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set(
      [...type].map((c) => c.charCodeAt(0)),
      4,
    );
    out.set(data, 8);
    new DataView(out.buffer).setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
    return out;
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = new Uint8Array(deflateSync(Buffer.from([0, 128])));
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ];
  return new Uint8Array(Buffer.concat(parts));
}

describe('crc32', () => {
  it('crc32 matches the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
  it('crc32 of "IEND" is the constant every PNG ends with', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('PNG tEXt chunks', () => {
  it('encodeTextChunk(keyword, text) lays out length, type, keyword NUL text and CRC', () => {
    const chunk = encodeTextChunk('k', 'ab');
    expect([...chunk.subarray(0, 12)]).toEqual([0, 0, 0, 4, 116, 69, 88, 116, 107, 0, 97, 98]);
    const crc = new DataView(chunk.buffer).getUint32(12);
    expect(crc).toBe(crc32(new Uint8Array([116, 69, 88, 116, 107, 0, 97, 98])));
  });

  it('insertTextChunk puts the chunk after IHDR and readTextChunk reads it back', () => {
    const png = tinyPng();
    const out = insertTextChunk(png, 'paperscope:view', 'themes=rl&sel=4');
    expect(isPng(out)).toBe(true);
    expect(out.length).toBe(
      png.length + 12 + 'paperscope:view'.length + 1 + 'themes=rl&sel=4'.length,
    );
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('tEXt');
    expect(readTextChunk(out, 'paperscope:view')).toBe('themes=rl&sel=4');
    expect(readTextChunk(png, 'paperscope:view')).toBeNull();
  });

  it('insertTextChunk replaces an earlier chunk with the same keyword', () => {
    const once = insertTextChunk(tinyPng(), 'paperscope:view', 'a=1');
    const twice = insertTextChunk(once, 'paperscope:view', 'b=2');
    expect(readTextChunks(twice)).toEqual([{ keyword: 'paperscope:view', text: 'b=2' }]);
  });

  it('readTextChunks skips a chunk whose CRC does not match', () => {
    const out = insertTextChunk(tinyPng(), 'paperscope:view', 'x=1');
    const at = 45 + 'paperscope:view'.length;
    out[at] = out[at]! ^ 1; // flip a bit inside the text
    expect(readTextChunks(out)).toEqual([]);
  });

  it('readTextChunks returns [] for bytes that are not a PNG', () => {
    expect(readTextChunks(new TextEncoder().encode('<svg/>'))).toEqual([]);
    expect(() => insertTextChunk(new Uint8Array([1, 2, 3]), 'k', 'v')).toThrow(/not a PNG/);
  });

  it('encodeTextChunk refuses text outside Latin-1', () => {
    expect(() => encodeTextChunk('k', 'π')).toThrow(/Latin-1/);
  });
});
