import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rlb94, from real news on states acting against foreign tech firms: the short forms of these bans were read already, the real
// ones were lost to what stands between their parts (a long barred party, an aside before a passive ban's agent, two verbs of revoking
// or a place between a firm and its licence, the buying of a maker's goods). Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a state barring a long party from using a maker\'s wares', () => {
  it('the state bans each maker', () => {
    expect(banned('Canada banned operators taking part in a 5G auction from using products made by Zenco and Qorva.')).toEqual(['Canada -banned-> Qorva', 'Canada -banned-> Zenco']);
    expect(banned('India barred operators that signed up for the spectrum sale from using equipment made by Zenco.')).toEqual(['India -banned-> Zenco']);
    expect(banned('Japan prohibited all carriers bidding in next year\'s 6G auction from buying gear supplied by Qorva.')).toEqual(['Japan -banned-> Qorva']);
  });

  it('a firm\'s rule, a party kept from a firm\'s shares, and a ban only possible or denied give no ban of the maker', () => {
    expect(banned('Vexa Corp banned operators taking part in its 5G trial from using products made by Zenco.')).toEqual([]);
    expect(banned('Canada banned funds taking part in a 5G auction from buying Zenco shares.')).toEqual([]);
    expect(banned('Canada may ban operators taking part in a 5G auction from using products made by Zenco.')).toEqual([]);
    expect(banned('Canada did not ban operators taking part in a 5G auction from using products made by Zenco.')).toEqual([]);
  });
});

describe('a passive ban whose agent follows an aside', () => {
  it('the agent bans what the party may not use', () => {
    expect(banned('Federal agencies have been banned from using Zenco software, a Vexan company, by the Canadian government.')).toEqual(['Canada -banned-> Zenco']);
    expect(banned('Government employees have been barred from installing Qorva apps by India.')).toEqual(['India -banned-> Qorva']);
  });

  it('a firm as the agent, or a party kept from something no maker\'s, gives no ban', () => {
    expect(banned('Federal agencies have been banned from using Zenco software, a Vexan company, by Qorva Inc.')).toEqual([]);
    expect(banned('Federal agencies have been banned from using personal email, a common habit, by India.')).toEqual([]);
  });
});

describe('a regulator revoking a firm\'s services or licence', () => {
  it('two verbs of revoking, or a place before the licence, still ban the firm', () => {
    expect(banned('The Federal Communications Commission has revoked and terminated Zenco\'s services in the United States.')).toEqual(['Federal Communications Commission -banned-> Zenco']);
    expect(banned('India revoked Qorva\'s services across the country.')).toEqual(['India -banned-> Qorva']);
  });

  it('a waiver taken back and a refusal to revoke give no ban', () => {
    expect(banned('The Federal Communications Commission revoked and terminated the waivers granted to Zenco.')).toEqual([]);
    expect(banned('The Federal Communications Commission declined to revoke Zenco\'s operating license.')).toEqual([]);
    expect(banned('The Federal Communications Commission did not revoke Zenco\'s operating license.')).toEqual([]);
  });
});

describe('a state banning the buying of a maker\'s goods', () => {
  it('the state bans the maker', () => {
    expect(banned('The Justice Department banned the purchase of all new Zenco surveillance drones using grant funds.')).toEqual(['Justice Department -banned-> Zenco']);
    expect(banned('India has prohibited the procurement of Qorva cameras by ministries.')).toEqual(['India -banned-> Qorva']);
    expect(banned('The Justice Department banned the purchase of Zenco drones.')).toEqual(['Justice Department -banned-> Zenco']);
  });

  it('a firm\'s purchase, shares, a purchase planned or no goods named give no ban', () => {
    expect(banned('The Justice Department banned the purchase of Zenco shares by its staff.')).toEqual([]);
    expect(banned('Canada blocked the purchase of Zenco by Qorva.')).toEqual([]);
    expect(banned('Vexa Inc. banned the purchase of Zenco drones by its managers.')).toEqual([]);
    expect(banned('India proposed to ban the purchase of Qorva cameras by ministries.')).toEqual([]);
  });
});

const restricted = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('a placing on a list that already holds others', () => {
  it('the list\'s owner bans or restricts each firm it already holds', () => {
    expect(banned('The FCC has put Zenco and other drone brands on the Covered List, which already includes names such as Qorva, Vexa and Kappa Labs.')).toEqual(['Federal Communications Commission -banned-> Kappa Labs', 'Federal Communications Commission -banned-> Qorva', 'Federal Communications Commission -banned-> Vexa', 'Federal Communications Commission -banned-> Zenco']);
    expect(restricted('The Commerce Department added Zenco to the Entity List, which already includes Qorva and Vexa Systems.')).toEqual(['Commerce Department -restricts-> Qorva', 'Commerce Department -restricts-> Vexa Systems', 'Commerce Department -restricts-> Zenco']);
  });

  it('a list of no state, a clause on something else and a placing only weighed give none of the others', () => {
    expect(banned('Zenco Inc put its drones on the Covered List of its shop, which already includes Qorva.')).toEqual([]);
    expect(restricted('The Commerce Department added Zenco to the Entity List, which critics say hurts Qorva.')).toEqual(['Commerce Department -restricts-> Zenco']);
    expect(restricted('The Commerce Department is weighing whether to add Zenco to the Entity List, which already includes Qorva.')).toEqual([]);
  });
});

describe('an app blocked on a store without its name', () => {
  it('the stores it is blocked on are not banned', () => {
    expect(banned('Italy blocked the Chinese AI app on the Zenco Store and Qorva Play.')).toEqual([]);
    expect(banned('India has banned the popular game in the Zenco Store.')).toEqual([]);
    expect(banned('Italy blocked the chatbot on Qorva Play last week.')).toEqual([]);
  });

  it('a named app is still banned, and a store blocked outright still is', () => {
    expect(banned('Italy blocked the Vexa app on the Zenco Store and Qorva Play.')).toEqual(['Italy -banned-> Vexa']);
    expect(banned('Italy blocked the Zenco Store last week.')).toEqual(['Italy -banned-> Zenco Store']);
  });
});
