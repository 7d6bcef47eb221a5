/**
 * The encodings a file can be read in and written back in, byte for byte. UTF-8 is the default; a
 * UTF-16 byte order mark is recognised on its own; legacy 8-bit encodings only on request
 * (`--encoding`), because bytes alone cannot tell windows-1252 from latin-1 from a broken UTF-8 file.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1' | 'windows-1252';

const NAMES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  latin1: 'latin1',
  'latin-1': 'latin1',
  'iso-8859-1': 'latin1',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
};

export const ENCODING_NAMES = ['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'windows-1252'] as const;

/** The canonical name for a user's spelling, or undefined. */
export function parseEncoding(name: string): Encoding | undefined {
  return NAMES[name.trim().toLowerCase()];
}

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; error: string; binary: boolean };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

// windows-1252 differs from latin-1 only in 0x80-0x9F; the five bytes it leaves undefined map to the
// C1 control of the same number (as the WHATWG decoder does), so every byte decodes and encodes back.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const CP1252_REVERSE = new Map(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));

/**
 * Bytes to text in `requested` (or, when undefined, UTF-16 if a UTF-16 BOM says so, else strict UTF-8).
 * Binary and undecodable bytes are refused with a reason, never replaced with U+FFFD.
 */
export function decodeBytes(bytes: Uint8Array, requested?: Encoding): Decoded {
  const encoding = requested ?? sniff(bytes);
  if (encoding === 'utf-8' || encoding === 'latin1' || encoding === 'windows-1252') {
    if (bytes.indexOf(0) !== -1) return { ok: false, error: HAS_NUL_BYTES, binary: true };
  }
  switch (encoding) {
    case 'utf-8':
      try {
        return { ok: true, text: utf8.decode(bytes), encoding };
      } catch {
        return { ok: false, binary: false, error: notUtf8(firstInvalidUtf8(bytes)) };
      }
    case 'latin1':
      return { ok: true, text: latin1Text(bytes), encoding };
    case 'windows-1252':
      return { ok: true, text: latin1Text(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!)), encoding };
    case 'utf-16le':
    case 'utf-16be': {
      if (bytes.length % 2 !== 0) return { ok: false, binary: false, error: `is not valid ${encoding.toUpperCase()} (odd number of bytes)` };
      const le = encoding === 'utf-16le' ? bytes : swapBytes(bytes);
      let text: string;
      try {
        text = utf16le.decode(le);
      } catch {
        return { ok: false, binary: false, error: `is not valid ${encoding.toUpperCase()} (an unpaired surrogate)` };
      }
      if (text.includes('\0')) return { ok: false, error: 'looks binary (it contains NUL characters); skipped', binary: true };
      return { ok: true, text, encoding };
    }
  }
}

export const HAS_NUL_BYTES = 'looks binary (it contains NUL bytes); skipped';
export const notUtf8 = (offset: number) =>
  `is not valid UTF-8 (first bad byte at offset ${offset}); if it is a legacy encoding, name it with --encoding (e.g. --encoding windows-1252 or --encoding latin1)`;

/** Text back to bytes in the encoding it was read in. Throws if a character has no byte in it. */
export function encodeText(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return swapBytes(Buffer.from(text, 'utf16le'));
    case 'latin1':
    case 'windows-1252': {
      // Map windows-1252's characters back to their bytes, so that every character left is one byte.
      const unwritable = (c: string) => new Error(`character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} cannot be written in ${encoding}`);
      const bytewise =
        encoding === 'latin1'
          ? text
          : text.replace(/[^\u0000-\u007f\u00a0-\u00ff]/g, (c) => {
              const b = CP1252_REVERSE.get(c.charCodeAt(0));
              if (b === undefined) throw unwritable(c);
              return String.fromCharCode(b);
            });
      const bad = /[^\u0000-\u00ff]/.exec(bytewise);
      if (bad) throw unwritable(bad[0]);
      return Buffer.from(bytewise, 'latin1');
    }
  }
}

const latin1Text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export function sniff(bytes: Uint8Array): Encoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function swapBytes(bytes: Uint8Array): Buffer {
  const out = Buffer.from(bytes);
  out.swap16();
  return out;
}

export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range is narrower after four leads: no overlong form (E0, F0), no surrogate
    // (ED), nothing past U+10FFFF (F4). The offset is the sequence's first byte, where the error starts.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (need > 0 && (i + 1 >= bytes.length || bytes[i + 1]! < low || bytes[i + 1]! > high)) return i;
    for (let k = 2; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
