import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, extract, scoredClaimsOf } from './extract-helpers';

// Families from stop 46's third round of fresh samples, on sentences written for the tests: a state
// named beside an act of war is neither the actor nor a target of the sanctions that answer it, an
// order to stop selling or to withdraw a named thing bans the thing, kinds of chip written as
// acronyms are no products, the state's adjective before an act noun owns it, and bodies or events
// that end with "Congress" are not the US Congress.

describe('a war named beside sanctions', () => {
  it.each([
    ["Russia's invasion of Ukraine prompted sanctions on Zenco and Qorva.", []],
    ["In response to Russia's full-scale invasion, Japan sanctioned Zenco.", ['Japan -restricts-> Zenco']],
    ['Japan announced sanctions targeting firms supporting the war in Ukraine, including Zenco.', ['Japan -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the state that waged the war may still be the target', () => {
    expect(scoredClaimsOf('The EU imposed sanctions on Russia after its invasion of Ukraine.')).toEqual(['European Union -restricts-> Russia']);
  });

  it('a trade war is no war: its possessor still acts', () => {
    expect(scoredClaimsOf("China's trade war escalated as Beijing sanctioned Zenco Defense.")).toContain('China -restricts-> Zenco Defense');
  });
});

describe('orders to stop selling or to withdraw a named thing', () => {
  it.each([
    'France told Apple to stop selling the iPhone 12.',
    'France forced Apple to stop sales of the iPhone 12.',
    'France ordered Apple to withdraw the iPhone 12.',
    'France demanded that Apple withdraw the iPhone 12 from the market.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['France -banned-> iPhone 12']);
  });

  it('an order to stop selling with nothing named still bans the firm', () => {
    expect(scoredClaimsOf('Italy told Zenco to stop selling in the country.')).toEqual(['Italy -banned-> Zenco']);
  });
});

describe('kinds of chip written as acronyms', () => {
  it.each([
    ['Washington sanctioned Chinese DRAM producer Fujian Jinhua.', ['United States -restricts-> Fujian Jinhua']],
    ['The US added NAND maker Zenco Memory to the Entity List.', ['United States -restricts-> Zenco Memory']],
    ['The US restricted GPU exports to China.', ['United States -restricts-> China']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a name that starts with one is still a name', () => {
    expect(scoredClaimsOf('Micron unveiled HBM4 memory.')).toEqual(['Micron -develops-> HBM4']);
  });
});

describe("a state's adjective before an act noun", () => {
  it.each([
    ['The Australian sanctions target Zenco and Qorva.', ['Australia -restricts-> Qorva', 'Australia -restricts-> Zenco']],
    ['The Japanese measures cover Zenco.', ['Japan -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('names that end with "Congress"', () => {
  it('a trade fair is no legislature', () => {
    expect(entitiesOf('Samsung unveiled the Galaxy S25 at Mobile World Congress.')).toEqual(['Galaxy S25 (product)', 'Samsung (company)']);
  });

  it("another state's congress is not the US Congress", () => {
    expect(entitiesOf("Brazil's National Congress approved the bill.")).not.toContain('Congress (government)');
  });

  it.each(['Congress banned Zapp in April.', 'Lawmakers in the American Congress banned Zapp.'])('"%s" is still the US Congress', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Congress -banned-> Zapp']);
  });
});

describe('makers leading a project, and projects of a maker', () => {
  it.each([
    ['Zeta-GPT, a project led by Zembla\'s Qorva Institute, was released in 2025.', ['Qorva Institute -develops-> Zeta-GPT']],
    ['Zeta, an open model led by Zenco and Qorva, was released.', ['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']],
    ['Zeta, a chatbot spearheaded by Alibaba, launched in May.', ['Alibaba -develops-> Zeta']],
    ['Brazil suspended Zeta ID, the iris-scanning project of Tools for Zembla.', ['Brazil -banned-> Zeta ID', 'Tools for Zembla -develops-> Zeta ID']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a project led by people names no maker', () => {
    expect(scoredClaimsOf('Zeta, a project led by former Google engineers, raised money.')).toEqual([]);
  });
});

describe("blocking another's access", () => {
  it('what another\'s access was to is not banned', () => {
    expect(scoredClaimsOf("Apple moved to block Zenco's access to iMessage.")).not.toContain('Apple -banned-> iMessage');
  });

  it.each(['Italy blocked access to ChatGPT.', "Italy blocked users' access to ChatGPT."])('"%s" still bans the thing', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Italy -banned-> ChatGPT']);
  });
});

describe('licence requirements on sales to a buyer', () => {
  it.each([
    ['The Commerce Department told Zenco it needs a licence to export ethane to China.', ['Commerce Department -restricts-> China']],
    ['The Commerce Department informed Zenco that exports of ethane to China now require a licence.', ['Commerce Department -restricts-> China']],
    ['The US now requires licences for exports of ethane to China.', ['United States -restricts-> China']],
    ['Under the new rule, the US requires a licence before selling chips to Qorva.', ['United States -restricts-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm telling another it needs approval is no control', () => {
    expect(scoredClaimsOf('Zenco told Qorva it needs approval to sell its stake to Kappa.')).toEqual([]);
  });
});

describe('targets named in the sentence after a listing that names its state after the verb', () => {
  it.each([
    'Three firms were added to the US Entity List. They are Zenco, Qorva and Kappa.',
    'Three firms have fallen under US restrictions. They are Zenco, Qorva and Kappa.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['United States -restricts-> Kappa', 'United States -restricts-> Qorva', 'United States -restricts-> Zenco']);
  });

  it('a list of something else opens no listing', () => {
    expect(scoredClaimsOf('Zenco was added to an index of US stocks. They are Zenco, Qorva and Kappa.')).toEqual([]);
  });
});

describe('a consortium is a maker', () => {
  it.each([
    ["IIT Bombay's BharatGen consortium launched Param-1.", ['BharatGen -develops-> Param-1']],
    ['The Zeta consortium released Zeta-7B.', ['Zeta -develops-> Zeta-7B']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('an infinitive of another verb after a maker\'s verb', () => {
  it.each(['Zenco launched a bid to acquire Qorva.', 'Zenco launched a drive to promote Zeta.', 'India launched a campaign to block Zapp.'])('"%s" makes nothing', (text) => {
    expect(scoredClaimsOf(text).filter((c) => c.includes('-develops->'))).toEqual([]);
  });

  it('an infinitive of making still makes', () => {
    expect(scoredClaimsOf('Zenco launched an effort to build Zeta.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a licence requirement stated by its effect on sellers', () => {
  it.each([
    'Suppliers now need a licence to sell to Zenco, the Commerce Department said.',
    'US suppliers will need licences to ship chips to Zenco, the Commerce Department said.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Commerce Department -restricts-> Zenco']);
  });

  it('reported by an outlet, it names no actor', () => {
    expect(scoredClaimsOf('Suppliers need a licence to sell to Zenco, Reuters reported.')).toEqual([]);
  });
});

describe('orders and rulings to stop supplying a named thing', () => {
  it.each([
    ['Britain ordered Paxos to stop minting BUSD.', ['United Kingdom -banned-> BUSD']],
    ['The FDA told customs to reject imports of products including Elf Bar and Esco Bar.', ['Food and Drug Administration -banned-> Elf Bar', 'Food and Drug Administration -banned-> Esco Bar']],
    ['The FDA told retailers to stop selling products such as Elf Bar and Esco Bar.', ['Food and Drug Administration -banned-> Elf Bar', 'Food and Drug Administration -banned-> Esco Bar']],
    ['Zenco and Qorva must halt sales of Zapp, the ITC ruled.', ['International Trade Commission -banned-> Zapp']],
    ['The ITC ruled that Zenco must stop selling Zapp.', ['International Trade Commission -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm ruling what a partner must do bans nothing', () => {
    expect(scoredClaimsOf('Zenco decided that Qorva must stop selling Zapp.')).toEqual([]);
  });
});

describe('orders to several firms to close', () => {
  it.each([
    ['India ordered Rapido and Uber to shut down their services.', ['India -banned-> Rapido', 'India -banned-> Uber']],
    ['India ordered aggregators, including Rapido, to cease operations.', ['India -banned-> Rapido']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('the owner of sanctions with no article, and a sanction in the singular', () => {
  it.each([
    ['Russian sanctions were imposed on Zenco Exchange.', ['Russia -restricts-> Zenco Exchange']],
    ['The Treasury sanctioned Zenco Exchange. The sanction also applies to Qorva Clearing.', ['Treasury -restricts-> Qorva Clearing', 'Treasury -restricts-> Zenco Exchange']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a claim two rules find is one claim', () => {
    expect(claimsOf('US sanctions hit Zenco Exchange.').filter((c) => c.includes('-restricts->'))).toEqual(['United States -restricts-> Zenco Exchange']);
    expect(extract('US sanctions hit Zenco Exchange.').claims.filter((c) => c.relation === 'restricts')).toHaveLength(1);
  });
});

describe('a store dropping an app', () => {
  it.each(['Apple dropped Zapp from its store.', 'Apple withdrew Zapp from the App Store.'])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toContain('Apple -banned-> Zapp');
  });
});

describe('an infinitive after a comma is no list member\'s description', () => {
  it('"Zeta, made by Zenco, aims to rival A and B": the rivals are not makers', () => {
    expect(scoredClaimsOf('Zeta, made by Zenco, aims to rival Midjourney and DALL-E.')).toEqual(['Zenco -develops-> Zeta', 'Zeta -competes_with-> DALL-E', 'Zeta -competes_with-> Midjourney']);
  });

  it('a member named after its kind still joins the list', () => {
    expect(scoredClaimsOf('Zenco and cell maker Qorva were sanctioned by the US.')).toEqual(['United States -restricts-> Qorva', 'United States -restricts-> Zenco']);
  });
});

describe('studios and publishers are makers', () => {
  it('"X, the studio behind Y"', () => {
    expect(scoredClaimsOf('Ndemic Creations, the studio behind Zeta, said it was surprised.')).toEqual(['Ndemic Creations -develops-> Zeta']);
  });
});

describe('who demands or commands a firm to act', () => {
  it('"demanded that A and B remove Zapp" bans nothing by A or B', () => {
    expect(scoredClaimsOf('France demanded that Apple and Google remove the Zapp app.').filter((c) => c.startsWith('Apple') || c.startsWith('Google'))).toEqual([]);
  });

  it('"commanded Zenco to remove its Z12 from sale" is the commander\'s ban', () => {
    const claims = scoredClaimsOf('Japan commanded Zenco to remove its Z12 from sale.');
    expect(claims).toContain('Japan -banned-> Z12');
    expect(claims).not.toContain('Zenco -banned-> Z12');
  });

  it('"moved to outright ban Zapp" is a verb', () => {
    expect(scoredClaimsOf('Iran moved to outright ban Zapp.')).toEqual(['Iran -banned-> Zapp']);
  });
});

describe('removal from approved lists and trade privileges', () => {
  it.each([
    ['China dropped Apple, Cisco and Intel from its approved state-purchase list.', ['China -banned-> Apple', 'China -banned-> Cisco', 'China -banned-> Intel']],
    ['China has struck Apple and Cisco from its list of approved vendors.', ['China -banned-> Apple', 'China -banned-> Cisco']],
    ['Japan cancelled preferential export treatment for South Korea.', ['Japan -restricts-> South Korea']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a firm's list of suppliers is no state's list", () => {
    expect(scoredClaimsOf('Zenco dropped Qorva from its list of approved suppliers.')).toEqual([]);
  });
});

describe('investment prohibitions', () => {
  it.each([
    ['The US barred investment in Zenco Tech.', ['United States -restricts-> Zenco Tech']],
    ['The US banned American investment in Zenco and Qorva.', ['United States -restricts-> Qorva', 'United States -restricts-> Zenco']],
    ["Washington's ban on investment in Zenco hurt its shares.", ['United States -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("a platform's version of a thing", () => {
  it('"The Android version of Zapp was blocked by Google" blocks Zapp', () => {
    expect(scoredClaimsOf('The Android version of Zapp was blocked by Google.')).toEqual(['Google -banned-> Zapp']);
  });
});

describe("a state halting its trade with another", () => {
  it.each([
    ['Germany halts arms exports to Israel.', ['Germany -restricts-> Israel']],
    ['Colombia suspended coal exports to Israel.', ['Colombia -restricts-> Israel']],
    ['Turkey stops exporting steel to Israel.', ['Turkey -restricts-> Israel']],
    ['Turkey suspended all trade with Israel.', ['Turkey -restricts-> Israel']],
    ['Germany halts the export of weapons to Israel.', ['Germany -restricts-> Israel']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a firm halting shipments to another is no state's control", () => {
    expect(scoredClaimsOf('Zenco halted shipments to Qorva.')).toEqual([]);
  });
});

describe('injunctions, and orders not to sell a maker\'s goods', () => {
  it.each([
    ['A German court granted an injunction against Zenco.', ['Germany -banned-> Zenco']],
    ['The Pentagon ordered its stores to stop selling phones made by Huawei and ZTE.', ['Pentagon -banned-> Huawei', 'Pentagon -banned-> ZTE']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});
