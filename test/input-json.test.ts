import { describe, expect, it } from 'vitest';
import type { Article, InputProblem } from '../src/pipeline/types';
import { ArticleIdRegistry } from '../src/pipeline/input/article-ids';
import { parseJsonlLine, readJsonlLine } from '../src/pipeline/input/jsonl';
import { parseFile } from '../src/pipeline/input/parse-file';
import { isInputProblem } from '../src/pipeline/input/parsed-input';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const jsonl = (...lines: string[]): Uint8Array => utf8(lines.join('\n'));
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('.json files', () => {
  it('one record with all fields', () => {
    const record = { id: 'r1', title: 'Ban', text: 'Alibaba banned Claude Code.', url: 'https://x.test/a', date: '2026-07-05', extra: 1 };
    expect(parseFile('one.json', utf8(JSON.stringify(record)))).toEqual({
      articles: [{ id: 'r1', title: 'Ban', text: 'Alibaba banned Claude Code.', url: 'https://x.test/a', date: '2026-07-05' }],
      problems: [],
    });
  });

  it('a record without id takes the file name; numeric ids become strings', () => {
    expect(parseFile('data/story.json', utf8('{"text": "Baidu built Ernie."}')).articles).toEqual([{ id: 'story', text: 'Baidu built Ernie.', title: 'Baidu built Ernie.' }]);
    expect(parseFile('n.json', utf8('{"id": 42, "text": "Baidu built Ernie."}')).articles[0]?.id).toBe('42');
  });

  it('a list of records: bad ones are reported by position and line, good ones kept', () => {
    // One record per line: record k is on line k + 1.
    const records = [
        { id: 'a', text: 'Tencent invested in Zhipu.', title: 'Tencent invested in Zhipu.' },
        { id: 'a', text: 'A second article with the same id.', title: 'A second article with the same id.' },
        { text: 'No id: gets the file name and position.' },
        { id: 'b', title: 7, text: 'Wrong-typed title is ignored, the article kept.' },
        { id: 'c' },
        { id: 'd', text: 12 },
        { id: { nested: true }, text: 'Object id.' },
        'just a string',
        { id: 'e', text: '  ', title: '' },
        { id: 'f', text: '2024 — 2025!', title: '2024 — 2025!' },
        { id: null, url: null, text: 'Null id and url count as absent.' },
    ];
    const json = `[\n${records.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]`;
    const result = parseFile('batch.json', utf8(json));
    expect(result.articles).toEqual([
      { id: 'a', text: 'Tencent invested in Zhipu.', title: 'Tencent invested in Zhipu.' },
      { id: 'batch-3', text: 'No id: gets the file name and position.', title: 'No id: gets the file name and position.' },
      { id: 'b', text: 'Wrong-typed title is ignored, the article kept.', title: 'Wrong-typed title is ignored, the article kept.' },
      { id: 'batch-11', text: 'Null id and url count as absent.', title: 'Null id and url count as absent.' },
    ]);
    const lineOf = (index: number): number => index + 2;
    expect(result.problems).toEqual([
      { file: 'batch.json', line: lineOf(1), severity: 'error', message: `record 2 (line ${lineOf(1)}): duplicate id "a" (already used at record 1 (line 2)), skipped` },
      { file: 'batch.json', line: lineOf(3), severity: 'warning', message: `record 4 (line ${lineOf(3)}): field "title" should be a string, got a number; ignored` },
      { file: 'batch.json', line: lineOf(4), severity: 'error', message: `record 5 (line ${lineOf(4)}): no "text" field, skipped` },
      { file: 'batch.json', line: lineOf(5), severity: 'error', message: `record 6 (line ${lineOf(5)}): field "text" must be a string, got a number; skipped` },
      { file: 'batch.json', line: lineOf(6), severity: 'error', message: `record 7 (line ${lineOf(6)}): field "id" must be a string or a number, got an object; skipped` },
      { file: 'batch.json', line: lineOf(7), severity: 'error', message: `record 8 (line ${lineOf(7)}): expected an article like {"id": …, "text": …}, got a string; skipped` },
      { file: 'batch.json', line: lineOf(8), severity: 'error', message: `record 9 (line ${lineOf(8)}): field "text": no text (empty or only whitespace), skipped` },
      { file: 'batch.json', line: lineOf(9), severity: 'error', message: `record 10 (line ${lineOf(9)}): field "text": no words to read (only numbers or punctuation), skipped` },
    ]);
  });

  it('malformed JSON names the line of the error', () => {
    const result = parseFile('broken.json', utf8('[\n  {"id": "a", "text": "ok"},\n  {"id": "b", "text": "ok",}\n]'));
    expect(result.articles).toEqual([]);
    expect(result.problems).toEqual([
      { file: 'broken.json', severity: 'error', message: expect.stringMatching(/^not valid JSON \(.+ at line 3\), skipped$/) },
    ]);
  });

  it('a JSON value that is not an article, and an empty list', () => {
    expect(parseFile('s.json', utf8('"text"')).problems[0]?.message).toBe(
      'expected an article {"id", "title", "text", "url", "date"} or a list of them, got a string; skipped',
    );
    expect(parseFile('e.json', utf8('[]')).problems[0]?.message).toBe('the file holds an empty list, no articles; skipped');
  });

  it('a .json file holding JSON Lines is read line by line, with a warning', () => {
    const result = parseFile('feed.json', jsonl('{"id": "a", "text": "Meta released Llama."}', '{"id": "b", "text": "xAI built Grok."}'));
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.problems).toEqual([
      { file: 'feed.json', severity: 'warning', message: 'this .json file holds one record per line (JSON Lines); read it as .jsonl' },
    ]);
  });

  it('raw tabs and line breaks inside strings are tolerated, with a warning', () => {
    const result = parseFile('raw.json', utf8('{"id": "t", "text": "Line one.\nLine\ttwo."}'));
    expect(result.articles).toEqual([{ id: 't', text: 'Line one. Line two.', title: 'Line one.' }]);
    expect(result.problems[0]?.message).toMatch(/^raw tabs, line breaks/);
  });

  it('XML-hostile names and escaped control characters, lone surrogates in titles and ids', () => {
    const record = '{"id": "x\\u0000y", "title": "AT&T \\"<Labs>\\" \\ud800", "text": "AT&T and <Labs> met \'Q\' \\u0001\\u001f\\uffff \\ud83d\\ude00."}';
    const result = parseFile('hostile.json', utf8(record));
    const article = result.articles[0] as Article;
    expect(article).toEqual({ id: 'xy', title: 'AT&T "<Labs>"', text: "AT&T and <Labs> met 'Q'  😀." });
    for (const value of [article.id, article.title ?? '', article.text]) expect(value).toMatch(XML_CHARS);
    expect(result.problems).toEqual([
      { file: 'hostile.json', severity: 'warning', message: 'removed 5 invisible control character(s) that cannot be stored in the graph file' },
    ]);
  });
});

describe('.jsonl files', () => {
  it('reports broken lines by number and keeps the good ones', () => {
    const result = parseFile(
      'feed.jsonl',
      jsonl(
        '{"id": "a", "text": "OpenAI launched GPT-5."}',
        '',
        '{"id": "b", "text": "Missing brace."',
        '{"text": "No id here."}',
        '{"id": "a", "text": "Same id again."}',
        '[1, 2]',
        '   ',
        '{"id": "c", "text": "Nvidia sells chips.", "date": 20260705}',
      ),
    );
    expect(result.articles).toEqual([
      { id: 'a', text: 'OpenAI launched GPT-5.', title: 'OpenAI launched GPT-5.' },
      { id: 'feed-4', text: 'No id here.', title: 'No id here.' },
      { id: 'c', text: 'Nvidia sells chips.', title: 'Nvidia sells chips.' },
    ]);
    expect(result.problems).toEqual([
      { file: 'feed.jsonl', line: 3, severity: 'error', message: expect.stringMatching(/^line 3: not valid JSON \(.+\), skipped$/) },
      { file: 'feed.jsonl', line: 5, severity: 'error', message: 'line 5: duplicate id "a" (already used at line 1), skipped' },
      { file: 'feed.jsonl', line: 6, severity: 'error', message: 'line 6: expected an article like {"id": …, "text": …}, got a list; skipped' },
      { file: 'feed.jsonl', line: 8, severity: 'warning', message: 'line 8: field "date" should be a string, got a number; ignored' },
    ]);
  });

  it('CRLF line endings and a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"id": "a", "text": "One."}\r\n{"id": "b", "text": "Two."}\r\n')]);
    expect(parseFile('crlf.jsonl', bytes)).toEqual({ articles: [{ id: 'a', text: 'One.', title: 'One.' }, { id: 'b', text: 'Two.', title: 'Two.' }], problems: [] });
  });

  it('a file of only broken lines yields no articles and one error per line', () => {
    const result = parseFile('bad.jsonl', jsonl('nope', '{"x": 1}'));
    expect(result.articles).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'error'],
      [2, 'error'],
    ]);
  });

  it('a 100,000-line file with a few broken lines', () => {
    const broken = new Map<number, string>([
      [17, '{"id": "x17", "text": "unterminated'],
      [5_000, '{"id": 5000}'],
      [42_424, '{"id": "n42424", "text": 42424}'],
      [99_999, 'not json at all'],
    ]);
    const lines: string[] = [];
    for (let n = 1; n <= 100_000; n++) {
      lines.push(broken.get(n) ?? JSON.stringify({ id: `n${n}`, text: `Company ${n} released model ${n}.` }));
    }
    const result = parseFile('big.jsonl', jsonl(...lines));
    expect(result.articles).toHaveLength(100_000 - broken.size);
    expect(result.articles[0]).toEqual({ id: 'n1', text: 'Company 1 released model 1.', title: 'Company 1 released model 1.' });
    expect(result.articles.at(-1)).toEqual({ id: 'n100000', text: 'Company 100000 released model 100000.', title: 'Company 100000 released model 100000.' });
    expect(result.problems.map((p) => p.line)).toEqual([...broken.keys()]);
    expect(result.problems.every((p) => p.severity === 'error' && p.message.startsWith(`line ${p.line}: `))).toBe(true);
  });
});

describe('streaming JSONL line by line', () => {
  it('parseJsonlLine returns the article, the error, or null for a blank line', () => {
    expect(parseJsonlLine('s.jsonl', '{"id": 7, "text": "Apple sued Epic."}', 1)).toEqual({ id: '7', text: 'Apple sued Epic.', title: 'Apple sued Epic.' });
    expect(parseJsonlLine('s.jsonl', '   ', 2)).toBeNull();
    const problem = parseJsonlLine('s.jsonl', '{"text": ""}', 3) as InputProblem;
    expect(isInputProblem(problem)).toBe(true);
    expect(problem).toEqual({ file: 's.jsonl', line: 3, severity: 'error', message: 'line 3: field "text": no text (empty or only whitespace), skipped' });
    expect(isInputProblem(parseJsonlLine('s.jsonl', '{"text": "Fine."}', 4) as Article)).toBe(false);
  });

  it('readJsonlLine also returns the warnings of a usable line', () => {
    expect(readJsonlLine('s.jsonl', '{"id": "r", "text": "Яндекс запустил YandexGPT.", "url": 5}', 9)).toEqual({
      articles: [{ id: 'r', text: 'Яндекс запустил YandexGPT.', title: 'Яндекс запустил YandexGPT.' }],
      problems: [
        { file: 's.jsonl', line: 9, severity: 'warning', message: expect.stringMatching(/^line 9: mostly Cyrillic text/) },
        { file: 's.jsonl', line: 9, severity: 'warning', message: 'line 9: field "url" should be a string, got a number; ignored' },
      ],
    });
  });

  it('a byte order mark left on the first streamed line is ignored', () => {
    expect(parseJsonlLine('s.jsonl', '\uFEFF{"id": "a", "text": "Hi there."}', 1)).toEqual({ id: 'a', text: 'Hi there.', title: 'Hi there.' });
  });

  it('ArticleIdRegistry tells a streaming reader where an id was first used', () => {
    const ids = new ArticleIdRegistry();
    expect(ids.claim('a', 'line 1')).toBeUndefined();
    expect(ids.claim('b', 'line 2')).toBeUndefined();
    expect(ids.claim('a', 'line 9')).toBe('line 1');
  });
});
