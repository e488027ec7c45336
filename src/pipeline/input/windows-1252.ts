/**
 * Windows-1252, the encoding of most legacy Western web pages and Word exports. Bytes
 * 0x00–0x7F are ASCII, 0xA0–0xFF are Latin-1; 0x80–0x9F hold typographic characters.
 * HTML numeric references in 0x80–0x9F (`&#146;`) are also read through this table.
 */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** The character a Windows-1252 byte (or HTML code point 0x80–0x9F) stands for. */
export function windows1252CodePoint(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] as number) : byte;
}

const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), windows1252CodePoint);
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
