import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cor92, from the eighty-fourth and eighty-fifth fresh samples: "the group's" after a firm that joins a range is not that firm;
// "the firm" after "Zenco-owned Zen Motors" is the owned firm; ", allowing it to compete against rivals" is the buyer's; a firm's
// named programme ("its Zapp program") is its product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('"the group\'s" after a firm that joins a range', () => {
  it('is the buyer named before, not the joining firm', () => {
    const claims = develops('Zenco bought Vexa last year. Vexa makes tents and will fit with the group\'s brands like Qorva and Brisk.');
    expect(claims).toContain('Zenco -develops-> Qorva');
    expect(claims.filter((c) => c.startsWith('Vexa '))).toEqual([]);
    expect(develops('Zenco bought Vexa last year. Vexa makes tents and will fit with the company\'s brands like Qorva and Brisk.').filter((c) => c.startsWith('Vexa '))).toEqual([]);
  });

  it('is nobody when no other firm was named', () => {
    expect(develops('Vexa makes tents and will fit with the group\'s brands like Qorva and Brisk.')).toEqual([]);
    expect(develops('Vexa makes tents and joins the group\'s brands like Qorva and Brisk.')).toEqual([]);
    expect(develops('Vexa, a retailer, will fit with the group\'s brands like Qorva and Brisk.')).toEqual([]);
  });

  it('every firm of a list that joins, and a joining denied, still leave the group its brands', () => {
    const claims = develops('Zenco bought Vexa and Lumo. Vexa and Lumo will fit with the group\'s brands like Qorva and Brisk.');
    expect(claims).toContain('Zenco -develops-> Qorva');
    expect(claims.filter((c) => c.startsWith('Vexa ') || c.startsWith('Lumo '))).toEqual([]);
    expect(develops('Vexa Inc and Lumo Inc will fit with the group\'s brands like Qorva and Brisk.')).toEqual([]);
    expect(develops('Zenco bought Vexa. Vexa will not fit with the group\'s brands like Qorva and Brisk.').filter((c) => c.startsWith('Vexa '))).toEqual([]);
    expect(develops('Zenco bought Vexa. Vexa fits with the group\'s retail partner Qorva.')).toEqual([]);
    expect(develops('Zenco bought Lumo last year. Lumo, which Qorva Inc owned, will fit with the group\'s brands like Brisk and Vexa.').filter((c) => c.startsWith('Lumo '))).toEqual([]);
  });

  it('near misses: a firm whose name says it is a group, and a firm that only sells the brands', () => {
    expect(develops('Zenco Group owns Vexa. Vexa will fit with the group\'s brands like Qorva and Brisk.')).toEqual(expect.arrayContaining(['Zenco Group -develops-> Qorva', 'Zenco Group -develops-> Brisk']));
    expect(develops('Zenco Group bought Vexa, which will fit with the group\'s brands like Qorva and Brisk.').filter((c) => c.startsWith('Vexa '))).toEqual([]);
    expect(develops('Zenco bought Vexa, which will fit with the group\'s brands like Qorva and Brisk.').filter((c) => c.startsWith('Vexa '))).toEqual([]);
  });
});

describe('"the firm" after an owner\'s modifier', () => {
  it('is the owned firm the sentence before was about', () => {
    expect(develops('Zenco-owned Zen Motors launched a sedan last year. Now, the firm has confirmed its next launch, the eZ5.')).toEqual(['Zen Motors -develops-> eZ5']);
    expect(develops('Zenco-backed Zen Motors launched a sedan last year. The company also makes the eZ5 van.')).toEqual(['Zen Motors -develops-> eZ5']);
  });

  it('near misses: an owner named after the owned firm, and an owner named in the sentence itself', () => {
    expect(develops('Zen Motors, owned by Zenco, launched a sedan last year. Now, the firm has confirmed its next launch, the eZ5.')).toEqual(['Zen Motors -develops-> eZ5']);
    expect(develops('Zenco-owned Zen Motors launched a sedan. Zenco said the firm would launch the eZ5.').filter((c) => c.startsWith('Zenco '))).toEqual([]);
    expect(develops('Zenco-owned Zen Motors and Qorva launched a sedan. Now, the firm has confirmed its next launch, the eZ5.').filter((c) => c.startsWith('Zenco '))).toEqual([]);
  });
});

describe('", allowing it to compete against rivals" after a purchase', () => {
  it('sets the buyer against the rivals, not the bought firm', () => {
    expect(rivals('Zenco bought Lumo, allowing it to better compete against rivals Qorva and Vexa.').sort()).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco bought Lumo, allowing it to compete against rivals Qorva and Vexa.').sort()).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco bought Lumo, helping it to better take on rival Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: a plural "them", and a clause of another firm before the participle', () => {
    expect(rivals('Zenco bought Lumo, allowing them to compete against rivals Qorva and Vexa.').filter((c) => c.startsWith('Zenco '))).toEqual([]);
    expect(rivals('Zenco bought Lumo, and Qorva hired staff, allowing it to compete against rivals Vexa and Brisk.').filter((c) => c.startsWith('Zenco '))).toEqual([]);
    expect(rivals('Zenco sold Lumo to Qorva, allowing it to compete against rivals Vexa and Brisk.').filter((c) => c.startsWith('Zenco '))).toEqual([]);
  });
});

describe('a firm\'s named programme', () => {
  it('is its product', () => {
    expect(develops('Zenco, through its Zapp program, offers cover to drivers.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('Zenco expanded its Zapp insurance program to Texas.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('The Zapp programme, run by Zenco, offers cover to drivers.')).toEqual(['Zenco -develops-> Zapp']);
  });

  it('near misses: a member, a partner\'s or a state\'s programme, loyalty and space programmes', () => {
    expect(develops('Zenco joined the Zapp program last year.')).toEqual([]);
    expect(develops('Zenco joined Qorva\'s Zapp program.')).toEqual(['Qorva -develops-> Zapp']);
    expect(develops('France launched its Zapp programme to subsidise cars.')).toEqual([]);
    expect(develops('Zenco won funding from Ruritania through its Zapp programme.')).toEqual([]);
    expect(develops('Zenco won a grant from Ruritania under its Zapp programme.')).toEqual([]);
    expect(develops('Zenco expanded its Zapp loyalty program to Texas.')).toEqual([]);
    expect(develops('Zenco offers cover through its space programme.')).toEqual([]);
    expect(develops('Zenco and Qorva expanded their Zapp program to Texas.')).toEqual([]);
    expect(develops('Zenco, via its Zapp partner program, pays drivers.')).toEqual([]);
    expect(develops('Zenco, through its subsidiary Qorva, offers cover to drivers.')).toEqual([]);
    expect(develops('Zenco plans to launch its Zapp program next year.')).toEqual([]);
  });
});
