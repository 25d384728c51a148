// Turns a file's bytes into text, refusing binaries and wrong encodings with a
// reason a user can act on.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

// Share of control characters (other than tab, line feed, form feed and
// carriage return) above which a file is taken for binary.
const MAX_CONTROL_RATIO = 0.1;
const SAMPLE_BYTES = 1 << 20;

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function controlRatio(chars: Iterable<number>, total: number): number {
  let n = 0;
  for (const c of chars) if (isControl(c)) n++;
  return total === 0 ? 0 : n / total;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/**
 * Decodes a text file: UTF-8 (a BOM is dropped), or UTF-16 when it starts
 * with a UTF-16 byte-order mark. Fails on an empty file, a binary file (NUL
 * bytes, or more than 10% control characters) and bytes that are not valid
 * UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: `not valid ${utf16.toUpperCase()} (it starts with a UTF-16 byte-order mark)` };
    }
    if (text.includes('\0')) return { ok: false, reason: 'binary file (contains NUL characters)' };
    const sample = text.slice(0, SAMPLE_BYTES);
    const ratio = controlRatio(Array.from(sample, (c) => c.charCodeAt(0)), sample.length);
    if (ratio > MAX_CONTROL_RATIO) return { ok: false, reason: `binary file (${percent(ratio)} control characters)` };
    return text.trim() === '' ? { ok: false, reason: 'empty file (white space only)' } : { ok: true, text };
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary file (NUL byte at offset ${nul})` };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const ratio = controlRatio(sample, sample.length);
  if (ratio > MAX_CONTROL_RATIO) return { ok: false, reason: `binary file (${percent(ratio)} control characters)` };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at < 0 ? '' : ` (byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${at})`;
    return { ok: false, reason: `not valid UTF-8${where}; convert it first, e.g. \`iconv -f windows-1252 -t utf-8\`` };
  }
  return text.trim() === '' ? { ok: false, reason: 'empty file (white space only)' } : { ok: true, text };
}
