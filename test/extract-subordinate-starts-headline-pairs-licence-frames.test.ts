import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 77, fourth round, from its first six samples (sets 47 and 48): a ban begun inside an "after" clause, Title Case headlines with
// coordinated subjects, a refused-classification rating, licences taken away, trade words that name nothing, orders to carriers,
// sanctions laws, licences required for exports to a destination. Sentences written for the tests.

describe('bans', () => {
  it('"After Russia began blocking Telegram, …", "Zenco grew after Russia began blocking Telegram"', () => {
    expect(only('banned')(scoredClaimsOf('After Russia began blocking Telegram, Zenco Inc. launched an app.'))).toEqual(['Russia -banned-> Telegram']);
    expect(only('banned')(scoredClaimsOf('Zenco Inc. grew fast after Russia began blocking Telegram.'))).toEqual(['Russia -banned-> Telegram']);
  });

  it('"Apple And Google Pull Zenco App From Their Stores", with the app named in the body', () => {
    expect(only('banned')(scoredClaimsOf('Apple and Google Pull Zenco App From Their Stores\n\nApple and Google said the Zenco app, run by Vell Corp., broke their rules.'))).toEqual(['Apple -banned-> Zenco', 'Google -banned-> Zenco']);
  });

  it('"received a refused classification rating from the Board"', () => {
    expect(only('banned')(scoredClaimsOf('The game Vexa Quest received a refused classification rating from the Australian Classification Board.'))).toEqual(['Australian Classification Board -banned-> Vexa Quest']);
  });

  it('"has taken away the broadcasting licence of Zeta TV"', () => {
    expect(only('banned')(scoredClaimsOf('The regulator KRRiT has taken away the broadcasting licence of Zeta TV.'))).toEqual(['KRRiT -banned-> Zeta TV']);
  });

  it('"a court in the state of Montana" is where the court sits, no actor', () => {
    expect(only('banned')(scoredClaimsOf('A court in the state of Montana banned TikTok.'))).toEqual([]);
  });

  it('"ordering carriers to stop accepting traffic from Zenco", "a cease-and-desist letter to VoIP provider Zenco"', () => {
    expect(only('banned')(scoredClaimsOf('The FCC is ordering carriers to stop accepting traffic from Zenco Telecom.'))).toEqual(['Federal Communications Commission -banned-> Zenco Telecom']);
    expect(only('banned')(scoredClaimsOf('The FCC issued a cease-and-desist letter to VoIP provider Zenco Telecom.'))).toEqual(['Federal Communications Commission -banned-> Zenco Telecom']);
  });
});

describe('controls', () => {
  it('"violating U.S. sanctions laws against Iran"', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Ltd. was charged with violating U.S. sanctions laws against Iran.'))).toEqual(['United States -restricts-> Iran']);
  });

  it('"could not ship the lathe to Iran without obtaining a licence from the U.S. government"', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Ltd. could not ship the lathe to Iran without obtaining a license from the U.S. government.'))).toEqual(['United States -restricts-> Iran']);
  });

  it('"Taiwan\'s list of commodities requiring licences for exports to Iran and North Korea"', () => {
    expect(only('restricts')(scoredClaimsOf("The machines were on Taiwan's list of commodities requiring licenses for exports to Iran and North Korea."))).toEqual(['Taiwan -restricts-> Iran', 'Taiwan -restricts-> North Korea']);
  });
});

describe('trade words name nothing; makers told with an adverb', () => {
  it('"Hardware manufacturer Zenco", "Chinese OEM manufacturer Qorva" make no "Hardware" or "OEM"', () => {
    expect(only('develops')(scoredClaimsOf('Hardware manufacturer Zenco said sales rose.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Chinese OEM manufacturer Qorva said sales rose.'))).toEqual([]);
  });

  it('"Vexa was originally a Sony laptop brand"', () => {
    expect(only('develops')(scoredClaimsOf('Vexa was originally a Sony laptop brand.'))).toEqual(['Sony -develops-> Vexa']);
  });
});

// A helper's review of this round (about 160 sentences against 61d9168) found these misreadings; each fails at 61d9168.
describe('what the fourth round must not read (its review)', () => {
  it('a headline\'s name that opens with a verb-like word stays whole unless the rest is taught ("Boot Barn", "Hit Records")', () => {
    expect(entitiesLabels('Hit Records Rivals Sony Music\n\nHit Records Ltd competes with Sony Music.')).not.toContain('Records');
  });

  it('"OEM Group" keeps its name', () => {
    expect(only('competes_with')(scoredClaimsOf('OEM Group competes with Applied Materials.'))).toEqual(['OEM Group -competes_with-> Applied Materials']);
  });

  it('a sanctions regime or a licence list that was lifted or scrapped restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The US sanctions regime against Iran was lifted in 2016.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Japan's list of materials subject to export licences to South Korea was scrapped in 2020."))).toEqual([]);
  });

  it('what a firm "can now ship without a licence" is an exemption', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Ltd. can now ship medicine to Iran without obtaining a licence from the U.S. Treasury.'))).toEqual([]);
  });

  it('"lawmakers in the state of Montana" are the state\'s; only a court\'s seat is no actor', () => {
    expect(only('banned')(scoredClaimsOf('Lawmakers in the state of Montana banned TikTok on state devices.'))).toEqual(['Montana -banned-> TikTok']);
  });

  it('a firm\'s letter "to rival app Qorva" bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Inc. sent a cease-and-desist letter to rival app Qorva over its logo.'))).toEqual([]);
  });
});

function entitiesLabels(text: string): string[] {
  return entitiesOf(text).map((e) => e.replace(/ \(\w+\)$/, ''));
}
