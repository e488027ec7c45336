import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 93 round 2, helper ord93, from set 88's search-engine reader: a regulator's or a court's orders that lay a duty on a firm
// (to negotiate, to present an offer, to make changes, to clarify its rules) restrict the firm; a designation told by its effect on
// others' dealings, and a stake a court holds, restrict the firm instead of banning it. Sentences written for the tests, names made up.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('orders laying a duty on a firm', () => {
  it('"has ordered Zenco to present an offer to publishers" restricts Zenco, not the publishers', () => {
    const text = 'The Ruritanian Competition Authority has ordered Zenco to present an offer to publishers within three months.';
    expect(restricts(text)).toEqual(['Ruritanian Competition Authority -restricts-> Zenco']);
    expect(banned(text)).toEqual([]);
  });

  it('"ordered that Zenco must negotiate with publishers"', () => {
    expect(restricts('The European Commission ordered that Zenco must negotiate with publishers in good faith.')).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('"required Zenco, within three months, to conduct negotiations in good faith with publishers"', () => {
    expect(restricts('The European Commission required Zenco, within three months, to conduct negotiations in good faith with publishers.')).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('"fined Zenco and has required Zenco to make changes": the order second in a pair of acts', () => {
    expect(restricts('The European Commission fined Zenco 150 million euros and has required Zenco to make changes to its rules.')).toEqual(['European Commission -restricts-> Zenco']);
    expect(restricts('The European Commission fined Zenco 150 million euros and has ordered Zenco to change its rules.')).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('"imposes a penalty and Zenco has now to clarify its rules"', () => {
    expect(restricts('The European Commission imposes a penalty and Zenco has now to clarify its rules.')).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('"ordered Zenco and Qorva to reach agreements with news agencies": each firm ordered', () => {
    expect(restricts('The Ruritanian Competition Authority ordered Zenco Inc. and Qorva Inc. to reach agreements with news agencies.')).toEqual([
      'Ruritanian Competition Authority -restricts-> Qorva Inc',
      'Ruritanian Competition Authority -restricts-> Zenco Inc',
    ]);
  });

  it('"ordered Zenco to put an end to the infringement", "to give rivals equal treatment"', () => {
    expect(restricts('The European Commission ordered Zenco Inc. to put an end to the infringement within 90 days.')).toEqual(['European Commission -restricts-> Zenco Inc']);
    expect(restricts('The European Commission ordered Zenco Inc. to give equal treatment to rival shopping services.')).toEqual(['European Commission -restricts-> Zenco Inc']);
  });
});

describe('what an order is not', () => {
  it('a firm ordering goods, or a firm requiring its suppliers, restricts no one', () => {
    expect(restricts('Zenco Inc. ordered 20 chips from Qorva Inc. to make changes to its line.')).toEqual([]);
    expect(restricts('Zenco Inc. required its suppliers to make changes to their contracts.')).toEqual([]);
    expect(restricts('Zenco Inc. has ordered Qorva Inc. to negotiate with its suppliers.')).toEqual([]);
  });

  it('an order to pay another firm restricts neither (a payment alone is no duty here)', () => {
    expect(restricts('The European Commission ordered Qorva Inc. to pay Zenco Inc. 5 million dollars.')).toEqual([]);
  });

  it('a request, a wish or a condition is no order', () => {
    expect(restricts('The European Commission asked Zenco Inc. to present an offer to publishers.')).toEqual([]);
    expect(restricts('Publishers urged the European Commission to order Zenco Inc. to negotiate with them.')).toEqual([]);
    expect(restricts('If the European Commission orders Zenco Inc. to negotiate with publishers, it will appeal.')).toEqual([]);
  });

  it('"could order" is proposed, "has not ordered" negated', () => {
    expect(restricts('The European Commission could order Zenco Inc. to negotiate with publishers.')).toEqual([]);
    expect(claimsOf('The European Commission could order Zenco Inc. to negotiate with publishers.', 'proposed')).toContain('European Commission -restricts-> Zenco Inc');
    expect(restricts('The European Commission has not ordered Zenco Inc. to negotiate with publishers.')).toEqual([]);
  });

  it('an order said undone later in the sentence', () => {
    expect(restricts('The European Commission ordered Zenco Inc. to negotiate with publishers, a ruling the General Court later overturned.')).toEqual([]);
    expect(restricts('The General Court overturned the European Commission order requiring Zenco Inc. to negotiate with publishers.')).toEqual([]);
  });

  it('those the firm must deal with are not restricted', () => {
    expect(restricts('The European Commission ordered Zenco Inc. to negotiate with Qorva Inc. over its fees.')).toEqual(['European Commission -restricts-> Zenco Inc']);
    expect(restricts('The European Commission ordered Zenco Inc. to give Qorva Inc. access to its data.')).not.toContain('European Commission -restricts-> Qorva Inc');
  });
});

describe('designations and stakes told by their effect', () => {
  it('"The Treasury\'s action prohibits US persons from dealing with Zenco Bank" restricts the bank, bans nothing', () => {
    const text = "The Treasury's action prohibits US persons from dealing with Zenco Bank.";
    expect(restricts(text)).toEqual(['Treasury -restricts-> Zenco Bank']);
    expect(banned(text)).toEqual([]);
  });

  it('"The Treasury prohibits US persons from dealing with Zenco Bank"', () => {
    const text = 'The Treasury prohibits US persons from dealing with Zenco Bank.';
    expect(restricts(text)).toEqual(['Treasury -restricts-> Zenco Bank']);
    expect(banned(text)).toEqual([]);
  });

  it('"restrained Zenco from selling its shares in Qorva" restricts Zenco only', () => {
    const text = 'The High Court restrained Zenco from selling its shares in Qorva.';
    expect(restricts(text)).toEqual(['High Court -restricts-> Zenco']);
    expect(banned(text)).toEqual([]);
  });

  it('a plea to restrain a stake, or a firm keeping its own staff from selling, is no order', () => {
    expect(restricts('Qorva asked the High Court to restrain Zenco from selling its shares in Qorva.')).toEqual([]);
    expect(restricts('Zenco Inc. barred its executives from selling their shares in the company.')).toEqual([]);
  });

  it('a ban on selling a product stays a ban', () => {
    expect(banned('The High Court barred Zenco Inc. from selling the Zeta phone.')).not.toEqual([]);
  });
});

describe('a penalty and a duty whose subject is another firm', () => {
  it('"fined Zenco and Qorva has to negotiate …" restricts neither through the duty', () => {
    expect(restricts('The European Commission fined Zenco Inc. and Qorva Inc. has to negotiate with publishers.')).not.toContain('European Commission -restricts-> Qorva Inc');
  });

  it('"fined Zenco, and Qorva said it would make changes" is the firm\'s own word', () => {
    expect(restricts('The European Commission fined Zenco Inc. 5 million euros, and Qorva Inc. said it would make changes to its rules.')).toEqual([]);
  });
});

describe('a fine for breaking an order that laid a duty', () => {
  it('"fined Zenco for failing to comply with its orders to negotiate with publishers" restricts Zenco', () => {
    expect(restricts('The Ruritanian Competition Authority fined Zenco 500 million euros for failing to comply with its orders to negotiate with publishers.')).toEqual([
      'Ruritanian Competition Authority -restricts-> Zenco',
    ]);
    expect(restricts('The Ruritanian Competition Authority fined Zenco Inc. for violating an interim order to negotiate in good faith with news agencies.')).toEqual([
      'Ruritanian Competition Authority -restricts-> Zenco Inc',
    ]);
  });

  it('not a fine for another wrong, a fine that could come, or one annulled later', () => {
    expect(restricts("The Ruritanian Competition Authority fined Zenco Inc. for violating Qorva Inc.'s rights.")).not.toContain('Ruritanian Competition Authority -restricts-> Qorva Inc');
    expect(restricts('The Ruritanian Competition Authority could fine Zenco Inc. for ignoring its orders to negotiate with publishers.')).toEqual([]);
    expect(restricts('The Ruritanian Competition Authority fined Zenco Inc. for failing to comply with its orders to negotiate with publishers, a fine the court later annulled.')).toEqual([]);
  });
});
