import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 73, first round, from stop 72's last two samples: regulators' directives to named firms, licences lost by firms a
// regulator counted just before, an act's start set off before its verb, and a web address opening a sentence. Sentences
// written for the tests.

describe("a regulator's directive to named firms restricts each", () => {
  it('"issued a directive to A, B and C to review their tariffs"', () => {
    const text = 'The Nigerian Communications Commission issued a directive to Zentel Ltd, Qorva Telecom and Vexa Networks Inc to review their tariffs.';
    expect(only('restricts')(scoredClaimsOf(text))).toEqual([
      'Nigerian Communications Commission -restricts-> Qorva Telecom',
      'Nigerian Communications Commission -restricts-> Vexa Networks Inc',
      'Nigerian Communications Commission -restricts-> Zentel Ltd',
    ]);
  });

  it('"issued a directive mandating A and B to disconnect unregistered lines"', () => {
    const text = 'The Nigerian Communications Commission issued a directive mandating Zentel Ltd and Qorva Telecom to disconnect unregistered lines.';
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Nigerian Communications Commission -restricts-> Qorva Telecom', 'Nigerian Communications Commission -restricts-> Zentel Ltd']);
  });

  it('"directed A and B to review their tariffs" (the verb, as "ordered … to cut prices" was read)', () => {
    const text = 'The Nigerian Communications Commission directed Zentel Ltd and Qorva Telecom to review their tariffs.';
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Nigerian Communications Commission -restricts-> Qorva Telecom', 'Nigerian Communications Commission -restricts-> Zentel Ltd']);
  });

  it('an order to firms that only asks them for information restricts no one', () => {
    const text = 'The Nigerian Communications Commission issued orders to Zentel Ltd and Qorva Telecom to submit information on their tariffs.';
    expect(only('restricts')(scoredClaimsOf(text))).toEqual([]);
  });

  it('a firm\'s own notice to its customers restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zentel Ltd sent a notice to Qorva Telecom to review their tariffs.'))).toEqual([]);
  });
});

describe('licences lost by the firms a regulator counted just before', () => {
  const act = 'The Central Bank of Nigeria revoked the licences of three lenders on Monday.';

  it('"The banks are A, B and C" after "revoked the licences of three banks"', () => {
    const text = 'The Central Bank of Nigeria revoked the licences of three banks on Monday. The banks are Zeta Bank Ltd, Qorva Bank Ltd and Vexa Bank Ltd.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual([
      'Central Bank of Nigeria -banned-> Qorva Bank Ltd',
      'Central Bank of Nigeria -banned-> Vexa Bank Ltd',
      'Central Bank of Nigeria -banned-> Zeta Bank Ltd',
    ]);
  });

  it('"A, B and C lost their licences"', () => {
    const text = `${act} Zeta Bank Ltd, Qorva Bank Ltd and Vexa Bank Ltd lost their licences.`;
    expect(only('banned')(scoredClaimsOf(text))).toEqual([
      'Central Bank of Nigeria -banned-> Qorva Bank Ltd',
      'Central Bank of Nigeria -banned-> Vexa Bank Ltd',
      'Central Bank of Nigeria -banned-> Zeta Bank Ltd',
    ]);
  });

  it('"A and B had their operating licences revoked"', () => {
    const text = `${act} Zeta Bank Ltd and Qorva Bank Ltd had their operating licences revoked.`;
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Central Bank of Nigeria -banned-> Qorva Bank Ltd', 'Central Bank of Nigeria -banned-> Zeta Bank Ltd']);
  });

  it('"The licences of A and B were revoked for …"', () => {
    const text = `${act} The licences of Zeta Bank Ltd and Qorva Bank Ltd were revoked for failing to meet capital rules.`;
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Central Bank of Nigeria -banned-> Qorva Bank Ltd', 'Central Bank of Nigeria -banned-> Zeta Bank Ltd']);
  });

  it('"Two firms lost their mobile licences, namely A and B": the holders named after the loss', () => {
    const text = 'The Communications Authority of Kenya revoked the licences of five operators on Friday. Two firms lost their mobile licences, namely Zentel Ltd and Qorva Telecom Ltd.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Communications Authority of Kenya -banned-> Qorva Telecom Ltd', 'Communications Authority of Kenya -banned-> Zentel Ltd']);
  });

  it('a firm that did not lose its licence, or a contract cancelled, is not banned', () => {
    expect(only('banned')(scoredClaimsOf(`${act} Zeta Bank Ltd did not lose its licence.`))).toEqual([]);
    expect(only('banned')(scoredClaimsOf(`${act} A contract between Zeta Bank Ltd and Qorva Ltd was cancelled.`))).toEqual([]);
  });

  it('with no regulator\'s act before, a lost licence names no one who banned', () => {
    expect(only('banned')(scoredClaimsOf('Zeta Bank Ltd and Qorva Bank Ltd lost their licences last year.'))).toEqual([]);
  });
});

describe("an act's start set off before its verb", () => {
  it('"has, with immediate effect, terminated the licence of"', () => {
    const text = 'The Nigerian Communications Commission has, with immediate effect, terminated the licence of Zentel Ltd.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Nigerian Communications Commission -banned-> Zentel Ltd']);
  });

  it('", effective immediately," before a licence\'s cancellation', () => {
    const text = 'The Nigerian Communications Commission has, effective immediately, cancelled the operating licence of Zentel Ltd.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Nigerian Communications Commission -banned-> Zentel Ltd']);
  });
});

describe('a web address opening a sentence', () => {
  it('"Zetabet.org and qorvafx.net were blocked by …" names both sites', () => {
    const text = 'Zetabet.org and qorvafx.net were blocked by the Ministry of Communications of Kazakhstan.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual([
      'Ministry of Communications of Kazakhstan -banned-> Zetabet.org',
      'Ministry of Communications of Kazakhstan -banned-> qorvafx.net',
    ]);
  });

  it('an opening web address that nothing acts on adds no node', () => {
    expect(entitiesOf('Zetabet.org said on Monday that it had 2 million users.')).toEqual([]);
  });
});
