import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/pipeline/input/decode';
import { parseFile } from '../src/pipeline/input/parse-file';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const all = parts.flatMap((p) => Array.from(p));
  return new Uint8Array(all);
};

function utf16(text: string, order: 'le' | 'be', withBom: boolean): Uint8Array {
  const bytes: number[] = withBom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [low, high] = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'le' ? [low, high] : [high, low]));
  }
  return new Uint8Array(bytes);
}

const SENTENCE = 'Alibaba has barred its employees from using Claude Code — “a security risk”.';

describe('binary files are skipped with what they look like', () => {
  const cases: [string, Uint8Array, string][] = [
    ['photo.txt', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('\0\0\0\rIHDR')), 'PNG image'],
    ['archive.txt', concat(utf8('PK'), [0x03, 0x04, 0x14, 0x00], utf8('word/document.xml')), 'ZIP archive'],
    ['scan.html', concat([0xff, 0xd8, 0xff, 0xe0], utf8('JFIF')), 'JPEG image'],
    ['report.md', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'PDF document'],
    ['dump.jsonl', concat([0x1f, 0x8b, 0x08, 0x00], utf8('compressed')), 'gzip archive'],
  ];
  for (const [path, bytes, kind] of cases) {
    it(`${kind} (${path})`, () => {
      const result = parseFile(path, bytes);
      expect(result.articles).toEqual([]);
      expect(result.problems).toEqual([
        { file: path, severity: 'error', message: expect.stringMatching(new RegExp(`^binary file \\(${kind}.*\\), skipped$`)) },
      ]);
    });
  }

  it('a file with NUL bytes and no known signature', () => {
    const result = parseFile('blob.txt', concat(utf8('abc'), [0, 1, 2, 0, 0, 0], utf8('def')));
    expect(result.problems[0]?.message).toMatch(/^binary file \(it contains NUL bytes.*\), skipped$/);
  });

  it('a file that is mostly control bytes', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    expect(decodeBytes(bytes)).toEqual({ ok: false, error: 'binary file (mostly control characters, not text), skipped' });
  });

  it('text that happens to start like a signature word is still text', () => {
    const result = parseFile('gif.txt', utf8('GIF files are popular. PK is a common abbreviation.'));
    expect(result.articles).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });
});

describe('encodings', () => {
  it('UTF-8 with a byte order mark: the mark is not part of the text', () => {
    const result = parseFile('bom.txt', concat([0xef, 0xbb, 0xbf], utf8(SENTENCE)));
    expect(result.articles[0]?.text).toBe(SENTENCE);
    expect(result.problems).toEqual([]);
  });

  for (const order of ['le', 'be'] as const) {
    it(`UTF-16 ${order.toUpperCase()} with a byte order mark`, () => {
      const text = `${SENTENCE}\nЯндекс and 百度 too 🤖.`;
      const result = parseFile(`utf16${order}.txt`, utf16(text, order, true));
      expect(result.articles[0]?.text).toBe(text);
      expect(result.problems).toEqual([]);
    });

    it(`UTF-16 ${order.toUpperCase()} without a byte order mark is recognised, not called binary`, () => {
      const result = parseFile(`nobom${order}.txt`, utf16(SENTENCE, order, false));
      expect(result.articles[0]?.text).toBe(SENTENCE);
    });
  }

  it('UTF-16 with a BOM works for JSON too', () => {
    const result = parseFile('records.json', utf16('{"id": "a1", "text": "Baidu launched Ernie."}', 'le', true));
    expect(result.articles).toEqual([{ id: 'a1', text: 'Baidu launched Ernie.', title: 'Baidu launched Ernie.' }]);
  });

  it('invalid UTF-8 is decoded with replacement characters, naming the first bad byte', () => {
    const before = utf8('Zhipu’s model — ');
    const bytes = concat(before, [0xc3, 0x28], utf8(' is new. Ernie ’ ok'), [0xff], utf8(' end.'));
    const result = parseFile('damaged.txt', bytes);
    expect(result.problems).toEqual([
      {
        file: 'damaged.txt',
        severity: 'warning',
        message: `invalid UTF-8 at byte ${before.length} and 1 more place(s); decoded with replacement characters (\uFFFD)`,
      },
    ]);
    expect(result.articles[0]?.text).toBe('Zhipu’s model — \uFFFD( is new. Ernie ’ ok\uFFFD end.');
  });

  it('a legacy Windows-1252 file (no UTF-8 at all) is read without losing characters', () => {
    // "Nestlé’s café" in Windows-1252: é = 0xE9, ’ = 0x92.
    const bytes = concat(utf8('Nestl'), [0xe9, 0x92], utf8('s caf'), [0xe9], utf8(' opened.'));
    const result = parseFile('legacy.txt', bytes);
    expect(result.articles[0]?.text).toBe('Nestlé’s café opened.');
    expect(result.problems).toEqual([
      {
        file: 'legacy.txt',
        severity: 'warning',
        message: 'not UTF-8 (first non-UTF-8 byte at 5); read as Windows-1252 (Western European) text',
      },
    ]);
  });

  it('overlong encodings and encoded surrogates count as invalid UTF-8', () => {
    const result = decodeBytes(concat(utf8('é ok '), [0xc0, 0xaf], utf8(' and '), [0xed, 0xa0, 0x80]));
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^invalid UTF-8 at byte 6 and \d more place/)]);
  });
});
