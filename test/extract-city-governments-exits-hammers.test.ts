import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 58, from its first and second rounds' readers: a city's own government acting, a state bringing the hammer down on a
// service, a forced withdrawal and a licence withheld from its holder. Sentences written for the tests.

describe("a city's own government", () => {
  it.each([
    ["Jakarta's city government banned Go-Jek.", ['Jakarta -banned-> Go-Jek']],
    ['The Seoul city government banned Uber in 2014.', ['Seoul -banned-> Uber']],
    ['The Beijing municipal government banned Didi.', ['Beijing -banned-> Didi']],
    ['The city of Austin banned Uber and Lyft in 2016.', ['Austin -banned-> Lyft', 'Austin -banned-> Uber']],
  ])('"%s": the city acts, not its state', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a capital alone still stands for its state, and a state\'s own name before "city governments" is the state', () => {
    expect(only('banned')(scoredClaimsOf('Beijing banned Didi.'))).toEqual(['China -banned-> Didi']);
    expect(only('banned')(scoredClaimsOf("China's city governments banned Didi."))).toEqual(['China -banned-> Didi']);
  });
});

describe('a state coming down on a service, ordering a firm out, withholding its licence', () => {
  it.each([
    ['Indonesia brought the hammer down on Grab and Uber.', ['Indonesia -banned-> Grab', 'Indonesia -banned-> Uber']],
    ['Taiwan has ordered Alibaba to withdraw from the island within six months.', ['Taiwan -banned-> Alibaba']],
    ["Turkey's regulator BDDK has denied PayPal's payments license.", ['BDDK -banned-> PayPal']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a firm bringing the hammer down, or denying a rival\'s licence, bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Apple brought the hammer down on Epic.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Zenco denied Qorvex's license."))).toEqual([]);
  });
});
