import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper glued: names glued to a measure before them, or paired by a slash before a possessive, lost their maker or took a stray
// claim. Sentences made up for the tests.

describe('a measure glued to its number before a name describes the product; it is no part of its name', () => {
  it.each([
    ['Qorva makes the 12V Orra drill.', ['Qorva -develops-> Orra']],
    ['Zenco launched the 16,500sph Vexa printer last week.', ['Zenco -develops-> Vexa']],
    ["Zenco's 120Hz Plix display is made in Korea.", ['Zenco -develops-> Plix']],
    ["India banned Zenco's 12V Orra drill.", ['India -banned-> Orra', 'Zenco -develops-> Orra']],
    ["Zenco's 10,000mAh Vexa charger is cheap.", ['Zenco -develops-> Vexa']],
    ["Qorva competes with Zenco's 40W Vexa charger.", ['Qorva -competes_with-> Vexa', 'Zenco -develops-> Vexa']],
    ['Zenco unveiled the 2,400ppm Plix scanner.', ['Zenco -develops-> Plix']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the product is named without the measure', () => {
    expect(entitiesOf('Zenco launched the 500sph Vexa printer.')).toEqual(['Vexa (product)', 'Zenco (company)']);
  });
});

describe('names paired by a slash before a possessive own the thing together', () => {
  it.each([
    ["India banned Zenco/Qorva's Plix app.", ['India -banned-> Plix', 'Qorva -develops-> Plix', 'Zenco -develops-> Plix']],
    ["Zenco/Qorva's Plix app was banned by India.", ['India -banned-> Plix', 'Qorva -develops-> Plix', 'Zenco -develops-> Plix']],
    ["Zenco/Qorva's new Plix app is popular.", ['Qorva -develops-> Plix', 'Zenco -develops-> Plix']],
    ["Zenco/Qorva's chatbot Plix was banned by India.", ['India -banned-> Plix', 'Qorva -develops-> Plix', 'Zenco -develops-> Plix']],
    [
      "Zenco/Qorva's Plix and Vexa apps were banned by India.",
      ['India -banned-> Plix', 'India -banned-> Vexa', 'Qorva -develops-> Plix', 'Qorva -develops-> Vexa', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa'],
    ],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the first of the pair is a firm, not a banned product', () => {
    expect(entitiesOf("India banned Zenco/Qorva's Plix app.")).toContain('Zenco (company)');
  });
});

describe('near misses stay as they were', () => {
  it.each([
    // A measure that is the whole thing, a grade, a time of day and a date, a season, hyphened describing words.
    ['Zenco makes a 5G modem for phones.', []],
    ['The Plix service runs 24/7 across India.', []],
    ['On 3/4/2024 India banned the Plix app.', ['India -banned-> Plix']],
    ['The 2024/25 season saw Zenco launch Plix.', ['Zenco -develops-> Plix']],
    ['Zenco launched an AI-powered Plix assistant.', ['Zenco -develops-> Plix']],
    ['Zenco runs an e-commerce platform called Plix.', ['Zenco -develops-> Plix']],
    // A firm whose name opens with a number and a letter is no measure.
    ['2K Games released the Plix game.', ['2K Games -develops-> Plix']],
    // Two things paired by a slash are both the act's; the slash pairs no owners there.
    ['India banned the Plix/Vexa bundle.', ['India -banned-> Plix', 'India -banned-> Vexa']],
    // A count is no measure.
    ['Zenco shipped 10,000 Plix phones.', ['Zenco -develops-> Plix']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});
