/** Text decoded from a file's bytes, with the encoding used and a note when it was a guess. */
export interface DecodedText {
  text: string;
  encoding: string;
  note?: string;
}

/** The largest file paperscope reads. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Decodes a file: a byte-order mark decides (UTF-8, UTF-16), then strict UTF-8; bytes that are
 * not UTF-8 are read as Windows-1252 (what spreadsheet exports on Windows produce) with a note.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16)
    return {
      text: new TextDecoder(utf16).decode(bytes),
      encoding: utf16.toUpperCase(),
      note: `The file has no byte-order mark; it was read as ${utf16.toUpperCase()}.`,
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'Windows-1252',
      note: 'The file is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented letters in the preview.',
    };
  }
}

/** ASCII text saved as UTF-16 has a zero in every other byte of its start. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}
