import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Stop 50's families, from stop 49's fresh-sample readers, on sentences written for the tests:
// a name inside a compound before the name acted on, a state stopping the trade in a product,
// shelves and markets cleared, participial listings, rivalry idioms, and makers that reveal or
// bring back a product.

describe('a name inside a compound only describes the name after it', () => {
  it.each([
    ['The US sanctioned Russia-linked host Zentra Hosting.', ['United States -restricts-> Zentra Hosting']],
    ['Britain sanctioned Kremlin-backed broadcaster Zeta TV and Iran-linked shipping firm Qorva Lines.', ['Russia -invests_in-> Zeta TV', 'United Kingdom -restricts-> Qorva Lines', 'United Kingdom -restricts-> Zeta TV']],
    ['The US sanctioned Zentra Hosting and Russia-based exchange Qorvex.', ['United States -restricts-> Qorvex', 'United States -restricts-> Zentra Hosting']],
    ['The EU banned Kremlin-linked outlet Zeta TV.', ['European Union -banned-> Zeta TV']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the participle of a compound is no verb of its own: "Meta-owned WhatsApp and Zapp were blocked" says nothing of Zapp\'s maker', () => {
    expect(scoredClaimsOf('Meta-owned WhatsApp and Zapp were blocked.')).toEqual(['Meta -develops-> WhatsApp']);
  });
});

describe("a state stopping the trade in a product bans it", () => {
  it.each([
    ['Japan halted shipments of the Zenco Vela and the Qorva Zeta.', ['Japan -banned-> Qorva Zeta', 'Japan -banned-> Zenco Vela']],
    ['Japan ordered sales of the Zenco Vela to be suspended.', ['Japan -banned-> Zenco Vela']],
    ['Japan ordered the sale of the Zenco Vela halted.', ['Japan -banned-> Zenco Vela']],
    ['Japan ordered a halt to imports of the Zenco Vela.', ['Japan -banned-> Zenco Vela']],
    ['Japan ordered Zenco Motors to halt shipments of the Vela.', ['Japan -banned-> Vela']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm halting its own shipments bans nothing', () => {
    expect(scoredClaimsOf('Zenco Motors halted shipments of the Vela.')).toEqual([]);
  });
});

describe('shelves and markets cleared of a product', () => {
  it.each([
    ['Walmart is taking Zetanol off its shelves.', ['Walmart -banned-> Zetanol']],
    ['Kenya ordered retailers to take Zetanol off the shelves.', ['Kenya -banned-> Zetanol']],
    ['The FDA took Zetanol off the market in 2020.', ['Food and Drug Administration -banned-> Zetanol']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm taking a thing off the market withdraws it; no ban', () => {
    expect(scoredClaimsOf('Zenco Pharma took Zetanol off the market.')).toEqual([]);
  });
});

describe('a listing stated by a participle', () => {
  it.each([
    ['The US Treasury issued a notice naming Zentra Hosting and Qorvex among the sanctioned entities.', ['Treasury Department -restricts-> Qorvex', 'Treasury Department -restricts-> Zentra Hosting']],
    ['Britain published a list naming Qorvex as a sanctioned entity.', ['United Kingdom -restricts-> Qorvex']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm naming another as a listed company restricts nothing', () => {
    expect(scoredClaimsOf('Zenco Ltd named Qorva Corp as a listed company in its report.')).toEqual([]);
  });
});

describe('rivalry idioms', () => {
  it.each([
    ['Samsung is targeting the likes of Apple and Google with the phone.', ['Samsung -competes_with-> Apple', 'Samsung -competes_with-> Google']],
    ['The Galaxy S25 gives the iPhone 16 a run for its money.', ['Galaxy S25 -competes_with-> iPhone 16']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"could give" is a guess, not a fact', () => {
    expect(scoredClaimsOf('Samsung could give Apple a run for its money.')).toEqual([]);
  });

  it('police targeting the likes of a firm are no rivals', () => {
    expect(scoredClaimsOf('Police are targeting the likes of Apple.')).toEqual([]);
  });
});

describe('makers that reveal a new product or bring an old one back', () => {
  it.each([
    ['Samsung and Google revealed Zetachip, a new chip, on Tuesday.', ['Google -develops-> Zetachip', 'Samsung -develops-> Zetachip']],
    ['Samsung revealed the new Galaxy S25 at an event.', ['Samsung -develops-> Galaxy S25']],
    ['Nissan is bringing back the Nissan Xterra.', ['Nissan -develops-> Nissan Xterra']],
    ['Ford revived the Ford Bronco in 2020.', ['Ford -develops-> Ford Bronco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('an outlet revealing a product it says another made reports it', () => {
    expect(scoredClaimsOf('Reuters revealed Zetachip, a new chip from Samsung.')).toEqual(['Samsung -develops-> Zetachip']);
  });
});

// Stop 50's second round, from the same readers' reports: relative designations, banks named for
// their state, and membership of a set of listed parties.

describe('a relative clause that designates its antecedent', () => {
  it('"Zenco Ltd, which the US designated as a terrorist group, …"', () => {
    expect(scoredClaimsOf('Zenco Ltd, which the US designated as a terrorist group in 2007, runs branches.')).toEqual(['United States -restricts-> Zenco Ltd']);
  });
});

describe('a bank named for its state is a firm, named whole', () => {
  it.each([
    ['The US sanctioned the International Bank of Yemen on Friday.', ['United States -restricts-> International Bank of Yemen']],
    ['The Commercial Bank of Syria was sanctioned by the EU.', ['European Union -restricts-> Commercial Bank of Syria']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a state's central bank stays one of its bodies", () => {
    expect(entitiesOf('The Central Bank of Russia barred Zenco Bank.')).toContain('Central Bank of Russia (government)');
  });
});

describe('members of a set of listed parties', () => {
  it.each([
    ['Zenco Ltd, Qorva Corp and Vexa Inc are among the 46 entities sanctioned, the US Treasury said.', ['Treasury Department -restricts-> Qorva Corp', 'Treasury Department -restricts-> Vexa Inc', 'Treasury Department -restricts-> Zenco Ltd']],
    ['Zenco Ltd and Qorva Corp are among the firms the US Treasury sanctioned on Friday.', ['Treasury Department -restricts-> Qorva Corp', 'Treasury Department -restricts-> Zenco Ltd']],
    ['Zapp is among the 59 apps India banned in 2020.', ['India -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a firm's own list restricts nothing", () => {
    expect(scoredClaimsOf('Zenco Ltd is among the firms Qorva Corp has sanctioned.')).toEqual([]);
  });
});

// Stop 50's third round, from its first round's readers: orders behind a store's removal, rights
// lost, a provider cutting a customer off, import alerts, stands taken on an act, Romance names,
// groups named after their kind, subtitles after a colon, and owned rivals.

describe("a state body whose order a removal carries out bans what was removed", () => {
  it.each([
    ['Apple removed Qapp and Vapp from its store after receiving an order from the Cyberspace Administration of China.'],
    ['Apple removed the apps Qapp and Vapp at the request of the Cyberspace Administration of China.'],
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Apple -banned-> Qapp', 'Apple -banned-> Vapp', 'Cyberspace Administration of China -banned-> Qapp', 'Cyberspace Administration of China -banned-> Vapp']);
  });

  it("users' requests ban nothing", () => {
    expect(scoredClaimsOf('Zenco Ltd removed Qapp after a request from users.')).toEqual(['Zenco Ltd -banned-> Qapp']);
  });

  it('apps named in a dash apposition after their count', () => {
    expect(scoredClaimsOf('Apple pulled two apps – Qapp and Vapp – from its store.')).toEqual(['Apple -banned-> Qapp', 'Apple -banned-> Vapp']);
  });
});

describe('rights lost, customers cut off, goods stopped at the border', () => {
  it('"announced that A and B have lost their operating rights"', () => {
    expect(scoredClaimsOf("Colombia's aviation authority announced that Qorva Airlines and Vela Airlines have lost their operating rights.")).toEqual([
      "Colombia's aviation authority -banned-> Qorva Airlines",
      "Colombia's aviation authority -banned-> Vela Airlines",
    ]);
  });

  it('"disabled services for Unit 9"', () => {
    expect(scoredClaimsOf('Zencloud Corp disabled services for Qorva Labs.')).toEqual(['Zencloud Corp -banned-> Qorva Labs']);
  });

  it.each([
    ['The FDA added Zenco Foods Ltd to an import alert.'],
    ["Zenco Foods Ltd has been placed on the FDA's red list."],
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Food and Drug Administration -banned-> Zenco Foods Ltd']);
  });
});

describe('who takes a stand on an act did not impose it', () => {
  it.each([
    ['Zenco Ltd lobbied against the ban on Zetanol.'],
    ['Zenco Ltd opposed the ban on Zetanol.'],
    ['Zenco Ltd challenged the ban on Zetanol in court.'],
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual([]);
  });

  it("the act's owner still bans", () => {
    expect(scoredClaimsOf("Zenco Ltd appealed against India's ban on Zetanol.")).toEqual(['India -banned-> Zetanol']);
    expect(scoredClaimsOf('Zenco Ltd opposed the ban on Zetanol by India.')).toEqual(['India -banned-> Zetanol']);
  });
});

describe('names of groups, Romance names and subtitles', () => {
  it('"the Cartel de los Lagos" is one name, with its place after the particle', () => {
    expect(scoredClaimsOf('The US sanctioned the Cartel de los Lagos on Friday.')).toEqual(['United States -restricts-> Cartel de los Lagos']);
  });

  it('a group named after its kind ("the gang Zeta 9", "the militia Kataib Zembla")', () => {
    expect(scoredClaimsOf('The US designated the gang Zeta 9 as a terrorist organization.')).toEqual(['United States -restricts-> Zeta 9']);
  });

  it('a firm ending in "Pharma" is a company', () => {
    expect(entitiesOf('India suspended the licence of Zenco Pharma.')).toContain('Zenco Pharma (company)');
  });

  it('a subtitle after a colon goes on with a title that holds a number or a coined word', () => {
    expect(scoredClaimsOf('Zenco Studios later released Zetaquest: Arena.')).toEqual(['Zenco Studios -develops-> Zetaquest: Arena']);
    expect(scoredClaimsOf('The Commerce Department placed the following companies on the Entity List: Zenco Micro, Kappa Systems and Borin Ltd.')).toContain('Commerce Department -restricts-> Zenco Micro');
  });

  it("a list's name spelled out in brackets makes no products", () => {
    expect(scoredClaimsOf('The ZDN (Zeta Designated Names and Blocked Persons) list grew.')).toEqual([]);
  });

  it("a rival someone owns is a product, and so is its peer", () => {
    // The owner of a coined name is its maker (stop 54).
    expect(entitiesOf("Zetavo competes with Qorva's Velavo.")).toEqual(['Qorva (company)', 'Velavo (product)', 'Zetavo (product)']);
  });
});

// Stop 50's fourth round: designation verbs inflected right, places a firm operates in, launches
// announced by their makers, and a news site's link labels.

describe('designations by "classified" and "labeled"', () => {
  it.each([
    ['Canada classified Zenco Ltd as a terrorist organization.'],
    ['Canada labelled Zenco Ltd as a terrorist organization.'],
    ['Canada labeled Zenco Ltd a terrorist organization.'],
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Canada -restricts-> Zenco Ltd']);
  });
});

describe('where a firm operates or launches is no product of it', () => {
  it.each([['Zenco Ltd operates in Zembla.'], ['Zenco Ltd launched in Zembla last year.']])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual([]);
  });

  it('what it launches there still is', () => {
    expect(scoredClaimsOf('Zenco Ltd launched Zeta in Zembla.')).toEqual(['Zenco Ltd -develops-> Zeta']);
  });
});

describe('a launch announced by its makers', () => {
  it('"Zenco and Qorva announced that Zeta 3 will launch in February"', () => {
    expect(scoredClaimsOf('Zenco Motors and Qorva Labs announced that Zeta 3 will launch in February.')).toEqual(['Qorva Labs -develops-> Zeta 3', 'Zenco Motors -develops-> Zeta 3']);
  });

  it('an outlet saying so makes nothing', () => {
    expect(scoredClaimsOf('Reuters said that Zeta 3 will launch in February.')).toEqual([]);
  });
});

describe("a news site's link label copied with the text", () => {
  it('", opens new tab" parts no list', () => {
    expect(scoredClaimsOf('The US sanctioned Zenco Bank, opens new tab and Qorva Bank, opens new tab on Friday.')).toEqual(['United States -restricts-> Qorva Bank', 'United States -restricts-> Zenco Bank']);
  });
});

describe('an agentless act a state body announces, and more ways of listing', () => {
  it.each([
    ['The US Treasury announced that Zenco Ltd and Qorva Ltd have been added to the sanctions list.', ['Treasury Department -restricts-> Qorva Ltd', 'Treasury Department -restricts-> Zenco Ltd']],
    ['Britain said that Zenco Ltd had been sanctioned.', ['United Kingdom -restricts-> Zenco Ltd']],
    ['The US Treasury included Zenco Ltd among several entities sanctioned.', ['Treasury Department -restricts-> Zenco Ltd']],
    ['Canada designated the Zembla Guard Corps Ltd as “a state sponsor of terrorism”.', ['Canada -restricts-> Zembla Guard Corps Ltd']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('an outlet saying so names the agent it reports, not itself', () => {
    expect(scoredClaimsOf('Reuters said that Zenco Ltd had been sanctioned by the US.')).toEqual(['United States -restricts-> Zenco Ltd']);
  });
});

describe('registrations cancelled, planes grounded, trading suspended', () => {
  it('"cancelled the registration of 12 lenders, including A and B"', () => {
    expect(scoredClaimsOf('The Reserve Bank of India cancelled the registration of 12 lenders, including Qorva Capital Ltd and Vexa Finance Ltd.')).toEqual([
      'Reserve Bank of India -banned-> Qorva Capital Ltd',
      'Reserve Bank of India -banned-> Vexa Finance Ltd',
    ]);
  });

  it.each([['The FAA ordered the grounding of all Zenco Z-9 aircraft.'], ['The FAA grounded all Zenco Z-9 jets.']])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Federal Aviation Administration -banned-> Zenco Z-9']);
  });

  it('an airline grounding its own fleet bans nothing', () => {
    expect(scoredClaimsOf('Zenco Air Ltd grounded its Zenco Z-9 jets.').filter((c) => c.includes('-banned->'))).toEqual([]);
  });

  it('"announced the suspensions of A and B"', () => {
    expect(scoredClaimsOf('The SEC announced the suspensions of Zenco Holdings and Qorva Ltd.')).toEqual(['Securities and Exchange Commission -banned-> Qorva Ltd', 'Securities and Exchange Commission -banned-> Zenco Holdings']);
  });
});

describe('"from" a seller or a launch site names no maker', () => {
  it.each([
    ['Zenco Labs completed the first launch of its Vela rocket from the Zembla Spaceport.', ['Zenco Labs -develops-> Vela']],
    ['Zenco Labs acquired Zetachip from Qorva Corp.', ['Zenco Labs -acquired-> Zetachip']],
    ['Zetachip from Zenco Labs is popular.', ['Zenco Labs -develops-> Zetachip']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

// Stop 50's fifth round: "its" after a conjunct, inhalers, and the members in apposition to a
// listed noun after the act.

describe('"A and its Y" is A\'s, object or not', () => {
  it('"will buy Qorva Pharma and its blockbuster drug Velamab"', () => {
    expect(scoredClaimsOf('Zenco Pharma will buy Qorva Pharma and its blockbuster drug Velamab.').filter((c) => c.includes('-develops->'))).toEqual(['Qorva Pharma -develops-> Velamab']);
  });

  it('"its inhaler Zetavo"', () => {
    expect(scoredClaimsOf('Zenco Ltd agreed to buy Qorva Pharma and its inhaler Zetavo.').filter((c) => c.includes('-develops->'))).toEqual(['Qorva Pharma -develops-> Zetavo']);
  });
});

describe('members in apposition to a listed noun, after the act', () => {
  it('"The sanctioned entities – A, B, C and D – own tankers"', () => {
    expect(scoredClaimsOf('The US Treasury sanctioned four firms. The sanctioned entities—Zenco Ltd, Qorva Ltd, Borin Ltd and Kappa Ltd—own tankers.')).toEqual([
      'Treasury Department -restricts-> Borin Ltd',
      'Treasury Department -restricts-> Kappa Ltd',
      'Treasury Department -restricts-> Qorva Ltd',
      'Treasury Department -restricts-> Zenco Ltd',
    ]);
  });

  it('a plain apposition to "the companies" lists nothing', () => {
    expect(scoredClaimsOf('The US Treasury sanctioned four firms. The companies, Zenco Ltd and Qorva Ltd, said they would appeal.')).toEqual([]);
  });
});

describe("a price between an owner and its product", () => {
  it('"Zenco Motors\' $40,000 Vela pickup"', () => {
    expect(scoredClaimsOf("Zenco Motors' $40,000 Vela pickup is cheap.")).toEqual(['Zenco Motors -develops-> Vela']);
  });

  it('a price paid names no maker', () => {
    expect(scoredClaimsOf('Zenco Motors paid $40,000 for the Vela.')).toEqual([]);
  });
});

describe('"its" before a kind of product and a name nothing typed', () => {
  it('"Qorva Pharma said that its new pill Zetavo cut weight"', () => {
    expect(scoredClaimsOf('Qorva Pharma said that its new pill Zetavo cut weight.')).toEqual(['Qorva Pharma -develops-> Zetavo']);
  });
});

describe("a body's name with a coordinated tail of short field nouns", () => {
  it('"the National Administration of Drugs, Food, and Medical Technology" is one body', () => {
    expect(scoredClaimsOf('The National Administration of Drugs, Food, and Medical Technology (ANMAT) banned Zenco Labs.')).toEqual(['National Administration of Drugs, Food, and Medical Technology -banned-> Zenco Labs']);
  });
});

// Stop 50's seventh round, from its fourth round's readers: a state's outlets named after it,
// waivers revoked, signals switched off, and a state inside a firm's legal name.

describe("a state's outlets, waivers and signals", () => {
  it('"two of Zembla\'s most prominent channels – A and B": the channels, not the state', () => {
    expect(scoredClaimsOf("Britain sanctioned two of Georgia's most prominent channels — Zeta TV and Vela TV.")).toEqual(['United Kingdom -restricts-> Vela TV', 'United Kingdom -restricts-> Zeta TV']);
  });

  // Stop 51: the waiver's holder is under the sanctions again, so it is restricted (extract-waivers-lifts.test.ts).
  it('revoking a sanctions waiver bans nothing; it restricts the holder', () => {
    expect(scoredClaimsOf("The US has revoked the sanctions waiver for Iran's Zeta Port.")).toEqual(['United States -restricts-> Zeta Port']);
  });

  it.each([["Kenya's regulator switched off the signal of Zeta TV."], ["Kenya's regulator switched off Zeta TV's transmission signal."]])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(["Kenya's regulator -banned-> Zeta TV"]);
  });
});

describe("a state inside a firm's legal name", () => {
  it('"Zenco Holding Group Thailand Company Limited" is one firm', () => {
    expect(scoredClaimsOf('OFAC designated Zenco Holding Group Thailand Company Limited, Qorva Star Company Limited and Vexa Ltd.')).toEqual([
      'Office of Foreign Assets Control -restricts-> Qorva Star Company Limited',
      'Office of Foreign Assets Control -restricts-> Vexa Ltd',
      'Office of Foreign Assets Control -restricts-> Zenco Holding Group Thailand Company Limited',
    ]);
  });
});
