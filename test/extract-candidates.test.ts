import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';

const lexicon = defaultLexicon();

/** Every candidate of a text, as "source relation target (reach)", paragraphs split at blank lines. */
function candidates(text: string): string[] {
  const out: string[] = [];
  extractArticle({ id: 't', text }, lexicon, {
    onCandidate: ({ view: c }) => {
      if (c.reach !== 'rule') out.push(`${c.source.label} ${c.relation} ${c.target.label} (${c.reach})`);
    },
  });
  return out;
}

describe('candidate claims', () => {
  it('propose every member of a list, later ones too', () => {
    const found = candidates('The United States restricted exports to Huawei, ZTE and Hikvision.');
    for (const member of ['Huawei', 'ZTE', 'Hikvision']) expect(found).toContain(`United States restricts ${member} (sentence)`);
  });

  it('pair an agentless passive with the actor of the sentence before', () => {
    const found = candidates('Italy acted on Friday.\nChatGPT was blocked after a data breach.');
    expect(found).toContain('Italy banned ChatGPT (before)');
  });

  it('carry a relation to a list that goes on in the next sentence, not past the paragraph', () => {
    const text = 'The United States imposed sanctions on several firms.\nThey are Huawei and ZTE.\n\nHikvision sells cameras.';
    const found = candidates(text);
    expect(found).toContain('United States restricts Huawei (frame)');
    expect(found).toContain('United States restricts ZTE (frame)');
    expect(found.some((c) => c.includes('Hikvision'))).toBe(false);
  });

  it("carry an official act's issuer to the list a paragraph later", () => {
    const text = 'Today the Commerce Department imposed sanctions on eight firms under an executive order.\n\nThe entities designated today are Zenco Technologies Ltd.; Borin Micro Inc.; and Kappa Labs Inc.';
    const found = candidates(text);
    for (const member of ['Zenco Technologies', 'Borin Micro', 'Kappa Labs']) expect(found).toContain(`Commerce Department restricts ${member} (frame)`);
  });

  it('skip a capitalised first word as actor and reach the issuer a paragraph before', () => {
    const text = 'The Commerce Department added 12 firms to its Entity List on Monday.\n\nAmong those added were Zenco Technologies Ltd. and Borin Micro Inc.';
    const found = candidates(text);
    expect(found).toContain('Commerce Department restricts Zenco Technologies (frame)');
    expect(found).toContain('Commerce Department restricts Borin Micro (frame)');
  });

  it('read a hyphenated trigger as its words', () => {
    const found = candidates('The Commerce Department ordered all providers to "shut-down" access to Facebook and Kappa Labs Inc.');
    expect(found).toContain('Commerce Department banned Facebook (sentence)');
    expect(found).toContain('Commerce Department banned Kappa Labs (sentence)');
  });

  it('take every member of a passive by-list as an actor', () => {
    const found = candidates('Zenco Technologies Ltd. launched Zenco Chat in 2021.\nThe service has since been blocked by Syria, Iran and China.');
    // "The service" is Zenco Chat, which the sentence before launched.
    for (const actor of ['Syria', 'Iran', 'China']) expect(found).toContain(`${actor} banned Zenco Chat (sentence)`);
  });

  it('find the target of a trigger with none in the previous paragraph', () => {
    const text = 'Germany and France blocked Zenco Technologies Ltd. on Monday.\n\nItaly imposed similar bans a day later.';
    expect(candidates(text)).toContain('Italy banned Zenco Technologies (before)');
  });

  it("propose a possessive's owner as the maker of the product a few words on", () => {
    expect(candidates("Unlike Nvidia's consumer GeForce cards, the new boards have no display output.")).toContain('Nvidia develops GeForce (sentence)');
  });

  it('propose nothing in a sentence with no trigger and no frame', () => {
    expect(candidates('Alibaba and Baidu are based in China.')).toEqual([]);
  });
});
