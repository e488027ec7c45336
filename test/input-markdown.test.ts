import { describe, expect, it } from 'vitest';
import { markdownToText } from '../src/pipeline/input/markdown';
import { parseFile } from '../src/pipeline/input/parse-file';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('Markdown articles', () => {
  it('the first level-1 heading is the title; markup is stripped so sentences read cleanly', () => {
    const md = [
      '# Baidu launches *Ernie 4.5*',
      '',
      'Baidu on **Tuesday** released [Ernie 4.5](https://example.com/ernie), its answer to',
      "OpenAI's `GPT-4o`. ![chart](chart.png)",
      '',
      '## Background',
      '',
      '> The model rivals __Claude__ and ~~Gemini~~ Gemma.',
      '',
      '- Tencent invested in Zhipu',
      '* Alibaba partnered with Apple',
      '1. ByteDance built Doubao',
      '',
      '```python',
      'print("Microsoft is not in the text")',
      '```',
      '',
      '---',
      '[ref]: https://example.com',
      'Escaped \\*stars\\* and snake_case and 5 * 3 stay.',
    ].join('\n');
    const result = parseFile('notes/ernie.md', utf8(md));
    expect(result.problems).toEqual([]);
    expect(result.articles).toEqual([
      {
        id: 'ernie',
        title: 'Baidu launches Ernie 4.5',
        text: [
          'Baidu launches Ernie 4.5',
          '',
          "Baidu on Tuesday released Ernie 4.5, its answer to OpenAI's GPT-4o.",
          '',
          'Background',
          '',
          'The model rivals Claude and Gemini Gemma.',
          '',
          'Tencent invested in Zhipu\nAlibaba partnered with Apple\nByteDance built Doubao',
          '',
          'Escaped *stars* and snake_case and 5 * 3 stay.',
        ].join('\n'),
      },
    ]);
  });

  it('setext headings and front matter', () => {
    expect(markdownToText('---\nauthor: x\ntitle: "From front matter"\n---\nBody text.')).toEqual({
      title: 'From front matter',
      text: 'Body text.',
    });
    expect(markdownToText('Mistral raises funds\n====\n\nSub\n---\nText.')).toEqual({
      title: 'Mistral raises funds',
      text: 'Mistral raises funds\n\nSub\n\nText.',
    });
  });

  it('HTML comments and CRLF line endings', () => {
    const result = parseFile('c.md', utf8('# T\r\n\r\nVisible <!-- hidden\r\nstill hidden --> text.\r\n'));
    expect(result.articles[0]?.text).toBe('T\n\nVisible text.');
  });

  it('an unclosed code fence drops the rest, which leaves no words', () => {
    const result = parseFile('code.md', utf8('```\nconst x = "Alibaba";\n'));
    expect(result.articles).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/^no text.*outside the markup, skipped$/);
  });

  it('a 1 MB single line full of brackets and stars stays linear and keeps its words', () => {
    const line = 'Alibaba [banned *Claude* Code ('.repeat(35_000);
    const { text } = markdownToText(line);
    expect(text.length).toBeGreaterThan(900_000);
    expect(text.startsWith('Alibaba [banned Claude Code (Alibaba')).toBe(true);
  });
});

describe('ATX headings', () => {
  it('closing hashes are markup only when they stand apart from the text', () => {
    expect(markdownToText('## Who built C# ##\n\n### C#\n\n#NotAHeading').text).toBe('Who built C#\n\nC#\n\n#NotAHeading');
  });
});
