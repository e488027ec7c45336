import { describe, expect, it } from 'vitest';
import { toGexf } from '../src/pipeline/export/gexf';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { parseFile } from '../src/pipeline/input/parse-file';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../src/pipeline/schema/limits';

// Issue 12, part 7: an id or title is copied into every node and edge that cites it; a 10 MB id
// made a 42 MB GEXF that xmllint refused. Ids, titles and names are capped, with a warning.

const utf8 = (text: string) => new TextEncoder().encode(text);
const TEXT = 'Alibaba banned Claude Code, the assistant Anthropic develops.';

describe('length caps', () => {
  it('cuts a 1 MB article id and a long title, warns naming the article, and keeps the text whole', () => {
    const line = JSON.stringify({ id: 'x'.repeat(1_000_000), title: 'T'.repeat(5000), text: TEXT });
    const { articles, problems } = parseFile('feed.jsonl', utf8(line + '\n'));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.id).toBe('x'.repeat(MAX_ID_LENGTH));
    expect(articles[0]!.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(articles[0]!.text).toBe(TEXT);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringMatching(/^line 1: id of article "x{60}…" is 1,000,000 characters long; cut to 256$/)],
      ['warning', expect.stringMatching(/^line 1: field "title" of article "x{60}…" is 5,000 characters long; cut to 1000$/)],
    ]);
  });

  it('cuts a file name used as the id, at a code point boundary', () => {
    const name = `${'é'.repeat(100)}${'😀'.repeat(200)}.txt`;
    const { articles, problems } = parseFile(name, utf8(TEXT));
    const id = articles[0]!.id;
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toBe([...id].join(''));
    expect(/[\uD800-\uDBFF]$/.test(id)).toBe(false);
    expect(problems[0]!.message).toMatch(/^id of article ".*" is 500 characters long; cut to 256$/);
  });

  it('a run of capitals longer than a name is not an entity, so records stay within the schema', () => {
    const shout = Array.from({ length: 80 }, (_, i) => `Word${i}`).join(' ');
    const record = extractArticle({ id: 'a', text: `${TEXT} Alibaba banned the ${shout} app.` }, defaultLexicon());
    for (const entity of record.entities) {
      expect(entity.label.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
      for (const m of entity.mentions) expect(m.surface.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    }
    expect(record.entities.map((e) => e.key)).toContain('alibaba');
    expect(toGexf(buildGraph([record]))).toMatch(/<\/gexf>\n$/);
  });
});
