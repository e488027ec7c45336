import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fixrv: guards on the rv81 rival idioms (an adversarial review's false edges). A rival idiom whose object is another's bid,
// offer or gains, or a firm named by its relation to the subject (landlord, customer, parent); inflation or a political race as a
// party; a rival's product taken for the rival; a pool of investors or talent as prey. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const ZQ = ['Zenco Inc -competes_with-> Qorva Labs'];

describe('rival idioms guards', () => {
  it("an idiom's object another's bid, offer, orders or gains: no rivals (present and past)", () => {
    expect(rivals("Zenco Inc stood up to Qorva Labs's hostile bid.")).toEqual([]);
    expect(rivals("Zenco Inc is standing up to Qorva Labs's hostile bid.")).toEqual([]);
    expect(rivals("Zenco Inc kept pace with Qorva Labs's orders.")).toEqual([]);
    expect(rivals("Zenco Inc's shares kept pace with Qorva Labs's gains.")).toEqual([]);
    expect(rivals("Zenco Inc is closing the gap on Qorva Labs's offer.")).toEqual([]);
    expect(rivals("Zenco Inc held its own against Qorva Labs's executives in the talks.")).toEqual([]);
    expect(rivals("Zenco Inc caught up with Qorva Labs's argument.")).toEqual([]);
  });

  it("the idiom still holds on a rival's market, product or share", () => {
    expect(rivals("Zenco Inc kept pace with Qorva Labs's sales.")).toEqual(ZQ);
    expect(rivals("Zenco Inc is closing the gap on Qorva Labs's market share.")).toEqual(ZQ);
    expect(rivals('Zenco Inc stood up to Qorva Labs.')).toEqual(ZQ);
  });

  it('a firm named by its relation to the subject: no rivals', () => {
    expect(rivals('Zenco Inc squared up to its landlord Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc stood up to its biggest customer, Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc held its own against its parent company Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc caught up with its partner Qorva Labs to discuss the deal.')).toEqual([]);
    expect(rivals('Zenco Inc is standing up to its supplier Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc kept pace with Qorva Labs, its main lender.')).toEqual([]);
  });

  it('inflation, Brexit or tariffs eating into margins: no rivals', () => {
    expect(rivals("Inflation ate into Zenco Inc's margins.")).toEqual([]);
    expect(rivals("Brexit ate into Zenco Inc's margins.")).toEqual([]);
    expect(rivals("Tariffs are eating into Zenco Inc's profits.")).toEqual([]);
    expect(rivals("Zenco Inc's Zeta is eating into Qorva Labs's market share.")).toEqual(['Zeta -competes_with-> Qorva Labs']);
  });

  it('a political race between people: no rivals', () => {
    expect(rivals('Roe is closing the gap on Doe in the polls.')).toEqual([]);
    expect(rivals('Jane Roe closed the gap on Doe in the polls.')).toEqual([]);
    expect(rivals('The race for the White House between Roe and Doe tightened.')).toEqual([]);
    expect(rivals('The battle for the nomination between Roe and Doe heated up.')).toEqual([]);
    expect(rivals('The race for the presidency between Roe and Doe is close.')).toEqual([]);
  });

  it("a rival's product after its owner: after a rival's noun the owner is the rival, the product is not", () => {
    expect(rivals("Zenco copied features from rival Qorva's Vexa app.")).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it("after a verb a firm set against another's product has no rival pair, unless the firm is a product too", () => {
    // Stop 81's fresh samples: "a startup with the ambition to rival Zenco's Qorva" names no firm pair (the reader's call).
    expect(rivals("Zenco Inc is taking share away from Qorva Labs's Vexa phone.")).toEqual([]);
    expect(rivals("Zenco Inc kept pace with Qorva Labs's Vexa.")).toEqual([]);
    expect(rivals("Zenco Inc, a startup with the ambition to rival Qorva Labs's Vexa chatbot, raised funds.")).toEqual([]);
    // A thing set against another's thing keeps the pair (the dev corpus's "AWS competes with Microsoft's Azure", AWS a service).
    expect(rivals("Zenco Inc's Zeta phone competes with Qorva Labs's Vexa phone.")).toEqual(['Zeta -competes_with-> Vexa']);
  });

  it('a pool of investors, talent or capital: no rivals', () => {
    expect(rivals('Zenco Inc and Qorva Labs are fishing in the same pool of investors.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs fished in the same pool of talent.')).toEqual([]);
    expect(rivals('Zenco Inc is fishing in the same pond of engineers as Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs chase the same pool of capital.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs fish in the same pool of customers.')).toEqual(ZQ);
  });
});
