import { describe, expect, it } from 'vitest';
import { defaultLexicon, extractArticle } from '../src/pipeline';

const lexicon = defaultLexicon();
const claims = (text: string): string[] => extractArticle({ id: 'a', text }, lexicon).claims.map((c) => `${c.source} ${c.relation} ${c.target}`);

describe('helper agt: the agent of a reduced making passive before the main verb', () => {
  it('reads the maker though the tagger takes the verb after it for a first name or a currency', () => {
    expect(claims('The Zeta app launched by Qorva drew investors.')).toContain('qorva develops zeta');
    expect(claims('The Zeta app launched by Qorva won new users.')).toContain('qorva develops zeta');
  });
  it('reads nothing from a date, an English name or a seller', () => {
    expect(claims('The app launched by 2027 drew investors.')).toEqual([]);
    expect(claims('The report written by analysts at Qorva drew attention.')).toEqual([]);
    expect(claims('The Zeta app made by Smith drew investors.')).toEqual([]);
    expect(claims('The Zeta phone sold by Qorva won users.')).toEqual([]);
  });
});
