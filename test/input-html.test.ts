import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../src/pipeline/input/html-entities';
import { htmlToText } from '../src/pipeline/input/html';
import { parseFile } from '../src/pipeline/input/parse-file';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('HTML articles', () => {
  const page = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8"><title>Alibaba bans Claude Code &#8211; Tech News</title>
  <style>body { font: 12px "<p>Not text</p>"; }</style>
  <script>document.write("<p>Injected by script</p>"); if (a < b && c > d) {}</script>
  <script type="application/ld+json">{"headline": "JSON-LD headline"}</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/apple">Apple</a> <a href="/google">Google</a></nav>
  <noscript><p>Please enable JavaScript</p></noscript>
  <!-- <p>Commented-out paragraph about Microsoft</p> -->
  <article>
    <h1>Alibaba bans Claude&nbsp;Code</h1>
    <p>Alibaba has barred its employees from using Anthropic&#8217;s Claude Code,
       the company&#x2019;s coding assistant.</p>
    <p>AT&amp;T and &lt;Labs&gt; said &quot;no comment&quot;.<br>Shares fell 3&percnt; &mdash; briefly.</p>
    <template><p>Template content</p></template>
    <svg viewBox="0 0 10 10"><title>icon</title><text>svg text</text></svg>
  </article>
  <footer>© 2026 Example Media. All rights reserved.</footer>
</body></html>`;

  it('keeps the article text, drops scripts, styles, comments, templates and page furniture', () => {
    const result = parseFile('news/alibaba.html', utf8(page));
    expect(result.problems).toEqual([]);
    expect(result.articles).toEqual([
      {
        id: 'alibaba',
        title: 'Alibaba bans Claude Code – Tech News',
        text:
          'Alibaba bans Claude Code\n\n' +
          'Alibaba has barred its employees from using Anthropic’s Claude Code, the company’s coding assistant.\n\n' +
          'AT&T and <Labs> said "no comment".\nShares fell 3&percnt; — briefly.',
      },
    ]);
    const text = result.articles[0]?.text ?? '';
    for (const dropped of ['Injected', 'Not text', 'JSON-LD', 'Home', 'Apple', 'JavaScript', 'Microsoft', 'Template', 'svg', 'icon', 'rights']) {
      expect(text).not.toContain(dropped);
    }
  });

  it('.htm is read as HTML too', () => {
    expect(parseFile('x.HTM', utf8('<p>Baidu&rsquo;s Ernie</p>')).articles[0]?.text).toBe('Baidu’s Ernie');
  });

  it('tolerates malformed markup without losing the text around it', () => {
    const html =
      '<p>Huawei <b>unveiled <i>Ascend</b> chips</i> and a < b, <3 too.' +
      '<div class="unterminated>Tencent invested</div>' +
      '<p>Open paragraph <span data-x=\'a"b\'>kept</span> <p>after</p></p></p></div>' +
      '<p>Unclosed tag at the end <a href="x"';
    const { text } = htmlToText(html);
    expect(text).toContain('Huawei unveiled Ascend chips and a < b, <3 too.');
    expect(text).toContain('Tencent invested');
    expect(text).toContain('Open paragraph kept');
    expect(text).toContain('after');
    expect(text).toContain('Unclosed tag at the end');
  });

  it('an unclosed comment or script ends the text there, like a browser', () => {
    expect(htmlToText('<p>Before</p><!-- never closed <p>hidden</p>').text).toBe('Before');
    expect(htmlToText('<p>Before</p><script>var x = "<p>hidden</p>"').text).toBe('Before');
  });

  it('script end tags are matched case-insensitively and not inside other words', () => {
    const { text } = htmlToText('<SCRIPT>x = "</scripture>";</Script ><p>Visible</p>');
    expect(text).toBe('Visible');
  });

  it('blocks become paragraphs, list items and <br> lines, table cells spaces', () => {
    const { text } = htmlToText(
      '<h2>Who</h2><ul><li>OpenAI</li><li>Google</li></ul><table><tr><td>Meta</td><td>Llama</td></tr><tr><td>Mistral</td></tr></table>',
    );
    expect(text).toBe('Who\n\nOpenAI\nGoogle\n\nMeta Llama\nMistral');
  });

  it('a page without a <title> has no title', () => {
    expect(htmlToText('<p>Just text</p>')).toEqual({ text: 'Just text' });
  });

  it('reads a 1 MB page without a single tag or sentence break', () => {
    const body = 'Alibaba &amp; Anthropic Claude Code '.repeat(30_000);
    const { text } = htmlToText(body);
    expect(text).toBe('Alibaba & Anthropic Claude Code '.repeat(30_000).trim());
  });

  it('many unterminated quotes and tags do not blow up', () => {
    const html = '<a href="x>'.repeat(20_000) + '<p>end</p>' + "<b title='".repeat(20_000);
    expect(htmlToText(html).text).toContain('end');
  });
});

describe('character references', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeHtmlEntities('AT&amp;T &lt;Labs&gt; &quot;x&quot; &#39;y&#39; Nestl&eacute; &euro;5 &#x1F916; &#8217;')).toBe(
      'AT&T <Labs> "x" \'y\' Nestlé €5 🤖 ’',
    );
  });

  it('leaves unknown names as written, so "AT&T" and "R&D" stay', () => {
    expect(decodeHtmlEntities('AT&T R&D &unknown; & alone &amp')).toBe('AT&T R&D &unknown; & alone &');
  });

  it('maps the Windows-1252 range and impossible code points as browsers do', () => {
    expect(decodeHtmlEntities('&#146;&#150;&#0;&#xD800;&#x110000;')).toBe('’–\uFFFD\uFFFD\uFFFD');
  });

  it('a reference to a forbidden control character does not reach the article text', () => {
    const result = parseFile('ctrl.html', utf8('<p>Zhipu&#1; AI&#x1F;</p>'));
    expect(result.articles[0]?.text).toBe('Zhipu AI');
    expect(result.problems[0]?.message).toMatch(/^removed 2 invisible control/);
  });
});
