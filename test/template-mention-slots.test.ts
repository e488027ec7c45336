import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abstractSentence } from '../src/pipeline/extract/abstract-sentence';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { compileTemplate, RELATION_PATTERNS } from '../src/pipeline/extract/relation-patterns';
import { mentionSlots } from '../src/pipeline/extract/template-words';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';

// The mentions a template always spells gate its search (stop 80's speed work): a sentence with fewer "@" is never searched.
// The gate is safe only if every sentence the template matches holds that many.

describe('the mentions a template always spells', () => {
  it('are its placeholders outside every group, after words of their own too', () => {
    expect(mentionSlots('X P AUX T(banned|bans) (?:the )?Y1 from selling')).toBe(2);
    expect(mentionSlots('^T(from) (?:[a-z-]+ ){0,3}X1 , (?:the )?(?:[a-z-]+ )?Y1')).toBe(2);
    expect(mentionSlots('Y , (?:a |an |the )?POSS T(app)')).toBe(2);
  });

  it('are none inside a group, nor a POSS with no space after it, nor any with an alternation outside every group', () => {
    expect(mentionSlots('(?:X1 |POSS )T(app) Y1')).toBe(1);
    expect(mentionSlots('T(app) POSS')).toBe(0);
    expect(mentionSlots('X banned Y|Y was banned by X')).toBe(0);
    expect(mentionSlots('(?<!\'s )(?<x>@\\d+ (?:, @\\d+ )*(?:and|&) @\\d+ )T(\'s) Y1')).toBe(1);
  });

  it('are held by every abstract sentence of the seed articles that a pattern matches', () => {
    const sentences: string[] = [];
    const texts = readdirSync('data/articles').map((f) => readFileSync(join('data/articles', f), 'utf8'));
    for (const text of texts) extractArticle({ id: 't', text }, defaultLexicon(), { onSentence: (s, all) => sentences.push(abstractSentence(s.tokens, all).text) });
    let matched = 0;
    for (const pattern of RELATION_PATTERNS) {
      const slots = mentionSlots(pattern.template);
      const regex = compileTemplate(pattern.template);
      for (const sentence of sentences) {
        regex.lastIndex = 0;
        if (!regex.test(sentence)) continue;
        matched++;
        expect(sentence.split('@').length - 1, `${pattern.id ?? pattern.template}: "${sentence}"`).toBeGreaterThanOrEqual(slots);
      }
    }
    expect(matched).toBeGreaterThan(10);
  });
});
