import { describe, expect, it } from 'vitest';
import { readLines, type TextLine } from '../src/cli/read-lines';

async function linesOf(chunks: Uint8Array[]): Promise<TextLine[]> {
  async function* stream() {
    yield* chunks;
  }
  const lines: TextLine[] = [];
  for await (const line of readLines(stream())) lines.push(line);
  return lines;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readLines (streamed JSONL lines)', () => {
  it('splits LF and CRLF lines and numbers them from 1, keeping a last line without newline', async () => {
    const lines = await linesOf([bytes('{"a":1}\r\n\n{"b":2}\n{"c":3}')]);
    expect(lines.map((l) => [l.number, l.text])).toEqual([
      [1, '{"a":1}'],
      [2, ''],
      [3, '{"b":2}'],
      [4, '{"c":3}'],
    ]);
  });

  it('joins lines and multi-byte characters cut across chunk boundaries', async () => {
    const all = bytes('first «quoted» 文字 😀\nsecond\n');
    const chunks = Array.from({ length: all.length }, (_, i) => all.subarray(i, i + 1));
    const lines = await linesOf(chunks);
    expect(lines.map((l) => l.text)).toEqual(['first «quoted» 文字 😀', 'second']);
    expect(lines.every((l) => !l.invalidUtf8)).toBe(true);
  });

  it('drops a UTF-8 byte-order mark on the first line only', async () => {
    const lines = await linesOf([new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0x0a, 0xef, 0xbb, 0xbf, 0x7b, 0x7d])]);
    expect(lines.map((l) => l.text)).toEqual(['{}', '\uFEFF{}']);
  });

  it('flags invalid UTF-8 and replaces the bad bytes instead of failing', async () => {
    const lines = await linesOf([new Uint8Array([0x6f, 0x6b, 0x0a, 0x62, 0xff, 0x64, 0x0a])]);
    expect(lines).toEqual([
      { number: 1, text: 'ok', invalidUtf8: false },
      { number: 2, text: 'b\uFFFDd', invalidUtf8: true },
    ]);
  });
});
