import { describe, expect, it } from 'vitest';
import { normalizeDate, statedDate } from '../src/pipeline/input/article-date';
import { parseFile } from '../src/pipeline/input/parse-file';

// Issue 10: every article has a title and, where the document says it, a date, so lists, the
// reader and (later) a timeline show people's documents rather than file names.

const utf8 = (text: string) => new TextEncoder().encode(text);
const article = (name: string, content: string) => parseFile(name, utf8(content)).articles[0]!;
const BODY = 'Alibaba has barred its employees from using Claude Code, the assistant Anthropic develops.';

describe('titles', () => {
  it('HTML: og:title first, then <title>, then the first <h1>', () => {
    const head = '<meta property="og:title" content="Alibaba bars Claude Code">';
    expect(article('a.html', `<html><head><title>Site | News</title>${head}</head><body><h1>Heading</h1><p>${BODY}</p></body></html>`).title).toBe('Alibaba bars Claude Code');
    expect(article('b.html', `<title>Site &amp; News</title><h1>Heading</h1><p>${BODY}</p>`).title).toBe('Site & News');
    expect(article('c.html', `<body><h1>Alibaba <em>bans</em> a tool</h1><p>${BODY}</p></body>`).title).toBe('Alibaba bans a tool');
  });

  it('plain text: a first line that reads as a headline, else the first sentence cut at a word boundary', () => {
    expect(article('a.txt', `Alibaba bans Claude Code for staff\n\n${BODY}`).title).toBe('Alibaba bans Claude Code for staff');
    // A section label ("What Happened") is no headline: the first sentence is.
    expect(article('b.txt', `What Happened\n${BODY} More follows.`).title).toBe(BODY);
    const long = `${'Alibaba and Tencent and Baidu '.repeat(6)}all barred the tool. Then more.`;
    const title = article('c.txt', long).title!;
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' ');
  });

  it('JSON and Markdown keep the title they give; without one, the first sentence', () => {
    expect(article('a.json', JSON.stringify({ id: 'a', title: 'Given', text: BODY })).title).toBe('Given');
    expect(article('b.json', JSON.stringify({ id: 'b', text: `${BODY} Second.` })).title).toBe(BODY);
    expect(article('c.md', `# The heading\n\n${BODY}`).title).toBe('The heading');
  });
});

describe('dates', () => {
  it('reads ISO dates and times, "July 5, 2026" and "5 July 2026", and refuses what is no date', () => {
    expect(normalizeDate('2026-07-05T09:30:00Z')).toBe('2026-07-05');
    expect(normalizeDate('July 5, 2026')).toBe('2026-07-05');
    expect(normalizeDate('Sept. 14th, 2025')).toBe('2025-09-14');
    expect(normalizeDate('5 July 2026')).toBe('2026-07-05');
    expect(normalizeDate('2026/02/30')).toBeUndefined();
    expect(normalizeDate('last Tuesday')).toBeUndefined();
    expect(normalizeDate('July 2026')).toBeUndefined();
  });

  it('takes the date from metadata: JSON, HTML meta or <time>, Markdown front matter', () => {
    expect(article('a.json', JSON.stringify({ id: 'a', date: 'July 5, 2026', text: BODY })).date).toBe('2026-07-05');
    expect(article('a.html', `<meta property="article:published_time" content="2026-07-05T10:00:00+08:00"><p>${BODY}</p>`).date).toBe('2026-07-05');
    expect(article('b.html', `<p>Posted <time datetime="2026-07-06">yesterday</time></p><p>${BODY}</p>`).date).toBe('2026-07-06');
    expect(article('c.md', `---\ntitle: T\ndate: 2026-07-07\n---\n\n${BODY}`).date).toBe('2026-07-07');
  });

  it('else a full date the opening states; a date later in the text or without a year is not taken', () => {
    expect(article('a.txt', `On July 5, 2026, TechCrunch reported that ${BODY}`).date).toBe('2026-07-05');
    expect(article('b.txt', `BEIJING, 5 July 2026 — ${BODY}`).date).toBe('2026-07-05');
    expect(article('c.txt', `On July 5, TechCrunch reported that ${BODY}`).date).toBeUndefined();
    expect(statedDate(`${BODY}\n\nBack on March 3, 2024, it was different.`)).toBeUndefined();
  });

  it('a metadata date it cannot read is reported, quoted, and the stated date used if any', () => {
    const { articles, problems } = parseFile('a.json', utf8(JSON.stringify({ id: 'a', date: 'soon', text: `On July 5, 2026, ${BODY}` })));
    expect(articles[0]!.date).toBe('2026-07-05');
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('date "soon" is not a date newsgraph reads')]);
  });
});
