import { sniffBinary, sniffUtf16WithoutBom } from './binary-sniff';
import { scanUtf8 } from './utf8-scan';
import { decodeWindows1252 } from './windows-1252';

/**
 * Bytes → text. Articles are expected in UTF-8; byte order marks select UTF-8 or UTF-16;
 * binary files are refused with what they look like; damaged text is still read, with a
 * warning that says where, so nothing is silently dropped.
 */

export type DecodeResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; error: string };

type Utf16 = 'utf-16le' | 'utf-16be';

function byteOrderMark(bytes: Uint8Array): 'utf-8' | Utf16 | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 through the little-endian decoder every platform has (big-endian is byte-swapped). */
function decodeUtf16(bytes: Uint8Array, order: Utf16): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let units = bytes;
  if (units.length % 2 === 1) {
    warnings.push('the file ends in half a UTF-16 character; that last byte was dropped');
    units = units.subarray(0, units.length - 1);
  }
  if (order === 'utf-16be') {
    const swapped = new Uint8Array(units.length);
    for (let i = 0; i < units.length; i += 2) {
      swapped[i] = units[i + 1] as number;
      swapped[i + 1] = units[i] as number;
    }
    units = swapped;
  }
  return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(units), warnings };
}

function decodeUtf8(bytes: Uint8Array): { text: string; warnings: string[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), warnings: [] };
  } catch {
    const scan = scanUtf8(bytes);
    // No valid multi-byte character at all: the file is in a single-byte legacy encoding,
    // most likely Windows-1252 ("café" saved by an old editor). Read it as such, losing nothing.
    if (scan.multibyteCount === 0) {
      return {
        text: decodeWindows1252(bytes),
        warnings: [
          `not UTF-8 (first non-UTF-8 byte at ${scan.firstInvalid}); read as Windows-1252 (Western European) text`,
        ],
      };
    }
    const elsewhere = scan.invalidCount > 1 ? ` and ${scan.invalidCount - 1} more place(s)` : '';
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      warnings: [
        `invalid UTF-8 at byte ${scan.firstInvalid}${elsewhere}; decoded with replacement characters (\uFFFD)`,
      ],
    };
  }
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file, skipped' };
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-8') return { ok: true, ...decodeUtf8(bytes.subarray(3)) };
  if (bom) return { ok: true, ...decodeUtf16(bytes.subarray(2), bom) };
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return { ok: true, ...decodeUtf16(bytes, utf16) };
  const binaryKind = sniffBinary(bytes);
  if (binaryKind) return { ok: false, error: `binary file (${binaryKind}), skipped` };
  return { ok: true, ...decodeUtf8(bytes) };
}
