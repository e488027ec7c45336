import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/pipeline/input/normalize';
import { parseFile } from '../src/pipeline/input/parse-file';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The Char production of XML 1.0: everything GEXF can hold. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('empty and wordless files are skipped with a reason', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty.txt', new Uint8Array(0), /^empty file, skipped$/],
    ['blank.md', utf8(' \n\t\r\n   \n'), /^empty file \(only whitespace\), skipped$/],
    ['dots.txt', utf8('... !!! ??? — ; :: ***\n'), /^no words to read \(only numbers or punctuation\), skipped$/],
    ['numbers.txt', utf8('2024 2025\n3.14 -17 1,000,000 42%'), /^no words to read/],
    ['markup-only.html', utf8('<html><script>alert("hi")</script><p> &nbsp; </p></html>'), /^no (text|words).*outside the markup, skipped$/],
  ];
  for (const [path, bytes, message] of cases) {
    it(path, () => {
      const result = parseFile(path, bytes);
      expect(result.articles).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ file: path, severity: 'error' });
      expect(result.problems[0]?.message).toMatch(message);
    });
  }
});

describe('article id and supported types', () => {
  it('the id is the file name without folder or extension; the extension is case-insensitive', () => {
    const result = parseFile('corpus/2026 July/Alibaba bans Claude.TXT', utf8('Alibaba banned Claude Code.'));
    expect(result.articles).toEqual([{ id: 'Alibaba bans Claude', text: 'Alibaba banned Claude Code.', title: 'Alibaba banned Claude Code.' }]);
  });

  it('Windows paths and decomposed (macOS) file names give a composed id', () => {
    const result = parseFile('C:\\news\\Nestle\u0301.txt', utf8('Nestlé opened a lab.'));
    expect(result.articles[0]?.id).toBe('Nestlé');
  });

  it('an unsupported type is refused, naming what is supported', () => {
    const result = parseFile('paper.pdf', utf8('%PDF-1.4'));
    expect(result.problems).toEqual([
      {
        file: 'paper.pdf',
        severity: 'error',
        message: 'newsgraph does not read ".pdf" files (it reads .txt, .md, .html, .htm, .json, .jsonl), skipped',
      },
    ]);
  });
});

describe('line endings', () => {
  it('CRLF and lone CR become LF', () => {
    const result = parseFile('mixed.txt', utf8('First line.\r\nSecond line.\rThird line.\nFourth.'));
    expect(result.articles[0]?.text).toBe('First line.\nSecond line.\nThird line.\nFourth.');
  });

  it('form feeds and Unicode line separators become line breaks instead of gluing words', () => {
    expect(normalizeText('Page one.\fPage two.\u2028Next\u2029Last').text).toBe('Page one.\nPage two.\nNext\nLast');
  });
});

describe('characters XML 1.0 forbids', () => {
  it('are removed, with a count; names with &, <, > and quotes stay as written', () => {
    const raw =
      'AT&T and <Labs> said "hi" and \'bye\'.\u0000\u0001 Bell\u0007 \u001B[31m\u001F\uFFFE\uFFFF done. ' +
      'A stray NUL in a long article is dropped, the article is kept. '.repeat(3);
    const result = parseFile('hostile.txt', utf8(raw));
    const text = result.articles[0]?.text ?? '';
    expect(text).toMatch(XML_CHARS);
    expect(text).toContain('AT&T and <Labs> said "hi" and \'bye\'.');
    expect(text).toContain('Bell [31m');
    expect(text).toContain('done. A stray NUL');
    expect(result.problems).toEqual([
      {
        file: 'hostile.txt',
        severity: 'warning',
        message: expect.stringMatching(/^removed \d+ invisible control character\(s\) that cannot be stored in the graph file$/),
      },
    ]);
  });

  it('lone surrogates are removed but surrogate pairs (emoji) are kept', () => {
    const { text, removed } = normalizeText('a\uD83D b\uDE00 c\uD83D\uDE00 d\uDE00\uD83D');
    expect(text).toBe('a b c😀 d');
    expect(removed).toBe(4);
    expect(text).toMatch(XML_CHARS);
  });

  it('text is composed (NFC) so the same name typed two ways is one string', () => {
    expect(normalizeText('Nestle\u0301 and Nestlé').text).toBe('Nestlé and Nestlé');
  });
});

describe('size', () => {
  it('a 1 MB single line without sentence breaks is read whole', () => {
    const line = 'Alibaba Anthropic Claude Code Qwen Baidu Ernie '.repeat(22_000);
    expect(line.length).toBeGreaterThan(1_000_000);
    const result = parseFile('one-line.txt', utf8(line));
    expect(result.articles[0]?.text).toBe(line.trim());
    expect(result.problems).toEqual([]);
  });
});

describe('scripts and astral characters', () => {
  it('Chinese text is used, with a warning that entities may be missed', () => {
    const text = '阿里巴巴禁止员工使用Anthropic的Claude Code编程助手，理由是数据安全风险。';
    const result = parseFile('zh.txt', utf8(text));
    expect(result.articles[0]?.text).toBe(text);
    expect(result.problems).toEqual([
      {
        file: 'zh.txt',
        severity: 'warning',
        message: expect.stringMatching(/^mostly Chinese text \(\d+% of letters\); newsgraph reads English, so entities may be missed$/),
      },
    ]);
  });

  it('Russian text is used, with a warning', () => {
    const text = 'Яндекс запустил новую модель YandexGPT, конкурента ChatGPT.';
    const result = parseFile('ru.txt', utf8(text));
    expect(result.articles[0]?.text).toBe(text);
    expect(result.problems[0]?.message).toMatch(/^mostly Cyrillic text/);
  });

  it('English with a few foreign names raises no warning', () => {
    const text = 'Alibaba released Tongyi Qianwen (通义千问) while Yandex (Яндекс) launched YandexGPT in Moscow.';
    const result = parseFile('mixed.txt', utf8(text));
    expect(result.articles[0]?.text).toBe(text);
    expect(result.problems).toEqual([]);
  });

  it('emoji and other astral characters keep UTF-16 offsets exact', () => {
    const text = '🚀 Anthropic 🤖 launched Claude 👩‍💻 today; 𝔸𝕀 fans 🇺🇸 cheered Claude.';
    const article = parseFile('emoji.txt', utf8(`\r\n${text}\r\n`)).articles[0];
    expect(article?.text).toBe(text);
    const body = article?.text ?? '';
    for (const name of ['Anthropic', 'Claude', '𝔸𝕀', '🇺🇸']) {
      const start = body.indexOf(name);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(body.slice(start, start + name.length)).toBe(name);
      expect(start).toBe(text.indexOf(name));
    }
    expect(body.lastIndexOf('Claude')).toBe(text.lastIndexOf('Claude'));
  });
});
