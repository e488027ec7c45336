import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Helper rln94, from real consumer-brand and state-group news: names lost or made false because they were cut or glued. A chain
// named with its 's lost the 's before a plural verb at the end of a list and before a past verb with its object; a state group's
// name ending in "Holding" lost its state; a dateline city in capitals became a company; a state's name in capitals was typed a
// company. Sentences written for the tests.

const competes = (text: string): string[] => only('competes_with')(claimsOf(text));
const banned = (text: string): string[] => only('banned')(claimsOf(text));
const restricts = (text: string): string[] => only('restricts')(claimsOf(text));

describe("a chain's 's at the end of a list, before a plural verb", () => {
  it("keeps the 's", () => {
    expect(competes("Zenco Burgers and Borlo's are rivals in the burger market.")).toEqual(["Zenco Burgers -competes_with-> Borlo's"]);
    expect(competes("Zenco Burgers and Borlo's compete in the burger market.")).toEqual(["Zenco Burgers -competes_with-> Borlo's"]);
    expect(competes("Qorva Foods and Quimby's have a long rivalry.")).toEqual(["Qorva Foods -competes_with-> Quimby's"]);
  });

  it("an 's that owns what follows it stays an owner's", () => {
    expect(entitiesOf("Zenco Burgers and Borlo's stores are rivals.")).not.toContain("Borlo's (company)");
    expect(competes("Zenco's rivals Qorva and Vexa have cut prices.")).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(entitiesOf("Qorva Inc's rivals are struggling.")).not.toContain("Qorva Inc's (company)");
    expect(entitiesOf("Zenco's banned apps are popular.")).not.toContain("Zenco's (company)");
  });
});

describe("a chain's 's before a past verb and its object", () => {
  it("keeps the 's", () => {
    expect(competes("Quimby's posted a loss while its rival Zenco Burgers grew.")).toEqual(["Quimby's -competes_with-> Zenco Burgers"]);
    expect(competes("Quimby's recently raised the price of its meals, following similar moves by its rival Zenco Burgers.")).toEqual(["Quimby's -competes_with-> Zenco Burgers"]);
    expect(competes("Borlo's cut its prices to match rivals Zenco Burgers and Qorva Foods.").sort()).toEqual(["Borlo's -competes_with-> Qorva Foods", "Borlo's -competes_with-> Zenco Burgers"]);
  });

  it('a participle read as an adjective, or a noun, after the owner stays owned', () => {
    expect(entitiesOf("Zenco's licensed apps compete with Qorva's.")).not.toContain("Zenco's (company)");
    expect(entitiesOf("Zenco's seed the market with cheap phones.")).not.toContain("Zenco's (company)");
    expect(entitiesOf("Zenco's stated aim is to beat Qorva Foods.")).not.toContain("Zenco's (company)");
  });
});

describe("a state group's name ending in Holding", () => {
  it('keeps its state and its last word', () => {
    expect(restricts('The Treasury sanctioned Japan National Zeta Holding on Monday.')).toEqual(['Treasury -restricts-> Japan National Zeta Holding']);
    expect(entitiesOf('Vexa sued the Zenco Holding group.')).toContain('Zenco Holding (company)');
  });

  it('a holding that is no name stays none', () => {
    expect(entitiesOf('Zenco is holding talks with Japan.')).not.toContain('Japan (company)');
    expect(restricts('The Treasury sanctioned a holding company in Japan.')).toEqual([]);
  });
});

describe('a dateline city in capitals', () => {
  it('is no party to the story', () => {
    expect(banned('ZEMBLAGRAD — The government banned Zenco Noodles on Friday.')).toEqual([]);
    expect(competes('ZEMBLAGRAD — Qorva Foods and Vexa Mart are rivals.')).toEqual(['Qorva Foods -competes_with-> Vexa Mart']);
  });

  it('an acronym, or a name before a dash aside, is still a name', () => {
    expect(competes('ZORV — Qorva Foods and Vexa Mart are rivals.')).toContain('ZORV -competes_with-> Qorva Foods');
    expect(competes("ZENCORP — Qorva's rival — said it cut prices.")).toEqual(['ZENCORP -competes_with-> Qorva']);
  });
});

describe("a state's name in capitals", () => {
  it('is the state', () => {
    expect(banned('The EUROPEAN Union banned Zenco Noodles.')).toEqual(['European Union -banned-> Zenco Noodles']);
    expect(banned('The EUROPEAN UNION has banned Zenco Noodles.')).toEqual(['European Union -banned-> Zenco Noodles']);
  });

  it('a firm in capitals stays a firm', () => {
    expect(entitiesOf('QORVA banned Zapp on Friday.')).toContain('QORVA (company)');
    expect(entitiesOf('The EUROPEAN Union banned Zenco Noodles.')).not.toContain('EUROPEAN Union (company)');
  });
});
