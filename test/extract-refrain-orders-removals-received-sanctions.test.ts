import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ord92, from stop 91's eighty-second fresh sample (regulators' rulings on vape firms, telecom regulators and satellite
// broadband, airline sanctions): a state body's order to refrain, to desist, not to promote, to stop taking bookings or to take
// goods off the market bans the firm told; a ruling on a firm's posts falls on the firm, not the platform the posts ran on; a firm
// that receives sanctions undergoes them. Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('an order to refrain, to desist or not to act', () => {
  it('"instructed Qorva to refrain from taking new bookings" bans the firm told', () => {
    expect(bans('The Zembla Telecom Authority instructed Qorva Ltd to refrain from taking new bookings.')).toEqual(['Zembla Telecom Authority -banned-> Qorva Ltd']);
    expect(bans('The Zembla Telecom Authority has asked Zenco Inc to desist from soliciting business in the country.')).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
    expect(bans('The Zembla Telecom Authority ordered Zenco Inc to stop taking pre-orders.')).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
  });

  it('"directed five firms, including Zenco, not to promote vapes" bans every firm named', () => {
    expect(bans('The Zembla Ad Authority directed five firms – including Zenco Inc – not to promote e-cigarettes on Instagram.')).toEqual(['Zembla Ad Authority -banned-> Zenco Inc']);
    expect(bans('The Zembla Ad Authority directed Zenco Inc and Qorva Ltd not to promote e-cigarettes.')).toEqual(expect.arrayContaining([
      'Zembla Ad Authority -banned-> Zenco Inc',
      'Zembla Ad Authority -banned-> Qorva Ltd',
    ]));
  });

  it('a directive that says the firm should desist bans it', () => {
    expect(bans('The Zembla Telecom Authority in a directive noted that Zenco Inc should desist from soliciting business.')).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
  });

  it('a firm telling its staff or another firm, a court, a plan, a denial or advice bans nobody', () => {
    expect(bans('Zenco Inc instructed its staff to refrain from taking new bookings.')).toEqual([]);
    expect(bans('Zenco Inc directed Qorva Ltd not to promote its vapes.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority may direct Zenco Inc to refrain from taking bookings.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority did not instruct Zenco Inc to refrain from taking bookings.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority urged Zenco Inc to refrain from taking bookings.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority recommended that Zenco Inc refrain from taking bookings.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority is considering whether to order Zenco Inc to stop taking pre-orders.')).toEqual([]);
    expect(bans('Zenco Inc in a letter noted that Qorva Ltd should desist from soliciting business.')).toEqual([]);
  });

  it('goods named after the refraining are banned, not the firm told', () => {
    expect(bans('The Zembla Drug Agency ordered Zenco Inc to refrain from selling the Zeta X9 vape.')).toEqual(['Zembla Drug Agency -banned-> Zeta X9']);
    expect(bans('The Zembla Drug Agency told Zenco Inc not to sell Zeta X9 vapes.')).toEqual(['Zembla Drug Agency -banned-> Zeta X9']);
    expect(bans('Zenco Inc told Qorva Ltd not to sell Zeta X9 vapes.')).toEqual([]);
  });

  it('an order not to sell a holding or to one buyer, or not to mislead, is no ban', () => {
    expect(bans('The Zembla Drug Agency told Zenco Inc not to sell to Qorva Ltd.')).toEqual([]);
    expect(bans('The Zembla Drug Agency told Zenco Inc not to sell its Qorva stake.')).toEqual([]);
    expect(bans('The Zembla Drug Agency told Zenco Inc not to sell its stake in Qorva Ltd.')).toEqual([]);
    expect(bans('The Zembla Ad Authority told Zenco Inc not to make misleading claims.')).toEqual([]);
    expect(bans('The Zembla Drug Agency in a letter noted that Zenco Inc should explain its pricing.')).toEqual([]);
  });
});

describe('an order to take goods off the market', () => {
  it('"notifies Zenco to remove 100 products from the market" bans the firm', () => {
    expect(bans('The Zembla Drug Agency notifies Zenco Inc to remove 100 products from the market.')).toEqual(['Zembla Drug Agency -banned-> Zenco Inc']);
    expect(bans('The Zembla Drug Agency is calling on Zenco Inc to remove its vapes from the market.')).toEqual(['Zembla Drug Agency -banned-> Zenco Inc']);
    expect(bans('The Zembla Drug Agency is going after Zenco Inc with a warning letter seeking to remove its vapes from the market.')).toEqual(['Zembla Drug Agency -banned-> Zenco Inc']);
  });

  it('a firm removing its own goods, a warning without an order, or labels removed ban nothing', () => {
    expect(bans('Zenco Inc removed 100 products from the market.')).toEqual([]);
    expect(bans('The Zembla Drug Agency warned Zenco Inc that its products may be removed from the market.')).toEqual([]);
    expect(bans('Zenco Inc asked retailers to remove its vapes from shelves.')).toEqual([]);
    expect(bans('The Zembla Drug Agency asked Zenco Inc to remove misleading labels from its website.')).toEqual([]);
    expect(bans('The Zembla Drug Agency may ask Zenco Inc to remove its vapes from the market.')).toEqual([]);
  });
});

describe('a ruling on posts falls on the firm, not on the platform', () => {
  it('"banned five firms - including Zenco - from promoting vapes on a platform" bans the firm', () => {
    expect(bans('The Zembla Ad Authority banned five firms - including Zenco Inc - from promoting e-cigarettes on Instagram.')).toEqual(['Zembla Ad Authority -banned-> Zenco Inc']);
    expect(bans('The Zembla Ad Authority banned posts on Instagram from five firms, including Zenco Inc.')).toEqual(['Zembla Ad Authority -banned-> Zenco Inc']);
  });

  it('"have had Instagram posts banned by the authority" bans the firms that had them', () => {
    expect(bans('Five firms, including Zenco Inc, have had Instagram posts banned by the Zembla Ad Authority.')).toEqual(['Zembla Ad Authority -banned-> Zenco Inc']);
    expect(bans('Zenco Inc and three other firms have had Instagram posts promoting e-cigarettes banned by the Zembla Ad Authority.')).toEqual(['Zembla Ad Authority -banned-> Zenco Inc']);
  });

  it('the platform the posts ran on is never banned, nor a firm whose posts a platform took down', () => {
    expect(bans('The Zembla Ad Authority banned Zenco Inc posts promoting e-cigarettes on Instagram.')).not.toContain('Zembla Ad Authority -banned-> Instagram');
    expect(bans('The Zembla Ad Authority has banned Zenco Inc from promoting e-cigarettes on public Instagram pages.')).toEqual(['Zembla Ad Authority -banned-> Zenco Inc']);
    expect(bans('Zenco Inc has had its Qorva posts removed by Instagram.')).toEqual([]);
    expect(bans('The Zembla Ad Authority banned five firms from promoting vapes, after complaints from Zenco Inc.')).toEqual([]);
  });
});

describe('sanctions received from a state', () => {
  it('"the latest firm to receive sanctions from Ruritania" restricts the firm, not the state', () => {
    expect(restricts('Zenco Air is the latest firm to receive sanctions from Ruritania.')).toEqual(['Ruritania -restricts-> Zenco Air']);
    expect(restricts('Zenco Air received sanctions from the United States.')).toEqual(['United States -restricts-> Zenco Air']);
  });

  it('a list of suppliers or partners is no sanctions list', () => {
    expect(restricts('Zenco Inc added Qorva Ltd to its list of suppliers.')).toEqual([]);
    expect(restricts('The Zembla Telecom Authority added Qorva Ltd to its list of approved partners.')).toEqual([]);
    expect(restricts('Zenco Air did not receive sanctions from the United States.')).toEqual([]);
  });

  it('a sanctions list added to restricts the firm', () => {
    expect(restricts('The US Treasury added Zenco Air to its sanctions list.')).toEqual(['Treasury Department -restricts-> Zenco Air']);
  });
});

describe('a licence condition a state body sets', () => {
  it('a headline\'s condition with the body as its source restricts the firm', () => {
    expect(restricts('Zenco Inc must be 30% locally owned if it wants to operate in Zembla - Zembla Telecom Authority')).toEqual(['Zembla Telecom Authority -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc needs a licence to operate in Zembla - Zembla Telecom Authority')).toEqual(['Zembla Telecom Authority -restricts-> Zenco Inc']);
    expect(restricts('The Zembla Telecom Authority said Zenco Inc must obtain a licence before it operates in Zembla.')).toEqual(['Zembla Telecom Authority -restricts-> Zenco Inc']);
  });

  it('a firm as the source, a hedge, a negation or no licence restricts nobody', () => {
    expect(restricts('Zenco Inc needs a licence to operate in Zembla - Qorva Ltd')).toEqual([]);
    expect(restricts('Zenco Inc may need a licence to operate in Zembla - Zembla Telecom Authority')).toEqual([]);
    expect(restricts('Zenco Inc will not need a licence to operate in Zembla - Zembla Telecom Authority')).toEqual([]);
    expect(restricts('The Zembla Telecom Authority said Zenco Inc does not need a licence to operate in Zembla.')).toEqual([]);
    expect(restricts('Zenco Inc must raise more funds to operate in Zembla - Zembla Telecom Authority')).toEqual([]);
    expect(restricts('Zenco Inc said Qorva Ltd must obtain a licence before it operates in Zembla.')).toEqual([]);
  });
});
