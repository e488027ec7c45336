import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

const typeOf = (text: string, label: string): string | undefined => entitiesOf(text).find((e) => e.startsWith(`${label} (`))?.slice(label.length + 2, -1);

// Stop 80, first round, from stop 79's fresh misses: the targets of an act named in the next sentence as "among the affected
// platforms" or "those affected", and a state's unit or service named by its field ("Financial Intelligence Unit", "Customs
// Service") acting as the state's body. Sentences written for the tests.

describe('members named as "among the affected" after an act', () => {
  it('"A, B and C are among the affected platforms" after a ban bans each', () => {
    expect(only('banned')(scoredClaimsOf("Indonesia's communications ministry blocked 12 apps on Monday. TikTok, Lumo Stream and Vexa Media are among the affected platforms."))).toEqual([
      "Indonesia's communications ministry -banned-> Lumo Stream",
      "Indonesia's communications ministry -banned-> TikTok",
      "Indonesia's communications ministry -banned-> Vexa Media",
    ]);
  });

  it('"A and B were among the targeted firms" after a listing restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 20 firms on Tuesday. Zenco Inc and Qorva Labs were among the targeted firms.'))).toEqual([
      'Treasury -restricts-> Qorva Labs',
      'Treasury -restricts-> Zenco Inc',
    ]);
  });

  it('with no act before, or a membership that is not the act\'s, nothing', () => {
    expect(only('banned')(scoredClaimsOf('TikTok and Vexa Media are among the affected platforms.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India blocked 12 apps on Monday. Zenco Inc and Qorva Labs are among the most popular platforms.'))).toEqual([]);
  });
});

describe('"those affected" and "apps affected" after a ban', () => {
  it('"Those affected include A and B" bans each', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan blocked nine apps on Friday. Those affected include Vexa Media and Lumo Bet.'))).toEqual([
      'Pakistan -banned-> Lumo Bet',
      'Pakistan -banned-> Vexa Media',
    ]);
  });

  it('"Apps affected include A and B" bans each', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan blocked nine apps on Friday. Apps affected include Vexa Media and Lumo Stream.'))).toEqual([
      'Pakistan -banned-> Lumo Stream',
      'Pakistan -banned-> Vexa Media',
    ]);
  });

  it('after an act that bans nothing, nothing', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan praised nine apps on Friday. Those affected include Vexa Media and Lumo Stream.'))).toEqual([]);
  });
});

describe("a state's unit or service named by its field", () => {
  it('"South Korea\'s Financial Intelligence Unit" is a government body that bans', () => {
    const text = "South Korea's Financial Intelligence Unit blocked access to Zenco Exchange on Monday.";
    expect(typeOf(text, 'Financial Intelligence Unit')).toBe('government');
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Financial Intelligence Unit -banned-> Zenco Exchange']);
  });

  it('"the Financial Intelligence Unit of South Korea" is the body, not the state', () => {
    expect(only('banned')(scoredClaimsOf('The Financial Intelligence Unit of South Korea ordered Vexa Coin to halt its operations.'))).toEqual([
      'Financial Intelligence Unit of South Korea -banned-> Vexa Coin',
    ]);
  });

  it('"the Tax Service of Kenya" is a government body, and the firm "Qorva Security Service" is not', () => {
    expect(typeOf('The Tax Service of Kenya fined Zenco Inc on Monday.', 'Tax Service of Kenya')).toBe('government');
    expect(typeOf('Qorva Security Service won a contract on Monday.', 'Qorva Security Service')).not.toBe('government');
  });

  it("a firm's business unit stays the firm's", () => {
    expect(entitiesOf('Zenco Inc said its Cloud Business Unit grew 20 percent.').some((e) => e.endsWith('(government)'))).toBe(false);
  });
});

describe("a state's judiciary", () => {
  it('"Iran\'s judiciary" and "the Iranian judiciary" are the state\'s body that bans', () => {
    expect(only('banned')(scoredClaimsOf("Iran's judiciary banned Zenco Chat last year."))).toEqual(["Iran's judiciary -banned-> Zenco Chat"]);
    expect(only('banned')(scoredClaimsOf('The Iranian judiciary ordered the blocking of Zenco Chat.'))).toEqual(['Iranian judiciary -banned-> Zenco Chat']);
  });
});

describe('the review of the first round', () => {
  it('a lifted ban or sanction continues onto no list', () => {
    expect(only('banned')(scoredClaimsOf('India lifted its ban on 59 apps. The affected apps include Zenco Chat and Qorva Play.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India lifted its ban on 59 apps. Zenco Chat and Qorva Play are among the affected apps.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The Treasury lifted sanctions on 20 firms. Zenco Inc and Qorva Labs are among the affected firms.'))).toEqual([]);
  });

  it('the listed kind must agree with the counted kind, and the members stand bare at the opening', () => {
    expect(only('banned')(scoredClaimsOf('India banned 59 apps. ByteDance and Tencent are among the affected companies.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India banned 59 apps. Those affected include employees at Zenco Inc and Qorva Labs.'))).toEqual([]);
  });

  it('"A and B are among the newly listed firms" after a listing restricts each', () => {
    expect(only('restricts')(scoredClaimsOf("The EU's 14th package lists 61 firms. Zenco Systems and Qorva Marine are among the newly listed firms."))).toEqual([
      'European Union -restricts-> Qorva Marine',
      'European Union -restricts-> Zenco Systems',
    ]);
  });

  it('a two-word "Tax Service" launched as a product is no state body', () => {
    expect(typeOf('Zenco Inc launched Tax Service, a filing app, on Monday.', 'Tax Service')).not.toBe('government');
  });

  it('"the government" is not the parliament or the court named before it', () => {
    expect(only('banned')(scoredClaimsOf("Critics of Iran's parliament said the government banned Zenco Chat."))).not.toContain("Iran's parliament -banned-> Zenco Chat");
    expect(only('banned')(scoredClaimsOf("Iran's judiciary has faced criticism. The government banned Zenco Chat on Monday."))).not.toContain("Iran's judiciary -banned-> Zenco Chat");
  });
});

describe('sanctions a firm had imposed on it', () => {
  it('"A also had sanctions imposed on it" after a listing restricts it', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 20 firms last week. Zenco Inc also had sanctions imposed on it.'))).toEqual(['Treasury -restricts-> Zenco Inc']);
  });

  it('"A had export restrictions placed on it by the US" is restricted by the US, not the reverse', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Systems had export restrictions placed on it by the US in 2023.'))).toEqual(['United States -restricts-> Zenco Systems']);
    expect(only('restricts')(scoredClaimsOf('Zenco Systems has had sanctions imposed on it by the EU.'))).toEqual(['European Union -restricts-> Zenco Systems']);
  });

  it('sanctions lifted, or only possible, restrict no one', () => {
    expect(only('restricts')(scoredClaimsOf('The EU imposed sanctions on 19 firms on Monday. Qorva Marine had sanctions lifted.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The EU imposed sanctions on 19 firms on Monday. Qorva Marine could have sanctions imposed on it later.'))).toEqual([]);
  });
});
