/**
 * A byte-level UTF-8 validator. The platform decoder only says *that* bytes are invalid; this
 * finds *where*, so the message can name the byte, and counts the well-formed multi-byte
 * characters, which tells a damaged UTF-8 file from one in a legacy single-byte encoding.
 */

export interface Utf8Scan {
  /** Offset of the first byte that is not valid UTF-8, or -1. */
  firstInvalid: number;
  /** Number of invalid sequences (each becomes one replacement character when decoding). */
  invalidCount: number;
  /** Number of valid characters encoded in two to four bytes. */
  multibyteCount: number;
}

/** Allowed range of the second byte after each lead byte (RFC 3629, table 3-7 of Unicode). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstInvalid: -1, invalidCount: 0, multibyteCount: 0 };
  const invalidAt = (offset: number): void => {
    if (scan.firstInvalid < 0) scan.firstInvalid = offset;
    scan.invalidCount++;
  };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) {
      invalidAt(i);
      i++;
      continue;
    }
    // Check continuation bytes; on a bad one the sequence so far is one error and the bad
    // byte starts over (the "maximal subpart" rule decoders follow).
    let valid = 1;
    const [low, high] = secondByteRange(lead);
    const second = bytes[i + 1];
    if (second !== undefined && second >= low && second <= high) {
      valid = 2;
      while (valid < length) {
        const next = bytes[i + valid];
        if (next === undefined || next < 0x80 || next > 0xbf) break;
        valid++;
      }
    }
    if (valid === length) scan.multibyteCount++;
    else invalidAt(i);
    i += valid;
  }
  return scan;
}
