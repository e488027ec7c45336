import { describe, expect, it } from 'vitest';
import { claimsOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 46's second round of fresh samples, on sentences written for the tests: names
// whose short form in brackets spells them, kinds spelled with a short form, export licences
// withheld from a destination, "rather than" rivals, quoted names with a possessive, "the federal
// government" of another federation, the one followed, reporters after a comma, announced passive
// acts, lines of business after a known firm, and orders that access be cut.

describe('names and their short forms', () => {
  it.each([
    ['Zenco unveiled the Zenco Training and Inference Accelerator (ZTIA) last year.', ['Zenco -develops-> Zenco Training and Inference Accelerator']],
    ['Meta already has a team building chips, known as the Meta Training and Inference Accelerator (MTIA).', ['Meta -develops-> Meta Training and Inference Accelerator']],
    ['India has banned 25 Over-the-Top (OTT) platforms, including Ullu and ALTT.', ['India -banned-> ALTT', 'India -banned-> Ullu']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a short form that spells something else leaves two names', () => {
    expect(scoredClaimsOf('Ruritania sanctioned Zenco Trading and Qorva Logistics (QLX).')).toEqual(['Ruritania -restricts-> Qorva Logistics', 'Ruritania -restricts-> Zenco Trading']);
  });

  it.each([
    ['BYD unveiled a driver-assistance system called "God\'s Eye".', ['BYD -develops-> God\'s Eye']],
    ['NTT Data launched Zeta, a language model.', ['NTT Data -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('export licences withheld from a destination', () => {
  it.each([
    'The UK suspended 30 export licences to Israel.',
    'Britain halts arms export licences to Israel',
    'The UK suspended about 30 of 350 arms export licences to Israel.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['United Kingdom -restricts-> Israel']);
  });

  it('a broadcaster\'s own licence is no export control', () => {
    expect(scoredClaimsOf('The regulator suspended the broadcast licence for Zeta TV.').join()).not.toContain('restricts');
  });
});

describe('who acts, and who only reports, follows or is contrasted', () => {
  it('a ministry reporting a listing after a comma is not listed', () => {
    expect(scoredClaimsOf('Chinese authorities added 14 firms to their list, the Ministry of Commerce announced.')).toEqual([]);
  });

  it('a ministry announcing a passive act does it', () => {
    expect(scoredClaimsOf('China\'s commerce ministry announced that Zenco Bank and Qorva Bank are barred from transactions.')).toEqual(['Ministry of Commerce -banned-> Qorva Bank', 'Ministry of Commerce -banned-> Zenco Bank']);
  });

  it('an outlet reporting a passive act does not', () => {
    expect(scoredClaimsOf('Reuters reported that Zeta was banned in Ruritania.').join()).not.toContain('Reuters -banned->');
  });

  it('the one followed is no subject of the act after "and"', () => {
    expect(scoredClaimsOf('Quebec is following the federal government\'s lead and banning TikTok on government phones.')).toEqual(['Quebec -banned-> TikTok']);
  });

  it('"the federal government" of a story about another federation is that federation', () => {
    expect(scoredClaimsOf('Canada and China traded barbs on Monday. The federal government banned TikTok.')).toEqual(['Canada -banned-> TikTok']);
    expect(scoredClaimsOf('The federal government banned TikTok on official devices.')).toEqual(['United States -banned-> TikTok']);
  });

  it('a firm described as no rival of another is negated', () => {
    expect(scoredClaimsOf('Le Chat is designed as an assistant rather than a direct competitor to ChatGPT.')).toEqual([]);
    expect(claimsOf('Le Chat is designed as an assistant rather than a direct competitor to ChatGPT.', 'negated')).toEqual(['Le Chat -competes_with-> ChatGPT']);
  });

  it('"rather than" before a name negates no maker', () => {
    expect(scoredClaimsOf('Use Le Chat, which is made by Mistral AI, rather than ChatGPT by OpenAI.')).toContain('OpenAI -develops-> ChatGPT');
  });

  it('the state of firms named in a compound is not listed', () => {
    expect(scoredClaimsOf('China added three U.S.-linked firms to its list.')).toEqual([]);
  });
});

describe('orders that access be cut', () => {
  it('"directed that access to A and B be disabled"', () => {
    expect(scoredClaimsOf('India directed that public access to 12 platforms, including Ullu and ALTT, be disabled.')).toEqual(['India -banned-> ALTT', 'India -banned-> Ullu']);
  });

  it('staff told to purge an app', () => {
    expect(scoredClaimsOf('Ruritania told its staff to purge TikTok from work devices.')).toEqual(['Ruritania -banned-> TikTok']);
  });
});
