import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abstractSentence } from '../src/pipeline/extract/abstract-sentence';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { compileTemplate, RELATION_PATTERNS } from '../src/pipeline/extract/relation-patterns';
import { possessiveWords, spelledWords, triggerLastWords } from '../src/pipeline/extract/template-words';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { WordClasses } from '../src/pipeline/text/word-classes';

// The words a pattern's template always spells gate its search (stop 77's speed work): a sentence without one is never searched.
// The gate is safe only if every sentence the template matches holds those words.

describe('the words a template always spells', () => {
  it('are its plain words and plain groups between spaces, never a quantified group nor a last word that may go on ("market" in "marketing")', () => {
    expect(spelledWords('X P AUX T(banned|bans) (?:the )?Y1 from (?:selling|offering) the market')).toEqual(['from', 'selling|offering', 'the']);
  });

  it('are none when an alternation stands outside every group', () => {
    expect(spelledWords('X banned Y|Y was banned by X')).toEqual([]);
  });

  it('place the first word after a start anchor', () => {
    expect(spelledWords('^under (?:the )?X1 settlement ')).toEqual(['under', 'settlement']);
  });

  it('spell a possessive outside every group as "\'s" or a resolved "its"', () => {
    expect(possessiveWords('POSS (?:new )?T(phone) Y1')).toEqual(["'s|its"]);
    expect(possessiveWords('Y1 , (?:a |an |the )?POSS T(app)')).toEqual(["'s|its"]);
    expect(possessiveWords('Y , (?:(?:two|both) (?:of )?)POSS T(app)')).toEqual([]);
    expect(possessiveWords('(?:X1 |POSS )T(app)')).toEqual([]);
  });

  it('end a trigger of several words with one of its last words', () => {
    expect(triggerLastWords('(?:the )?T(additions|companies added|firms added) to Y1')).toEqual(['additions|added']);
    expect(triggerLastWords('X T(banned|bans) Y')).toEqual([]);
    expect(triggerLastWords('X (?:T(cut off) )?Y')).toEqual([]);
  });

  it('are held by every abstract sentence of the seed articles and their own examples that a pattern matches', () => {
    const sentences: string[] = [];
    const texts = readdirSync('data/articles').map((f) => readFileSync(join('data/articles', f), 'utf8'));
    texts.push('As part of the settlement with the Ministry of Commerce, Zenco Corp. entered into an agreement that requires the company to implement new export controls.');
    texts.push('Vexa Quest was pulled from the App Store by Apple on Monday. Zenco Ltd. could not ship the lathe to Iran without obtaining a license from the U.S. government.');
    for (const text of texts) extractArticle({ id: 't', text }, defaultLexicon(), { onSentence: (s, all) => sentences.push(abstractSentence(s.tokens, all).text) });
    let matched = 0;
    for (const pattern of RELATION_PATTERNS) {
      const words = spelledWords(pattern.template);
      const regex = compileTemplate(pattern.template);
      for (const sentence of sentences) {
        regex.lastIndex = 0;
        if (!regex.test(sentence)) continue;
        matched++;
        const held = new Set(sentence.split(' '));
        for (const word of words) expect(word.split('|').some((w) => held.has(w)), `${pattern.id ?? pattern.template}: "${word}" in "${sentence}"`).toBe(true);
        // The matcher counts a resolved "its@3" as "its".
        const possessives = new Set(sentence.split(' ').map((w) => (w.startsWith('its@') ? 'its' : w)));
        for (const word of pattern.indexBy ? [] : triggerLastWords(pattern.template)) expect(word.split('|').some((w) => held.has(w)), `${pattern.id ?? pattern.template}: "${word}" in "${sentence}"`).toBe(true);
        for (const word of possessiveWords(pattern.template)) expect(word.split('|').some((w) => possessives.has(w)), `${pattern.id ?? pattern.template}: "${word}" in "${sentence}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(10);
  });
});

describe('word classes', () => {
  it('tell in one lookup per word which sets a sentence holds a word of', () => {
    const classes = new WordClasses();
    const bans = classes.add(['banned', 'blocked']);
    const makers = classes.add(['made', 'built', 'blocked']);
    expect(classes.of(['zenco', 'built', 'it'])).toBe(makers);
    expect(classes.of(['they', 'blocked', 'it'])).toBe(bans | makers);
    expect(classes.of(['nothing', 'here'])).toBe(0);
  });
});
