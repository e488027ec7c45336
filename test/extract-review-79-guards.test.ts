import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 79, two reviews of rounds 1 and 2: helpers wrote about 220 and 240 sentences against the new rules; these are the false
// edges and losses they found, kept as guards. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a ban over things counted, stated with a clause set off before its verb, still names its list', () => {
  it('"India, which did not explain its reasons, banned 59 apps. The apps include …"', () => {
    expect(banned('India, which did not explain its reasons, banned 59 apps on Monday. The apps include Zapp, Lumo Chat and Tikra.')).toEqual([
      'India -banned-> Lumo Chat',
      'India -banned-> Tikra',
      'India -banned-> Zapp',
    ]);
  });

  it('"Nepal\'s telecoms regulator, which may face legal challenges, banned 12 apps"', () => {
    expect(banned("Nepal's telecoms regulator, which may face legal challenges, banned 12 apps on Thursday. The apps include Zapp and Lumo Chat.")).toEqual([
      "Nepal's telecoms regulator -banned-> Lumo Chat",
      "Nepal's telecoms regulator -banned-> Zapp",
    ]);
  });

  it('"The government could ban three apps" after the state was named: a ban proposed names no banned list', () => {
    expect(banned('Officials in Turkey said more steps were coming. The government could ban three apps. The apps include Zapp, Lumo Chat and Tikra.')).toEqual([]);
  });
});

describe('an order to stop one practice is no ban', () => {
  it('"to stop their debt collection practices", "to halt all new sign-ups", "to stop working with Zenco"', () => {
    expect(banned('Indonesia ordered four lenders to stop their aggressive debt collection practices. The lenders include Kredo Cepat and Dana Kilat.')).toEqual([]);
    expect(banned("Brazil's central bank told five payment apps to halt all new sign-ups. The apps include Pixo, Lumo Pay and Zenco Wallet.")).toEqual([]);
    expect(banned("Russia's watchdog told two VPN providers to stop working with Zenco Inc. The providers include Vexa VPN and Lumo Shield.").filter((c) => !c.endsWith('Zenco Inc'))).toEqual([]);
  });

  it('"to suspend their operations" stops the whole business', () => {
    expect(banned("Turkey's regulator ordered three exchanges to suspend their operations. The exchanges are Bitzo Labs and Nairex Labs.")).toEqual([
      "Turkey's regulator -banned-> Bitzo Labs",
      "Turkey's regulator -banned-> Nairex Labs",
    ]);
  });
});

describe("a banned list's members are the list right after its verb", () => {
  it('features, rivals and the source of a report are no members', () => {
    expect(banned("Turkey's regulator ordered five video platforms to stop operating. The platforms include features such as live chat, Vexa Pay and Lumo Coins.")).toEqual([]);
    expect(banned("Turkey's regulator ordered five video platforms to stop operating. The platforms include rivals of Vexa TV and Lumo Stream.")).toEqual([]);
    expect(banned("Turkey's regulator ordered five video platforms to stop operating. The platforms include Vexa TV, according to Zenco Inc, which monitors the market.")).toEqual([
      "Turkey's regulator -banned-> Vexa TV",
    ]);
  });

  it('a member\'s owner in a relative clause, and a list that names no one, ban no one', () => {
    expect(banned("Kenya's regulator published a blacklist of 27 betting sites. The blacklist contains Betiko, whose owner Lumo Group is based in Malta.")).toEqual([
      "Kenya's regulator -banned-> Betiko",
    ]);
    expect(banned('India banned 59 apps. The list covers popular games and was praised by Zenco Inc.')).toEqual([]);
  });
});

describe('refusals, buses, comparisons and counts', () => {
  it('"Qorva Labs has been refused classification in Australia for its Vexa Strike game" refuses no firm', () => {
    expect(banned('Qorva Labs has been refused classification in Australia for its Vexa Strike game.')).not.toContain('Australia -banned-> Qorva Labs');
    expect(banned('Zenco Inc was refused a rating in India by credit agencies.')).toEqual([]);
  });

  it('"Australia\'s classification board refused to classify …": the board is a state body', () => {
    expect(banned("Australia's classification board refused to classify Qorva Labs' new game Vexa Strike.")).toEqual(["Australia's classification board -banned-> Vexa Strike"]);
  });

  it('"Zenco Inc\'s Lima bus routes" names no product', () => {
    expect(scoredClaimsOf("Zenco Inc's Lima bus routes were suspended by Peru.")).toEqual([]);
  });

  it('a comparison before a firm\'s plural kind makes nothing of the thing after it', () => {
    expect(only('develops')(scoredClaimsOf('Like Qorva Labs tablets, the Zenco Pad, launched in May, runs Android.'))).not.toContain('Qorva Labs -develops-> Zenco Pad');
    expect(only('develops')(scoredClaimsOf('Unlike Lumo Motors cars, the Vexa Zeta, built in Mexico, avoids tariffs.'))).not.toContain('Lumo Motors -develops-> Vexa Zeta');
  });

  it('"Three Mobile", "Seven Bank" keep their number', () => {
    expect(entitiesOf('Three Mobile apps were banned in Iran, the carrier said.')).not.toContain('Mobile (product)');
    expect(entitiesOf('Seven Bank apps were offline for two hours.')).not.toContain('Bank (product)');
  });
});

describe("a banned list keeps its members across asides, and leaves out the names the asides add", () => {
  it('an aside in brackets or commas, "as well as", a description before the names: every member stays', () => {
    expect(banned('India banned 59 apps. The apps include Vexa (owned by Zenco Inc), Zeta Share and Qorva Cam.')).toEqual(['India -banned-> Qorva Cam', 'India -banned-> Vexa', 'India -banned-> Zeta Share']);
    expect(banned('India banned 59 apps. The apps include Vexa, from Zenco Inc, and Zeta Share.')).toEqual(['India -banned-> Vexa', 'India -banned-> Zeta Share']);
    expect(banned('India banned 59 apps. The apps include Vexa and Zeta Share as well as Qorva Cam.')).toEqual(['India -banned-> Qorva Cam', 'India -banned-> Vexa', 'India -banned-> Zeta Share']);
    expect(banned('India banned 59 apps. The apps include short-video app Vexa and browser Zeta Share.')).toEqual(['India -banned-> Vexa', 'India -banned-> Zeta Share']);
  });

  it('an owner\'s possessive, a maker after "made by" and a rival are no members', () => {
    expect(banned("India banned 59 apps. The apps include Zenco Inc's Vexa, Zeta Share and Qorva Cam.")).toEqual(['India -banned-> Qorva Cam', 'India -banned-> Vexa', 'India -banned-> Zeta Share']);
    expect(banned('India banned 59 apps. The apps include apps made by Zenco Inc and Qorva Labs.')).toEqual([]);
    expect(banned('India banned 59 apps. The apps include Vexa and Zeta Share, rivals to Lumo Chat.')).toEqual(['India -banned-> Vexa', 'India -banned-> Zeta Share']);
  });

  it('a ban in a clause of its own is stated; one under a condition is not', () => {
    expect(banned('Critics say India could not justify why it banned 59 apps. The apps include Vexa and Zeta Share.')).toEqual(['India -banned-> Vexa', 'India -banned-> Zeta Share']);
    expect(banned('If the talks fail, India will ban 20 apps. The apps include Zapp, Lumo Chat and Tikra.')).toEqual([]);
  });
});
