import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/views/import/decode';

const utf16le = (text: string) =>
  new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

describe('decodeBytes(bytes)', () => {
  it('honours byte-order marks', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toEqual({
      text: 'Aé',
      encoding: 'UTF-8',
    });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...utf16le('Aé')]))).toEqual({
      text: 'Aé',
      encoding: 'UTF-16LE',
    });
  });

  it('reads UTF-16 without a mark from its zero bytes, with a note', () => {
    const decoded = decodeBytes(utf16le('title,abstract\nA,B\n'));
    expect(decoded.text).toBe('title,abstract\nA,B\n');
    expect(decoded.note).toMatch(/UTF-16LE/);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (wrong encoding), and says so', () => {
    const decoded = decodeBytes(
      new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x93, 0x71, 0x94]),
    );
    // Browsers map 0x93/0x94 to curly quotes; Node's decoder keeps them as C1 controls.
    expect(decoded.text.startsWith('Müller ')).toBe(true);
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.note).toMatch(/not UTF-8/);
  });
});
