import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 67, sixth round, from its third-round samples (drawn on 1a704f2): orders told in the passive or through their author,
// programmes a body makes a firm put in place, enforcement actions, a subsidiary's legal name with its place in brackets, and
// makers named in brackets or before the thing. Sentences written for the tests.

describe('orders told otherwise than by an order verb', () => {
  it('"An order was issued against Drizly by the FTC" restricts Drizly', () => {
    expect(only('restricts')(scoredClaimsOf('An order was issued against Drizly by the FTC.'))).toEqual(['Federal Trade Commission -restricts-> Drizly']);
  });

  it('"Celsius has been served a cease-and-desist notice from the Board" bans Celsius; so does a quit and refrain order', () => {
    expect(only('banned')(scoredClaimsOf('Celsius has been served a cease-and-desist notice from the Texas State Securities Board.'))).toEqual(['Texas State Securities Board -banned-> Celsius']);
    expect(only('banned')(scoredClaimsOf('The Texas State Securities Board issued a quit and refrain order to Celsius.'))).toEqual(['Texas State Securities Board -banned-> Celsius']);
  });

  it('"A new order passed down by the FTC will bar Premom from sharing health data" restricts Premom; from selling, bans it', () => {
    expect(only('restricts')(scoredClaimsOf('A new order passed down by the FTC will bar Premom from sharing health data.'))).toEqual(['Federal Trade Commission -restricts-> Premom']);
    expect(only('banned')(scoredClaimsOf('A new order passed down by the FTC will bar Premom from selling test kits.'))).toEqual(['Federal Trade Commission -banned-> Premom']);
  });

  it('"The FTC entered into an order with Drizly" restricts Drizly', () => {
    expect(only('restricts')(scoredClaimsOf('The FTC entered into an order with Drizly.'))).toEqual(['Federal Trade Commission -restricts-> Drizly']);
  });

  it('"will require firm Verkada to implement a security programme", "has mandated that Verkada implement …"', () => {
    expect(only('restricts')(scoredClaimsOf('The FTC will require firm Verkada to implement a security programme.'))).toEqual(['Federal Trade Commission -restricts-> Verkada']);
    expect(only('restricts')(scoredClaimsOf('The FTC has mandated that Verkada implement a security program.'))).toEqual(['Federal Trade Commission -restricts-> Verkada']);
  });

  it('"has taken enforcement action against Drizly" restricts it', () => {
    expect(only('restricts')(scoredClaimsOf('The FTC has taken enforcement action against Drizly.'))).toEqual(['Federal Trade Commission -restricts-> Drizly']);
  });
});

describe("a subsidiary's legal name with its place in brackets", () => {
  it('"Arrow (China) Electronics Trading Co" is one firm, added to the list', () => {
    const text = 'The Commerce Department added Arrow (China) Electronics Trading Co to the Entity List.';
    expect(entitiesOf(text)).toContain('Arrow (China) Electronics Trading Co (company)');
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Commerce Department -restricts-> Arrow (China) Electronics Trading Co']);
  });

  it('a firm with its state in brackets and no legal name after stays the firm', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department added Huawei (China) and Zenco Trading Co to the Entity List.'))).toEqual(
      ['Commerce Department -restricts-> Huawei', 'Commerce Department -restricts-> Zenco Trading Co'],
    );
  });
});

describe('makers named in brackets or before the thing', () => {
  it('"Microsoft (the company behind Windows)"', () => {
    expect(only('develops')(scoredClaimsOf('Microsoft (the company behind Windows) grew.'))).toEqual(['Microsoft -develops-> Windows']);
  });

  it('"OpenAI\'s web crawler GPTBot": a crawler is a made thing', () => {
    expect(only('develops')(scoredClaimsOf("OpenAI's web crawler GPTBot visits many sites."))).toEqual(['OpenAI -develops-> GPTBot']);
  });

  it('"From Chinese giant BYD, the Seal is …"', () => {
    expect(only('develops')(scoredClaimsOf('From Chinese giant BYD, the Seal is a sedan.'))).toEqual(['BYD -develops-> Seal']);
  });
});
