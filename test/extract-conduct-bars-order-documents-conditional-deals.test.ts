import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 66, first round, from stop 65's readers and stop 66's first samples (drawn on 8f7786e): laws and orders that keep named
// firms from some conduct, bans stated in an order's document, deals cleared on conditions, trade in a thing made illegal,
// injunctions against a thing's sales, and a product's variant written after its name. Sentences written for the tests.

describe('kept from a conduct: restricted, not banned', () => {
  it('"passed a bill that bars app store operators such as A and B from forcing developers …" restricts both', () => {
    expect(scoredClaimsOf("South Korea's National Assembly passed a bill that bars app store operators such as Zenco Inc. and Qorva Ltd. from forcing developers to use their payment systems.")).toEqual(
      ["South Korea's National Assembly -restricts-> Qorva Ltd", "South Korea's National Assembly -restricts-> Zenco Inc"],
    );
  });

  it('"banned A and B from blocking rival app stores" restricts them; "from selling phones" still bans', () => {
    expect(only('restricts')(scoredClaimsOf('Japan banned Zenco Inc. and Qorva Ltd. from blocking rival app stores.'))).toEqual(['Japan -restricts-> Qorva Ltd', 'Japan -restricts-> Zenco Inc']);
    expect(scoredClaimsOf('Japan banned Zenco Inc. from selling phones.')).toEqual(['Japan -banned-> Zenco Inc']);
  });

  it('"passed a law that bans Zenco from favouring its own services" restricts Zenco and bans nothing', () => {
    expect(scoredClaimsOf("Japan's parliament passed a law that bans Zenco Inc. from favouring its own services.")).toEqual(['National Diet -restricts-> Zenco Inc']);
  });

  it('"ordered Zenco to stop favouring …", "ruled that Zenco must stop bundling …" restrict Zenco', () => {
    expect(scoredClaimsOf('The European Commission ordered Zenco Inc. to stop favouring its own shopping service.')).toEqual(['European Commission -restricts-> Zenco Inc']);
    expect(only('restricts')(scoredClaimsOf('The European Commission ruled that Zenco Inc. must stop bundling Zapp with its phones.'))).toEqual(['European Commission -restricts-> Zenco Inc']);
  });

  it('"told Zenco to remove limits on users leaving the Zeta Store" restricts Zenco (round 2), and Zenco restricts nothing', () => {
    expect(only('restricts')(scoredClaimsOf('The EU told Zenco Inc. to remove limits on users leaving the Zeta Store.'))).toEqual(['European Union -restricts-> Zenco Inc']);
  });
});

describe("a ban stated in an order's document", () => {
  it('"a letter issued by X states that A and B should be blocked" bans both', () => {
    expect(scoredClaimsOf("A letter issued by Russia's Roskomnadzor states that Zapp and Qchat should be blocked.")).toEqual(['Roskomnadzor -banned-> Qchat', 'Roskomnadzor -banned-> Zapp']);
  });

  it('"according to an order from X, A and B must be blocked" bans both, and the possessor of the body makes nothing', () => {
    expect(scoredClaimsOf("According to an order from Ruritania's Communications Authority, Zapp and Qchat must be blocked by all internet providers.")).toEqual(
      ['Communications Authority -banned-> Qchat', 'Communications Authority -banned-> Zapp'],
    );
  });
});

describe('deals cleared on conditions restrict the buyer', () => {
  const buyer = (sentence: string): string[] => only('restricts')(scoredClaimsOf(sentence));

  it('"conditionally approved", "granted … conditional approval", "subject to conditions", "imposed conditions on"', () => {
    expect(buyer("Japan's Fair Trade Commission conditionally approved Zenco Inc.'s acquisition of Qorva Ltd.")).toEqual(['Fair Trade Commission -restricts-> Zenco Inc']);
    expect(buyer("Japan's Fair Trade Commission granted Zenco Inc. conditional approval for its purchase of Qorva Ltd.")).toEqual(['Fair Trade Commission -restricts-> Zenco Inc']);
    expect(buyer("Japan's Fair Trade Commission cleared Zenco Inc.'s purchase of Qorva Ltd. subject to conditions.")).toEqual(['Fair Trade Commission -restricts-> Zenco Inc']);
    expect(buyer("Japan's Fair Trade Commission imposed conditions on Zenco Inc.'s takeover of Qorva Ltd.")).toEqual(['Fair Trade Commission -restricts-> Zenco Inc']);
  });

  it('an approval without conditions restricts nothing', () => {
    expect(buyer("Japan's Fair Trade Commission approved Zenco Inc.'s takeover of Qorva Ltd.")).toEqual([]);
  });
});

describe("trade in a thing made illegal, and injunctions against a thing's sales", () => {
  it('"granted Zenco an injunction against sales of the Zeta Card" bans the card, not Zenco', () => {
    expect(only('banned')(scoredClaimsOf('The Tokyo District Court granted Zenco Inc. an injunction against sales of the Zeta Card.'))).toEqual(['Tokyo District Court -banned-> Zeta Card']);
  });

  it('"ruled that the sale of devices such as the Zeta Card is illegal", "that selling the Zeta Card was unlawful"', () => {
    expect(only('banned')(scoredClaimsOf('The Tokyo District Court ruled that the sale of devices such as the Zeta Card is illegal.'))).toEqual(['Tokyo District Court -banned-> Zeta Card']);
    expect(only('banned')(scoredClaimsOf('The High Court ruled that selling the Zeta Card was unlawful.'))).toEqual(['High Court -banned-> Zeta Card']);
  });

  it('"announced that it is now illegal to import the Zeta Card" bans the card', () => {
    expect(only('banned')(scoredClaimsOf("Japan's METI announced that it is now illegal to import the Zeta Card."))).toEqual(['METI -banned-> Zeta Card']);
  });
});

describe("a variant's drive or network ends a product's name", () => {
  it('"launched the Zeta EV", "released the Zeta S3 LTE"', () => {
    expect(scoredClaimsOf('Zenco Motors launched the Zeta EV in 2010.')).toEqual(['Zenco Motors -develops-> Zeta EV']);
    expect(scoredClaimsOf('Zenco Inc. released the Zeta S3 LTE in Europe.')).toEqual(['Zenco Inc -develops-> Zeta S3 LTE']);
  });
});
