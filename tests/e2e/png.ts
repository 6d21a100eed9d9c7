import { inflateSync } from 'node:zlib';

/** A decoded 8-bit RGBA or RGB PNG (what canvas.toBlob writes). */
export interface DecodedPng {
  width: number;
  height: number;
  channels: number;
  pixels: Uint8Array;
  text: Record<string, string>;
}

/** Decodes a non-interlaced 8-bit truecolour PNG (tiny decoder for checking exports in tests). */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  const text: Record<string, string> = {};
  while (at < bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = data[8];
      const colorType = data[9];
      if (depth !== 8 || data[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
      channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
      if (!channels) throw new Error(`colour type ${colorType} not supported`);
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'tEXt') {
      const nul = data.indexOf(0);
      text[Buffer.from(data.subarray(0, nul)).toString('latin1')] = Buffer.from(
        data.subarray(nul + 1),
      ).toString('latin1');
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let value = line[x]!;
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = value & 255;
    }
  }
  return { width, height, channels, pixels, text };
}

/** How many distinct colours the image has, and the share of pixels unlike the top-left one. */
export function inkStats(png: DecodedPng): { colours: number; inked: number } {
  const { pixels, channels } = png;
  const colours = new Set<number>();
  let differing = 0;
  const n = png.width * png.height;
  for (let i = 0; i < n; i++) {
    const o = i * channels;
    const key = (pixels[o]! << 16) | (pixels[o + 1]! << 8) | pixels[o + 2]!;
    if (colours.size < 5000) colours.add(channels === 4 ? key * 256 + pixels[o + 3]! : key);
    for (let k = 0; k < channels; k++) {
      if (pixels[o + k] !== pixels[k]) {
        differing++;
        break;
      }
    }
  }
  return { colours: colours.size, inked: differing / n };
}
