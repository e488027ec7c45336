/**
 * Splits a byte stream into text lines without holding more than one line in memory, so a
 * JSONL file of any size is read with constant memory. Lines end at LF; a CR before it is
 * dropped (CRLF files). A UTF-8 byte-order mark at the start is removed.
 */

export interface TextLine {
  /** 1-based line number. */
  number: number;
  text: string;
  /** True when the bytes were not valid UTF-8 (bad sequences became U+FFFD). */
  invalidUtf8: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export async function* readLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<TextLine> {
  let pending: Uint8Array[] = [];
  let number = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, start)) {
      pending.push(chunk.subarray(start, lf));
      number += 1;
      yield decodeLine(concat(pending), number);
      pending = [];
      start = lf + 1;
    }
    if (start < chunk.length) pending.push(chunk.slice(start));
  }
  if (pending.length > 0) yield decodeLine(concat(pending), number + 1);
}

function decodeLine(bytes: Uint8Array, number: number): TextLine {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === CR) end -= 1;
  let begin = 0;
  if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) begin = 3;
  const body = bytes.subarray(begin, end);
  try {
    return { number, text: strict.decode(body), invalidUtf8: false };
  } catch {
    return { number, text: lenient.decode(body), invalidUtf8: true };
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] ?? new Uint8Array();
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
