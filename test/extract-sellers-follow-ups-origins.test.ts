import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Stop 49's families, from stop 48's fresh-sample readers, on sentences written for the tests:
// sellers that stop selling a thing, a state's act whose targets the next sentence names, a
// state's unnamed firm, orders to several firms, makers named by where a thing comes from, and
// names that end before a compound's hyphen.

describe('a seller that stops selling a thing bans it from its shelves', () => {
  it.each([
    ['Walmart has stopped selling Kaspersky antivirus.', 'Walmart -banned-> Kaspersky'],
    ['Best Buy has stopped carrying Kaspersky products.', 'Best Buy -banned-> Kaspersky'],
    ['Amazon Web Services stopped hosting Parler.', 'Amazon Web Services -banned-> Parler'],
  ])('"%s"', (text, claim) => {
    expect(scoredClaimsOf(text)).toEqual([claim]);
  });

  it('a firm that stops selling its own thing discontinues it', () => {
    expect(scoredClaimsOf('Apple stopped selling its iPhone 12 in France.')).toEqual(['Apple -develops-> iPhone 12']);
    // Said to be the maker elsewhere in the article: the same.
    expect(scoredClaimsOf('Zenco Ltd launched Zeta in 2020. Zenco Ltd stopped selling Zeta last year.')).toEqual(['Zenco Ltd -develops-> Zeta']);
  });

  it('stopping sales to a place bans nothing there', () => {
    expect(scoredClaimsOf('Zenco Ltd stopped selling chips to Huawei.')).toEqual([]);
  });
});

describe("a state's act whose targets the next sentence names", () => {
  it.each([
    ['The Treasury Department announced new sanctions on Tuesday. The measures were against Zenco Ltd and Kelta Corp.', 'Treasury Department'],
    ['The EU adopted its 14th sanctions package on Monday. The package lists Zenco Ltd and Kelta Corp.', 'European Union'],
    ['The Commerce Department unveiled export curbs on Tuesday. The curbs hit Zenco Ltd and Kelta Corp.', 'Commerce Department'],
  ])('"%s"', (text, actor) => {
    expect(scoredClaimsOf(text)).toEqual([`${actor} -restricts-> Kelta Corp`, `${actor} -restricts-> Zenco Ltd`]);
  });

  it('"New US curbs hit A and B": the state owns its curbs', () => {
    expect(scoredClaimsOf('New US curbs hit Zenco Ltd and Kelta Corp.')).toEqual(['United States -restricts-> Kelta Corp', 'United States -restricts-> Zenco Ltd']);
  });

  it('"were against" names a target only right after it', () => {
    expect(scoredClaimsOf('The Treasury Department announced new sanctions. The measures were against the interests of Zenco Ltd.')).toEqual([]);
  });
});

describe("a state's firm left unnamed is what is acted on, not the state", () => {
  it('"sanctioned Iran\'s state shipping arm" restricts no state', () => {
    expect(scoredClaimsOf("The US sanctioned Iran's state shipping arm.")).toEqual([]);
  });

  it('the arm named after it is restricted', () => {
    expect(scoredClaimsOf("The US sanctioned Iran's state shipping arm, Zenco Lines.")).toEqual(['United States -restricts-> Zenco Lines']);
  });
});

describe('an order to several named firms', () => {
  it('an order to several named firms to stop selling a thing bans the thing', () => {
    expect(scoredClaimsOf('The Delhi High Court ordered Zenco Ltd, Kelta Corp and Harlan Inc to stop selling Zeta.')).toEqual(['Delhi High Court -banned-> Zeta']);
  });
});

describe('makers named by their role, their pitch, or where a thing comes from', () => {
  it.each([
    ['Nvidia, the chipmaker behind the H100 and Blackwell, reported record revenue.', ['Nvidia -develops-> Blackwell', 'Nvidia -develops-> H100']],
    ['Zenco Ltd bills its Zeta app as the safest chatbot.', ['Zenco Ltd -develops-> Zeta']],
    ['Microsoft positions Copilot as an assistant for work.', ['Microsoft -develops-> Copilot']],
    ['Zeta, from Zenco Ltd, is popular.', ['Zenco Ltd -develops-> Zeta']],
    ['Zeta (from Zenco Ltd) is popular.', ['Zenco Ltd -develops-> Zeta']],
    ['Zeta comes from Zenco Ltd, a Shenzhen startup.', ['Zenco Ltd -develops-> Zeta']],
    ["Zeta, Zenco Ltd's answer to the iPhone, sold well.", ['Zenco Ltd -develops-> Zeta', 'Zeta -competes_with-> iPhone']],
    ["Quill's brewer, Zenco Ltd, raised prices.", ['Zenco Ltd -develops-> Quill']],
    ['OpenAI pulled back the curtain on GPT-5 on Thursday.', ['OpenAI -develops-> GPT-5']],
    ['OpenAI unwrapped GPT-5 on Thursday.', ['OpenAI -develops-> GPT-5']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('where a threat or money comes from is no maker', () => {
    expect(scoredClaimsOf('The biggest threat to ChatGPT comes from Google.')).toEqual([]);
    expect(scoredClaimsOf('Investment in Zeta came from Zenco Ltd.')).toEqual([]);
    expect(scoredClaimsOf('DeepSeek, from China, shocked markets.')).toEqual([]);
  });

  it('"coming after the likes of" names rivals', () => {
    expect(scoredClaimsOf('Zenco Ltd is coming after the likes of Nvidia and AMD.')).toEqual(['Zenco Ltd -competes_with-> AMD', 'Zenco Ltd -competes_with-> Nvidia']);
  });
});

describe("a firm's closing word before a compound's hyphen ends its name", () => {
  it.each([
    ['Zenco Ltd-owned Zeta is popular.', 'Zenco Ltd -develops-> Zeta'],
    ['The Alibaba Group-owned Zeta app is popular.', 'Alibaba Group -develops-> Zeta'],
    ['SoftBank Group-backed Zenco Ltd raised money.', 'SoftBank Group -invests_in-> Zenco Ltd'],
  ])('"%s"', (text, claim) => {
    expect(scoredClaimsOf(text)).toEqual([claim]);
  });

  it('the closing word is no firm of its own', () => {
    expect(entitiesOf('Zenco Group-owned Zeta is popular.')).toEqual(['Zenco Group (company)', 'Zeta (product)']);
  });
});

// Stop 49's second round, from its first round's readers.

describe('regulators ordering firms out, and letters to stop', () => {
  it('"ordered A, B and C to exit the state" bans each', () => {
    expect(scoredClaimsOf('The Ruritania Gaming Commission ordered Qorva Inc, Zenco Ltd and Vexa Corp to exit the state.')).toEqual([
      'Ruritania Gaming Commission -banned-> Qorva Inc',
      'Ruritania Gaming Commission -banned-> Vexa Corp',
      'Ruritania Gaming Commission -banned-> Zenco Ltd',
    ]);
  });

  it('a firm telling its staff to leave bans no one', () => {
    expect(scoredClaimsOf('Zenco Ltd told its staff to leave the office.')).toEqual([]);
  });

  it('"was issued with cease-and-desist letters by" a state body bans the firm', () => {
    expect(scoredClaimsOf('Qorva Inc has been issued with cease-and-desist letters by the Zembla Department of Revenue.')).toEqual(['Zembla Department of Revenue -banned-> Qorva Inc']);
  });

  it("a state's recall bans the thing recalled; a firm's recall of its own does not", () => {
    expect(scoredClaimsOf('Denmark recalled Zeta noodles made by Zenco Ltd.')).toEqual(['Denmark -banned-> Zeta', 'Zenco Ltd -develops-> Zeta']);
    // Its Zeta scooters are its own (stop 86: "its" before a name and a made kind), but recalling them bans nothing.
    expect(scoredClaimsOf('Zenco Ltd recalled its Zeta scooters.')).toEqual(['Zenco Ltd -develops-> Zeta']);
  });
});

describe('sanctions named in an apposition, and an act noun right after a counted listing', () => {
  it.each([
    ['Zenco Bank, a lender under US and UK sanctions, has grown.', ['United Kingdom -restricts-> Zenco Bank', 'United States -restricts-> Zenco Bank']],
    ['Zenco Ltd, already under EU sanctions, said it would appeal.', ['European Union -restricts-> Zenco Ltd']],
    [
      'The EU Council sanctioned three airlines on Monday. The decision affects Zenco Air, Qorva Air and Lumo Air.',
      ['Council of the European Union -restricts-> Lumo Air', 'Council of the European Union -restricts-> Qorva Air', 'Council of the European Union -restricts-> Zenco Air'],
    ],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a participle after a preposition qualifies the name: "deposits at sanctioned Zenco Bank" restricts nothing', () => {
    expect(scoredClaimsOf('Zeta, backed by deposits at sanctioned Zenco Bank, is popular.')).toEqual([]);
  });

  it("the Treasury's money-laundering bureau is a government body", () => {
    expect(scoredClaimsOf('FinCEN issued orders designating Zenco Bank as a primary money-laundering concern.')).toEqual(['Financial Crimes Enforcement Network -restricts-> Zenco Bank']);
  });
});

describe('issuers, items ending with their kind, and quoted titles', () => {
  it.each([
    ['Zeta, a stablecoin issued by Zenco Ltd, is popular.', ['Zenco Ltd -develops-> Zeta']],
    ['Zeta issuer Zenco Ltd was sanctioned.', ['Zenco Ltd -develops-> Zeta']],
    ['Zenco Ltd unveiled its first two cars, the Alpha SUV and Beta pickup.', ['Zenco Ltd -develops-> Alpha', 'Zenco Ltd -develops-> Beta']],
    ['Zenco Ltd makes the Z1 truck, Z2 SUV and Z3 van.', ['Zenco Ltd -develops-> Z1', 'Zenco Ltd -develops-> Z2', 'Zenco Ltd -develops-> Z3']],
    ['Vietnam banned the film "Flight to Zembla" last year.', ['Vietnam -banned-> Flight to Zembla']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a plural kind after a name makes it the maker, not an item: "two Meta apps, Facebook and Instagram"', () => {
    expect(scoredClaimsOf('Russia blocked two Meta apps, Facebook and Instagram, last year.')).not.toContain('Russia -banned-> Meta');
  });
});

// Stop 49's third round, from its second round's readers.

describe("an outlet's account blocked on a platform bans the outlet, not the platform", () => {
  it.each([
    ['India blocked the X account of Global Zeta News.', ['India -banned-> Global Zeta News']],
    ['India withheld the X accounts of Zeta News, Qorva Times and Lumo World.', ['India -banned-> Lumo World', 'India -banned-> Qorva Times', 'India -banned-> Zeta News']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"blocked Zeta News\'s YouTube channel" bans Zeta News', () => {
    expect(scoredClaimsOf("Russia blocked Zeta News's YouTube channel.")).toContain('Russia -banned-> Zeta News');
    expect(scoredClaimsOf("Russia blocked Zeta News's YouTube channel.")).not.toContain('Russia -banned-> YouTube');
  });

  it('a firm withholding a thing bans nothing', () => {
    expect(scoredClaimsOf('Zenco Ltd withheld the Zeta app from users.')).toEqual([]);
  });

  it('a cease-and-desist order received from a state body bans the firm; from a firm, nothing', () => {
    expect(scoredClaimsOf('Zenco Ltd shut down after receiving a cease-and-desist order from the Zembla Gaming Commission.')).toEqual(['Zembla Gaming Commission -banned-> Zenco Ltd']);
    expect(scoredClaimsOf('Zenco Ltd received a cease-and-desist letter from Qorva Inc.')).toEqual([]);
  });
});

describe('sanctions packages, attributions and set-off targets', () => {
  it.each([
    ['The EU included Zenco Bank and Qorva Bank in its 18th package of sanctions.', ['European Union -restricts-> Qorva Bank', 'European Union -restricts-> Zenco Bank']],
    ['The EU added Zenco Bank to its latest sanctions package.', ['European Union -restricts-> Zenco Bank']],
    ['According to Reuters, the US and UK sanctioned Zenco Ltd.', ['United Kingdom -restricts-> Zenco Ltd', 'United States -restricts-> Zenco Ltd']],
    ['The US imposed sanctions on Tuesday, specifically targeting Zenco Ltd.', ['United States -restricts-> Zenco Ltd']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm putting a thing in its software package restricts nothing', () => {
    expect(scoredClaimsOf('Zenco Ltd included Zeta in its software package.')).toEqual([]);
  });
});

describe('makers: things announced by name, counted and named, or owned by a fronted "its"', () => {
  it.each([
    ['Zenco Ltd announced a new rocket called Vexa.', ['Zenco Ltd -develops-> Vexa']],
    ['Zenco Ltd pulled the curtain back on Plix.', ['Zenco Ltd -develops-> Plix']],
    ['Zenco Ltd has two drugs, Plix and Vexa.', ['Zenco Ltd -develops-> Plix', 'Zenco Ltd -develops-> Vexa']],
    ['Zenco Ltd owns three brands: Plix, Vexa and Orbo.', ['Zenco Ltd -develops-> Orbo', 'Zenco Ltd -develops-> Plix', 'Zenco Ltd -develops-> Vexa']],
    ['With its planned Vexa rocket, Zenco Ltd hopes to compete.', ['Zenco Ltd -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a fronted "its" before a preposition owns nothing named after it', () => {
    expect(scoredClaimsOf('With its lawsuit against Zeta, Zenco Ltd hopes to win.')).toEqual([]);
  });
});

// Stop 49's fourth round, from its third round's readers.

describe('titles that hold a headline verb or open with "No", and drug regulators', () => {
  it.each([
    ["NetEase's Marvel Rivals is a hit.", ['NetEase -develops-> Marvel Rivals']],
    ['Marvel Rivals publisher NetEase said sales rose.', ['NetEase -develops-> Marvel Rivals']],
    ['Zenco Ltd removed the game No Mercy from its store.', ['Zenco Ltd -banned-> No Mercy']],
    ['The European Medicines Agency suspended Zeta.', ['European Medicines Agency -banned-> Zeta']],
    ['Health Canada banned Zeta.', ['Health Canada -banned-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a Title Case headline still reads its verb', () => {
    expect(scoredClaimsOf('Samsung Rivals Apple With New Phone')).toEqual(['Samsung -competes_with-> Apple']);
  });
});

describe('letters, offices and boards', () => {
  it.each([
    ['The Zembla Gaming Board sent Qorva Inc a cease-and-desist letter.', ['Zembla Gaming Board -banned-> Qorva Inc']],
    ['The Zembla Gaming Board issued cease-and-desist letters to several platforms, including Qorva Inc and Vexa Corp.', ['Zembla Gaming Board -banned-> Qorva Inc', 'Zembla Gaming Board -banned-> Vexa Corp']],
    ['Azerbaijan has ordered Qorva News to shut its office in Baku.', ['Azerbaijan -banned-> Qorva News']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a firm's letter or order to its staff bans no one", () => {
    expect(scoredClaimsOf('Zenco Ltd sent Qorva Inc a cease-and-desist letter.')).toEqual([]);
    expect(scoredClaimsOf('Zenco Ltd ordered its staff to close their offices.')).toEqual([]);
  });

  it("a company's board is no government", () => {
    expect(entitiesOf("Zenco Ltd's Board approved the deal.")).toEqual(['Zenco Ltd (company)']);
  });
});

describe('a listing named later, reported by "according to", and a market holder', () => {
  it.each([
    ['Ukraine sanctioned 46 entities on Friday. Among the latest names are Zenco Ltd and Qorva Inc.', ['Ukraine -restricts-> Qorva Inc', 'Ukraine -restricts-> Zenco Ltd']],
    ['The sanctions target Zenco Ltd, according to the Treasury Department.', ['Treasury Department -restricts-> Zenco Ltd']],
    ['Qorva Inc, which markets Zeta, said sales rose.', ['Qorva Inc -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

// Stop 49's fifth round, from its fourth round's readers.

describe("a subsidiary named after its known parent, and makers after 'by' or 'crafted by'", () => {
  it('"General Dynamics Land Systems" is a firm of its own, not its parent', () => {
    expect(scoredClaimsOf('China sanctioned General Atomics Aeronautical Systems, General Dynamics Land Systems, AeroVironment and Viasat.')).toEqual([
      'China -restricts-> AeroVironment',
      'China -restricts-> General Atomics Aeronautical Systems',
      'China -restricts-> General Dynamics Land Systems',
      'China -restricts-> Viasat',
    ]);
  });

  it("a firm's own legal name or a hyphenated word stays the firm", () => {
    expect(entitiesOf('Huawei Technologies Co said so.')).toEqual(['Huawei Technologies (company)']);
    expect(scoredClaimsOf('ByteDance-owned TikTok and Alibaba-backed Moonshot AI grew fast.')).toContain('Alibaba -invests_in-> Moonshot AI');
  });

  it.each([
    ['Zeta, a new game by Zenco Ltd and Qorva Inc, sold well.', ['Qorva Inc -develops-> Zeta', 'Zenco Ltd -develops-> Zeta']],
    ['Zeta, an app by Zenco Ltd, and Vela sold well.', ['Zenco Ltd -develops-> Zeta']],
    ['Crafted by Zenco Ltd, Zeta delivers a long story.', ['Zenco Ltd -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

// Stop 49's sixth round, from its fifth round's readers.

describe("a firm named after two states, and a number word opening a sentence", () => {
  it('"Yemen Kuwait Bank" is one bank, not two states and "Bank"', () => {
    expect(scoredClaimsOf('The US imposed sanctions on Yemen Kuwait Bank over Houthi financing.')).toEqual(['United States -restricts-> Yemen Kuwait Bank']);
  });

  it('"Four more products were recalled": "Four" is no name', () => {
    expect(entitiesOf('Four more products were recalled by the ACCC.')).not.toContain('Four (product)');
  });
});
