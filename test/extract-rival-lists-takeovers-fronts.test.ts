import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper riv92, from stop 91's eighty-second fresh sample: rivals in a list whose members the lexicon types differently (a firm
// and a marketplace it holds as a product), rivals in other frames than a finite clause's (an infinitive's takeover, an appositive
// with a description, a fronted participle, a front opened, a bracketed "from"), a trade opening the sentence taken for a firm, and
// bidders' "rival offers". Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a rivals list of a firm and a product the lexicon knows', () => {
  it('both members are the subject\'s rivals, in either order', () => {
    expect(rivals('Zenco Inc blamed its losses on competition from upstarts like Qorva Ltd and Temu.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd', 'Zenco Inc -competes_with-> Temu']);
    expect(rivals('Zenco Inc cited fierce competition from online giants Temu and Qorva Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd', 'Zenco Inc -competes_with-> Temu']);
    expect(rivals('Zenco Inc faces stiff competition from newcomers Qorva Ltd and Temu.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd', 'Zenco Inc -competes_with-> Temu']);
    expect(rivals('Competitors like Qorva Ltd and Temu have squeezed Zenco Inc\'s margins.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd', 'Zenco Inc -competes_with-> Temu']);
  });

  it('a product not listed with a firm stays no firm\'s rival', () => {
    expect(rivals('Zenco Inc faces competition from Temu.')).toEqual([]);
    expect(rivals('Zenco Inc faces competition from Qorva Ltd, which runs Temu.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('Zenco Inc faces competition from Qorva Ltd and sells its goods on Temu.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('Zenco Inc faces competition from Qorva Ltd and Temu\'s suppliers.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });

  it('no rivalry when the list is of partners, sellers or owners', () => {
    expect(rivals('Zenco Inc partnered with Qorva Ltd and Temu.')).toEqual([]);
    expect(rivals('Zenco Inc buys ads from Temu and Qorva Ltd.')).toEqual([]);
    expect(rivals('Zenco Inc and Temu are both owned by Qorva Ltd.')).toEqual([]);
  });

  it('a negated or hedged contest is no asserted rivalry', () => {
    expect(rivals('Zenco Inc did not face competition from Qorva Ltd and Temu.')).toEqual([]);
    expect(rivals('Zenco Inc could face competition from Qorva Ltd and Temu.')).toEqual([]);
  });
});

describe('a rival in an infinitive\'s takeover', () => {
  it('the firm to take over, buy or acquire its rival', () => {
    expect(rivals('The regulator gave approval for Zenco Inc to take over the struggling competitor Qorva Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('The commission is poised to approve a bid by Zenco Inc to acquire indebted smaller rival Qorva Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('The ministry allowed Zenco Inc to buy a 30% stake in rival Qorva Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });

  it('not a former rival, a rival bidder, nor another firm\'s rival', () => {
    expect(rivals('The regulator gave approval for Zenco Inc to take over former rival Qorva Ltd.')).toEqual([]);
    expect(rivals('The regulator gave approval for Zenco Inc to take over the rival bidder Qorva Ltd.')).toEqual([]);
    expect(rivals('The regulator gave approval for Zenco Inc to take over a rival of Qorva Ltd.')).toEqual([]);
    expect(rivals('The regulator gave approval for Zenco Inc to take over Vexa Ltd\'s rival Qorva Ltd.')).toEqual(['Vexa Ltd -competes_with-> Qorva Ltd']);
    expect(rivals('The regulator gave approval for Zenco Inc to take over the competitor\'s Qorva Ltd unit.')).toEqual([]);
    expect(rivals('The court allowed France to take over the struggling competitor Qorva Ltd.')).toEqual([]);
  });
});

describe('a rival set off after a comma with a description', () => {
  it('"its competitor, another budget carrier Qorva Air"', () => {
    expect(rivals('Zenco Inc plans to buy a 51% stake in its competitor, another budget carrier Qorva Air.')).toEqual(['Zenco Inc -competes_with-> Qorva Air']);
    expect(rivals('Zenco Inc\'s main rival, fellow chip maker Qorva Ltd, cut prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });

  it('not a firm tied to a third party, nor a former rival', () => {
    expect(rivals('Zenco Inc\'s rival, a unit of Qorva Ltd, cut prices.')).toEqual([]);
    expect(rivals('Zenco Inc\'s rival, a firm backed by Qorva Ltd, cut prices.')).toEqual([]);
    expect(rivals('Zenco Inc\'s former rival, the chip maker Qorva Ltd, cut prices.')).toEqual([]);
    expect(rivals('Zenco Inc\'s rival, a customer of Qorva Ltd, cut prices.')).toEqual([]);
    expect(rivals('Zenco Inc\'s rival, the firm that owns Qorva Ltd, cut prices.')).toEqual([]);
    expect(rivals('Zenco Inc\'s partner, fellow chip maker Qorva Ltd, cut prices.')).toEqual([]);
  });
});

describe('a fronted participle of competing', () => {
  it('the clause\'s subject competes with the participle\'s object', () => {
    expect(rivals('Despite competing with Qorva Ltd to be first to market, Zenco Inc has delayed its launch.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('After vying with Qorva Ltd for years, Zenco Inc bought a stake in Vexa Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });

  it('not negated, not another\'s, not a person', () => {
    expect(rivals('Despite not competing with Qorva Ltd, Zenco Inc cut prices.')).toEqual([]);
    expect(rivals('Instead of competing with Qorva Ltd, Zenco Inc partnered with Vexa Ltd.')).toEqual([]);
    expect(rivals('Despite competing with Qorva Ltd for years, Zenco Inc\'s founder praised it.')).toEqual([]);
    expect(rivals('Despite partnering with Qorva Ltd, Zenco Inc cut prices.')).toEqual([]);
    expect(rivals('Despite competing with the regulator, Zenco Inc cut prices.')).toEqual([]);
  });
});

describe('a front opened against a firm', () => {
  it('"opened a battlefront with", "opened a new front against"', () => {
    expect(rivals('Qorva Ltd has opened a battlefront with Zenco Inc in the cloud market.')).toEqual(['Qorva Ltd -competes_with-> Zenco Inc']);
    expect(rivals('Qorva Ltd opened a new front against Zenco Inc in phones.')).toEqual(['Qorva Ltd -competes_with-> Zenco Inc']);
  });

  it('not a front office, not negated, not a plan', () => {
    expect(rivals('Qorva Ltd opened a front office with Zenco Inc in Lisbon.')).toEqual([]);
    expect(rivals('Qorva Ltd has not opened a battlefront with Zenco Inc.')).toEqual([]);
    expect(rivals('Qorva Ltd plans to open a new front against Zenco Inc.')).toEqual([]);
    expect(rivals('Qorva Ltd opened a new front with Zenco Inc against Vexa Ltd.')).toEqual([]);
    expect(rivals('France opened a new front against Zenco Inc.')).toEqual([]);
  });
});

describe('competition from rivals in brackets', () => {
  it('"had lots of competition (from the likes of A, B and so on)"', () => {
    expect(rivals('When Zenco Corp entered the market, it already had lots of competition (from the likes of Qorva Inc, Borin Ltd and so on).')).toEqual(['Zenco Corp -competes_with-> Borin Ltd', 'Zenco Corp -competes_with-> Qorva Inc']);
  });

  it('not no competition, nor suppliers in the brackets', () => {
    expect(rivals('Zenco Corp had no competition (from Qorva Inc or anyone else).')).toEqual([]);
    expect(rivals('Zenco Corp had lots of competition (from suppliers such as Qorva Inc).')).toEqual([]);
    expect(rivals('Zenco Corp had little help (from Qorva Inc and Borin Ltd).')).toEqual([]);
    expect(rivals('Zenco Corp had lots of customers (from Qorva Inc and Borin Ltd).')).toEqual([]);
  });
});

describe('a trade opening the sentence is no party', () => {
  it('"Hotel and leisure company Zenco Group" names one rival', () => {
    expect(rivals('Hotel and leisure company Zenco Group will be competing against Qorva Ltd and Vexa Ltd.')).toEqual(['Zenco Group -competes_with-> Qorva Ltd', 'Zenco Group -competes_with-> Vexa Ltd']);
    expect(rivals('Media and telecoms group Zenco Group competes with Qorva Ltd.')).toEqual(['Zenco Group -competes_with-> Qorva Ltd']);
  });

  it('a firm joined to another firm before its trade is still a party', () => {
    expect(rivals('Zenco Inc and chip company Qorva Ltd compete with Vexa Ltd.')).toEqual(['Qorva Ltd -competes_with-> Vexa Ltd', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco and software firm Qorva Ltd compete with Vexa Ltd.')).toEqual(['Qorva Ltd -competes_with-> Vexa Ltd', 'Zenco -competes_with-> Vexa Ltd']);
    expect(rivals('Apple and chip company Qorva Ltd compete with Vexa Ltd.')).toEqual(['Apple -competes_with-> Vexa Ltd', 'Qorva Ltd -competes_with-> Vexa Ltd']);
  });
});

describe('bidders\' rival offers', () => {
  it('a firm asked for a rival offer is no rival of the hostile bidder', () => {
    expect(rivals('Zenco Inc is approaching firms including Qorva Ltd to solicit rival offers and fend off a hostile bid from Vexa Ltd.')).toEqual([]);
    expect(rivals('Qorva Ltd made a rival offer for Zenco Inc.')).toEqual([]);
    expect(rivals('Vexa Ltd launched a rival bid for Zenco Inc.')).toEqual([]);
    expect(rivals('Zenco Inc rebuffed an approach by Qorva Ltd.')).toEqual([]);
    expect(rivals('Zenco Inc fought off a takeover bid from Qorva Ltd.')).toEqual([]);
  });

  it('a rival verb or noun still names rivals', () => {
    expect(rivals('Zenco Inc rivals Qorva Ltd in phones.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('Zenco Inc fended off rival Qorva Ltd in the phone market.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(only('competes_with')(claimsOf('Qorva Ltd could then rival Zenco Inc in phones.', 'proposed'))).toEqual(['Qorva Ltd -competes_with-> Zenco Inc']);
  });
});

describe('another firm\'s rival named by a noun right after it', () => {
  it('"exposed to Qorva rival Zorbix" sets Zorbix against Qorva only', () => {
    expect(rivals('Zenco Inc was exposed to Qorva Ltd rival Zorbix Ltd.')).toEqual(['Qorva Ltd -competes_with-> Zorbix Ltd']);
    expect(rivals('Zenco Inc sold its stake to Qorva Ltd rival Vexa Ltd.')).toEqual(['Qorva Ltd -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc hired engineers from Qorva Ltd rival Vexa Ltd.')).toEqual(['Qorva Ltd -competes_with-> Vexa Ltd']);
  });

  it('the verb "rival" of a subject, alone or joined, still names rivals', () => {
    expect(rivals('Zenco Inc and Qorva Ltd rival Vexa Ltd in phones.')).toEqual(['Qorva Ltd -competes_with-> Vexa Ltd', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc now rivals Vexa Ltd in phones.')).toEqual(['Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc said Qorva Ltd rival Zorbix Ltd cut prices.')).toEqual(['Qorva Ltd -competes_with-> Zorbix Ltd']);
  });
});
