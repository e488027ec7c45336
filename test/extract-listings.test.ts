import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { claimsOf } from './extract-helpers';

const lexicon = defaultLexicon();

/** The asserted claims of a text as "source relation target", entity labels, with the rule that found each. */
function claims(text: string): string[] {
  const record = extractArticle({ id: 't', text }, lexicon);
  const label = new Map(record.entities.map((e) => [e.key, e.label]));
  return record.claims.filter((c) => c.status === 'asserted').map((c) => `${label.get(c.source)} ${c.relation} ${label.get(c.target)} [${c.evidence.rule}]`);
}

describe('listings without an active clause', () => {
  it('give a bare list a paragraph later the actor of the act that opened it', () => {
    const text =
      'Today the Commerce Department identified four technology firms under an executive order on surveillance.\n\n' +
      'The firms supply cameras to security services.\n\n' +
      'The entities identified today are Zenco Technologies Co., Ltd.; Borin Micro Limited; and Kappa Labs Inc.';
    const found = claims(text);
    for (const member of ['Zenco Technologies', 'Borin Micro', 'Kappa Labs']) expect(found).toContain(`Commerce Department restricts ${member} [listing:head]`);
  });

  it('go on with "the list also includes"', () => {
    const text = 'The Commerce Department designated Zenco Technologies Ltd. on Monday.\nThe list also includes Borin Micro Inc. and Kappa Labs Inc.';
    const found = claims(text);
    expect(found).toContain('Commerce Department restricts Borin Micro [listing:also-includes]');
    expect(found).toContain('Commerce Department restricts Kappa Labs [listing:also-includes]');
  });

  it("take the owner of the list a firm was added to as the actor", () => {
    expect(claims("Zenco Technologies Ltd. was added to China's trade control list last year.")).toContain('China restricts Zenco Technologies [listing:possessor]');
    expect(claims("Kappa Labs Inc. was placed on Japan's export list in May.")).toContain('Japan restricts Kappa Labs [listing:possessor]');
  });

  it("give a named list's members its owner: a ban list bans, another list restricts", () => {
    const covered =
      'The new rules apply to equipment on the Covered List published by the FCC under a 2019 law.\n' +
      'The Covered List (which lists both equipment and services) currently includes equipment produced by Zenco Technologies Ltd., Borin Micro Inc. and Kappa Labs Inc.';
    for (const member of ['Zenco Technologies', 'Borin Micro', 'Kappa Labs']) expect(claims(covered)).toContain(`Federal Communications Commission banned ${member} [listing:contents]`);
    const entity = "Firms on the Commerce Department's Entity List need a license.\nThe Entity List now includes Zenco Technologies Ltd. and Borin Micro Inc.";
    expect(claims(entity)).toContain('Commerce Department restricts Borin Micro [listing:contents]');
  });

  it('claim nothing for a list with no act before it, nor for a list that is no restriction', () => {
    expect(claims('The entities identified today are Zenco Technologies Ltd. and Borin Micro Inc.').filter((c) => c.includes('listing:'))).toEqual([]);
    expect(claims("Zenco Technologies Ltd. was added to China's list of top brands.").filter((c) => c.includes('listing:'))).toEqual([]);
  });
});

describe('bullets after an act that ends with a colon (issue 17, listings without an active clause)', () => {
  it('gives each bullet\'s name to the act, and stops at the first line that is no bullet', () => {
    const text = 'Nepal added the following entities to the Entity List:\n• Zenco Micro, including two aliases\n• Borin Technologies\n\nThe rule takes effect Friday. Kappa Systems said it was not affected.';
    expect(claimsOf(text)).toEqual(['Nepal -restricts-> Borin Technologies', 'Nepal -restricts-> Zenco Micro']);
  });

  it('reads a ban act\'s bullets as bans', () => {
    expect(claimsOf('Nepal blocked these apps:\n\n- Zenchat\n- Kappachat')).toEqual(['Nepal -banned-> Kappachat', 'Nepal -banned-> Zenchat']);
  });

  it('needs the act right before: bullets elsewhere name no target', () => {
    expect(claimsOf('Nepal blocked Zenchat on Monday. Other news:\n• Kappachat raised funds')).toEqual(['Nepal -banned-> Zenchat']);
  });
});
