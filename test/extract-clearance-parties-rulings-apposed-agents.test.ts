import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 71, first round, from its first six samples (drawn at c0c66c8). Sentences written for the tests.

describe('clearances on conditions: parties and conditions told in other turns', () => {
  it('"conditionally approved the transaction whereby A intends to acquire B" restricts the buyer', () => {
    expect(only('restricts')(scoredClaimsOf('On 12 March the Competition Tribunal conditionally approved the transaction whereby Mustek Limited intends to acquire Rectron Holdings.'))).toEqual([
      'Competition Tribunal -restricts-> Mustek Limited',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Competition Tribunal approved the transaction in which Vodacom acquires Neotel, subject to conditions.'))).toEqual(['Competition Tribunal -restricts-> Vodacom']);
  });

  it('the buyers of a sale cleared with remedies are each restricted', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission approved with remedies the sale of Telefonica's German unit to Vodafone, Orange and Telenor."))).toEqual([
      'European Commission -restricts-> Orange',
      'European Commission -restricts-> Telenor',
      'European Commission -restricts-> Vodafone',
    ]);
  });

  it('conditions set on a purchase, or imposed on a merger, restrict its parties', () => {
    expect(only('restricts')(scoredClaimsOf("The Competition Commission set several conditions for Naspers's purchase of Takealot."))).toEqual(['Competition Commission -restricts-> Naspers']);
    expect(only('restricts')(scoredClaimsOf('The Competition Commission imposed conditions on the merger of Vodacom and Neotel.'))).toEqual([
      'Competition Commission -restricts-> Neotel',
      'Competition Commission -restricts-> Vodacom',
    ]);
  });

  it('firms appealing the conditions a body imposed on their merger are restricted by the body', () => {
    expect(only('restricts')(scoredClaimsOf('Safaricom and Telkom Kenya appealed the merger conditions imposed by the Competition Authority of Kenya.'))).toEqual([
      'Competition Authority of Kenya -restricts-> Safaricom',
      'Competition Authority of Kenya -restricts-> Telkom Kenya',
    ]);
  });

  it('a licence renewed "with stringent terms" restricts its holder; a plain renewal does not', () => {
    expect(only('restricts')(scoredClaimsOf("The Cabinet approved the renewal of Airtel Uganda's licence, but with stringent terms."))).toEqual(['Cabinet -restricts-> Airtel Uganda']);
    expect(only('restricts')(claimsOf("The Cabinet approved the renewal of Airtel Uganda's licence."))).toEqual([]);
  });
});

describe('settlements requiring acts, decisions that a firm should sell, rulings that it must', () => {
  it('"announced a settlement requiring A to divest" and "filed a consent decree that requires A to …" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf('The Justice Department announced a settlement requiring Verizon to divest wireless assets in five markets.'))).toEqual([
      'Justice Department -restricts-> Verizon',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission issued an order requiring Intel to stop bundling its chips.'))).toEqual(['Federal Trade Commission -restricts-> Intel']);
  });

  it('"has decided that A should sell B" restricts A; a firm deciding so restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The Competition Commission has decided that BAA should sell Stansted Airport.'))).toEqual(['Competition Commission -restricts-> BAA']);
    expect(only('restricts')(claimsOf('Vodafone has decided that BAA should sell Stansted Airport.'))).toEqual([]);
  });

  it('"a ruling by the body that A must divest" and "a requirement by the body that A must stop …" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf('Rogers appealed a ruling by the Competition Bureau that Shaw must divest its stake in Freedom Mobile.'))).toEqual([
      'Competition Bureau -restricts-> Shaw',
    ]);
    expect(only('restricts')(scoredClaimsOf('Optus faces a requirement by the ACCC that Optus must stop bundling its services.'))).toEqual(['ACCC -restricts-> Optus']);
  });

  it('a department written "Dept." is the department', () => {
    expect(only('restricts')(scoredClaimsOf('The Justice Dept. said Sprint must divest spectrum in four markets.'))).toEqual(['Justice Department -restricts-> Sprint']);
  });

  it('"gave a final warning to A and B to stop …" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('The Nigerian Communications Commission gave a final warning to Etisalat Nigeria and MTN Nigeria to stop the free-call promotions.'))).toEqual([
      'Nigerian Communications Commission -restricts-> Etisalat Nigeria',
      'Nigerian Communications Commission -restricts-> MTN Nigeria',
    ]);
  });

  it('a decision to revoke a licence that a court set aside bans no one', () => {
    const undone = "The High Court set aside decisions of the Communications Authority, including a decision to revoke Vodacom Lesotho's licence.";
    expect(only('banned')(claimsOf(undone))).toEqual([]);
    expect(only('banned')(claimsOf(undone, 'negated'))).toEqual(['High Court -banned-> Vodacom Lesotho']);
  });
});

describe('passive agents named after their head noun', () => {
  it('"blocked by the country\'s two carriers, A and B": the carriers ban it, not the state', () => {
    expect(only('banned')(scoredClaimsOf("Mada Masr has been blocked by Bahrain's two carriers, Batelco and Zain Bahrain."))).toEqual([
      'Batelco -banned-> Mada Masr',
      'Zain Bahrain -banned-> Mada Masr',
    ]);
    expect(only('banned')(scoredClaimsOf("Mada Masr was blocked by the country's two largest carriers, Batelco and Zain Bahrain."))).toEqual([
      'Batelco -banned-> Mada Masr',
      'Zain Bahrain -banned-> Mada Masr',
    ]);
  });

  it('"blocked by their host, A" makes the host the one that blocks', () => {
    expect(only('banned')(scoredClaimsOf('Access to Kloop and Azattyk has been blocked by their host, Elcat, on orders from the ministry.'))).toEqual([
      'Elcat -banned-> Azattyk',
      'Elcat -banned-> Kloop',
    ]);
  });
});

describe('makers and rivals told in other turns', () => {
  it('a studio ending in "Games" before "and" is a name of its own', () => {
    expect(entitiesOf('Both Heroes of Newerth by S2 Games and League of Legends by Riot Games are popular.').map((e) => e.replace(/ \(.*$/, ''))).toEqual(
      expect.arrayContaining(['S2 Games', 'League of Legends']),
    );
    expect(only('develops')(scoredClaimsOf('Both Heroes of Newerth by S2 Games and League of Legends by Riot Games are popular.'))).toEqual([
      'Riot Games -develops-> League of Legends',
      'S2 Games -develops-> Heroes of Newerth',
    ]);
  });

  it('"is under the umbrella of A" names the owner', () => {
    expect(only('develops')(scoredClaimsOf('Zalo is under the umbrella of VNG Corp.'))).toEqual(['VNG Corp -develops-> Zalo']);
  });

  it('competition told before the clause of the firm that faced it', () => {
    expect(only('competes_with')(scoredClaimsOf('After years of fierce competition with Lyft, Uber left the region.'))).toEqual(['Lyft -competes_with-> Uber']);
    expect(only('competes_with')(scoredClaimsOf('Amid a price war with Meituan, Ele.me cut its fees.'))).toEqual(['Meituan -competes_with-> Ele.me']);
    expect(only('competes_with')(claimsOf('After a long battle with regulators, Uber left the region.'))).toEqual([]);
  });

  it('an entrant "bringing more competition to a market dominated by B" competes with B', () => {
    expect(only('competes_with')(scoredClaimsOf('Shopee will launch in Vietnam next month, bringing more competition to a market dominated by Lazada.'))).toEqual([
      'Lazada -competes_with-> Shopee',
    ]);
  });
});
