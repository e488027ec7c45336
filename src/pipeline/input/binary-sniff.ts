/**
 * Tells binary files (images, archives, documents) from text by their first bytes, so they are
 * skipped with a message that says what they are instead of being read as garbage text.
 */

/** How many leading bytes are inspected: enough for every signature and a fair sample. */
const SAMPLE_BYTES = 8192;

/** A share of unreadable control bytes above which a file is not text. */
const CONTROL_SHARE_LIMIT = 0.1;

/** A share of NUL bytes above which a file is binary; below it, a stray NUL is dropped from text. */
const NUL_SHARE_LIMIT = 0.01;

interface Signature {
  kind: string;
  /** Bytes at `offset`; `null` matches any byte. */
  bytes: (number | null)[];
  offset?: number;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { kind: 'PNG image', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: ascii('GIF87a') },
  { kind: 'GIF image', bytes: ascii('GIF89a') },
  { kind: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { kind: 'WAV audio', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { kind: 'AVI video', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')] },
  { kind: 'TIFF image', bytes: [...ascii('II*'), 0x00] },
  { kind: 'TIFF image', bytes: [...ascii('MM'), 0x00, 0x2a] },
  { kind: 'PDF document', bytes: ascii('%PDF-') },
  { kind: 'ZIP archive or Office document', bytes: [...ascii('PK'), 0x03, 0x04] },
  { kind: 'ZIP archive or Office document', bytes: [...ascii('PK'), 0x05, 0x06] },
  { kind: 'old Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'xz archive', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { kind: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: '7-Zip archive', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { kind: 'SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { kind: 'WebAssembly module', bytes: [0x00, ...ascii('asm')] },
  { kind: 'program (ELF executable)', bytes: [0x7f, ...ascii('ELF')] },
  { kind: 'Java class file', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { kind: 'MP3 audio', bytes: [...ascii('ID3'), null, 0x00] },
  { kind: 'Ogg audio or video', bytes: ascii('OggS') },
  { kind: 'FLAC audio', bytes: ascii('fLaC') },
  { kind: 'MP4 or QuickTime video', bytes: ascii('ftyp'), offset: 4 },
];

function matches(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => b === null || bytes[offset + i] === b);
}

/** Bytes that never occur in text: C0 controls other than tab, LF, VT, FF, CR and ESC, and DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/**
 * What kind of binary file `bytes` looks like ("PNG image"), or `undefined` for text.
 * Call it only after ruling out UTF-16, whose ASCII characters contain NUL bytes.
 */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const signature = SIGNATURES.find((s) => matches(bytes, s));
  if (signature) return signature.kind;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nuls = 0;
  let controls = 0;
  for (const b of sample) {
    if (b === 0) nuls++;
    else if (isControlByte(b)) controls++;
  }
  if (nuls > sample.length * NUL_SHARE_LIMIT) return 'it contains NUL bytes, which text never has';
  if (controls > sample.length * CONTROL_SHARE_LIMIT) return 'mostly control characters, not text';
  return undefined;
}

/**
 * Recognises UTF-16 without a byte order mark by its pattern of NUL bytes: text that is mostly
 * ASCII has a zero in every other byte. Returns the byte order, or `undefined`.
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.05) return 'utf-16le';
  if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.05) return 'utf-16be';
  return undefined;
}
