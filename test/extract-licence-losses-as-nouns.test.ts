import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ban89, from fresh samples on pesticide registrations, drug approvals withdrawn and broadcast licences: a court vacating or
// setting aside a registration or a licence bans what it covered, as a revocation does; a licence's loss told as a noun bans its
// holder, with the body that took it as possessive or after "by". A loss proposed, fought or undone, a deal's approval, or a firm
// ending another firm's licence bans nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a court vacating or setting aside a registration or a licence', () => {
  it('"vacated the registration of", "set aside the licence of", and in the passive, ban the holder', () => {
    expect(banned('The High Court vacated the registration of the Zeta X9 weedkiller.')).toEqual(['High Court -banned-> Zeta X9']);
    expect(banned('The High Court set aside the licence of Zeta TV.')).toEqual(['High Court -banned-> Zeta TV']);
    expect(banned('The registrations of the Zeta X9 weedkiller were vacated by the High Court in June.')).toEqual(['High Court -banned-> Zeta X9']);
  });

  it('"vacated the EPA\'s registration": the possessive may be the body that granted it, so it is no holder', () => {
    expect(banned('The High Court vacated the EPA\'s registration.')).toEqual([]);
    expect(banned('The High Court vacated the EPA\'s registration of the Zeta X9 weedkiller.')).toEqual(['High Court -banned-> Zeta X9']);
  });

  it('"vacated Ofcom\'s licence for Zeta TV": the body that granted it bans nothing, the court does', () => {
    expect(banned('The High Court vacated Ofcom\'s licence for Zeta TV.')).toEqual(['High Court -banned-> Zeta TV']);
  });

  it('a court refusing to vacate, or setting aside a cancellation, bans nothing', () => {
    expect(banned('The High Court refused to set aside the licence of Zeta TV.')).toEqual([]);
    expect(banned('The High Court set aside Ofcom\'s cancellation of Zeta TV\'s licence.')).toEqual([]);
    expect(banned('The High Court declined to vacate the registration of the Zeta X9 weedkiller.')).toEqual([]);
    expect(banned('The registrations of the Zeta X9 weedkiller were not vacated by the High Court.')).toEqual([]);
    expect(banned('The registrations of the Zeta X9 weedkiller were upheld by the High Court.')).toEqual([]);
  });
});

describe('a licence\'s loss told as a noun', () => {
  it('the body as possessive: "Ofcom\'s cancellation of Zeta TV\'s licence", "of the licence of Zeta TV"', () => {
    expect(banned('Ofcom\'s cancellation of Zeta TV\'s licence drew protests.')).toEqual(['Ofcom -banned-> Zeta TV']);
    expect(banned('Ofcom\'s withdrawal of Zeta TV\'s licence drew protests.')).toEqual(['Ofcom -banned-> Zeta TV']);
    expect(banned('Ofcom\'s cancellation of the licence of Zeta TV drew protests.')).toEqual(['Ofcom -banned-> Zeta TV']);
  });

  it('the body after "by": "the non-renewal of Zeta TV\'s licence by Ofcom"', () => {
    expect(banned('The non-renewal of Zeta TV\'s licence by Ofcom drew protests.')).toEqual(['Ofcom -banned-> Zeta TV']);
    expect(banned('The cancellation of Zeta TV\'s licence by Ofcom drew protests.')).toEqual(['Ofcom -banned-> Zeta TV']);
    expect(banned('The cancellation of the licence of Zeta TV by Ofcom drew protests.')).toEqual(['Ofcom -banned-> Zeta TV']);
  });

  it('a product\'s approval withdrawn: "the FDA\'s withdrawal of approval for Zetamab"', () => {
    expect(banned('The FDA\'s withdrawal of approval for Zetamab hit Qorva Ltd.')).toEqual(['Food and Drug Administration -banned-> Zetamab']);
  });

  it('a loss proposed, overturned, appealed or later undone bans nothing', () => {
    expect(banned('Ofcom\'s proposed cancellation of Zeta TV\'s licence drew protests.')).toEqual([]);
    expect(banned('A court overturned Ofcom\'s cancellation of Zeta TV\'s licence.')).toEqual([]);
    expect(banned('Zeta TV appealed against Ofcom\'s cancellation of Zeta TV\'s licence.')).toEqual([]);
    expect(banned('The cancellation of Zeta TV\'s licence by Ofcom was later overturned.')).toEqual([]);
    expect(banned('Zeta TV challenged the non-renewal of its licence by Ofcom.')).toEqual([]);
  });

  it('a deal\'s approval withdrawn, or a firm ending another firm\'s licence, bans nothing', () => {
    expect(banned('The EU\'s withdrawal of approval for the Qorva deal surprised analysts.')).toEqual([]);
    expect(banned('Zenco Inc\'s cancellation of Qorva Ltd\'s licence to use its patents ended the deal.')).toEqual([]);
  });
});

describe('a halt ordered by a body, told as a noun', () => {
  it('"a halt to Zeta Cola imports ordered by the Indian government" bans the goods', () => {
    expect(banned('A halt to Zeta Cola imports ordered by the Indian government hit Zenco Inc.')).toEqual(['India -banned-> Zeta Cola']);
    expect(banned('The suspension of Zapp ordered by the Indian government angered users.')).toEqual(['India -banned-> Zapp']);
  });

  it('a halt lifted, or lifted by a court, bans nothing', () => {
    expect(banned('A halt to Zeta Cola imports ordered by the Indian government was lifted in May.')).toEqual([]);
    expect(banned('The court lifted a halt to Zeta Cola imports ordered by the Indian government.')).toEqual([]);
  });
});

describe('a state taking action against apps it lists', () => {
  it('"took action against three apps - A, B and C", after a colon or "including": each is banned', () => {
    const three = ['India -banned-> Zapp', 'India -banned-> Qorvachat', 'India -banned-> Vexago'];
    expect(banned('The Indian government took action against three apps - Zapp, Qorvachat and Vexago.').sort()).toEqual([...three].sort());
    expect(banned('The Indian government took action against three apps: Zapp, Qorvachat and Vexago.').sort()).toEqual([...three].sort());
    expect(banned('The Indian government took strict action against 54 apps, including Zapp and Qorvachat.').sort()).toEqual(three.slice(0, 2).sort());
  });

  it('legal action, action not taken or only threatened, or a firm\'s action, bans nothing', () => {
    expect(banned('The Indian government took legal action against three apps - Zapp, Qorvachat and Vexago.')).toEqual([]);
    expect(banned('The Indian government did not take action against three apps: Zapp, Qorvachat and Vexago.')).toEqual([]);
    expect(banned('The Indian government threatened to take action against three apps - Zapp, Qorvachat and Vexago.')).toEqual([]);
    expect(banned('Zenco Inc took action against three apps - Zapp, Qorvachat and Vexago.')).toEqual([]);
  });
});

describe('a retailer pulling all of a product from its stores', () => {
  it('"pulled all Zeta Cola products from its stores" bans the product there', () => {
    expect(banned('Walmart pulled all Zeta Cola products from its stores.')).toEqual(['Walmart -banned-> Zeta Cola']);
    expect(banned('Walmart pulled all of its Zeta Cola stock from its shelves.')).toEqual(['Walmart -banned-> Zeta Cola']);
  });

  it('adverts or staff pulled from a firm ban nothing', () => {
    expect(banned('Walmart pulled all its adverts from Zeta TV.')).toEqual([]);
    expect(banned('Zenco Inc pulled all its staff from Qorva Ltd.')).toEqual([]);
  });
});
