import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';

// A GEXF cut short is refused as truncated wherever the cut falls: right after an inner element
// ("…value='4'/>" and its indentation) too, where the XML parser alone named an odd spot ("line 2,
// column 1: unclosed xml attribute"). cli-merge-inputs.test.ts cuts a file at 30%, and which case
// it met changed with every attribute added to the format.

describe('a truncated GEXF', () => {
  it('is named as truncated at every cut point', () => {
    const record = extractArticle({ id: 'a', text: 'Ruritania banned Zenapp, Italy banned TikTok and Google develops Gemini.' }, defaultLexicon());
    const gexf = toGexf(buildGraph([record]));
    const messages = new Set<string>();
    for (let k = 50; k < 1000; k++) {
      try {
        fromGexf(gexf.slice(0, Math.floor((gexf.length * k) / 1000)));
        messages.add('read');
      } catch (error) {
        messages.add((error as Error).message);
      }
    }
    expect([...messages]).toEqual(['not well-formed XML: the file ends before its last element is closed (truncated?)']);
    expect(fromGexf(gexf).order).toBeGreaterThan(0);
  });
});
