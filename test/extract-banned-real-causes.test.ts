import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rlg94, from real news on states banning apps, chemicals and devices (the causes behind the misses, not the sentences):
// long lists of names that drop their final "and"; a bare "the government" told only by the place of its ban or by the dateline;
// a firm that won a court order read as the banner. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('names parted by commas alone after an enumeration cue', () => {
  it('"banned 59 apps, including A, B, C." bans every member', () => {
    expect(banned('India on Monday banned 59 apps, including Zapp, Qorva Browser, Helo, Likee.')).toEqual([
      'India -banned-> Helo',
      'India -banned-> Likee',
      'India -banned-> Qorva Browser',
      'India -banned-> Zapp',
    ]);
    expect(banned('Pakistan blocked several platforms such as Zapp, Vexa Chat, Lumo.')).toEqual([
      'Pakistan -banned-> Lumo',
      'Pakistan -banned-> Vexa Chat',
      'Pakistan -banned-> Zapp',
    ]);
  });

  it('a list closed by "as well as" counts its members before it', () => {
    expect(banned('India banned apps including Zapp, Qorva Browser, Helo as well as other platforms.')).toEqual([
      'India -banned-> Helo',
      'India -banned-> Qorva Browser',
      'India -banned-> Zapp',
    ]);
  });

  it('near misses: two names, no cue, or a clause after the last name keep only the first', () => {
    // Two names may be a name and its apposition.
    expect(banned('Germany banned apps including Zapp, Vexa.')).toEqual(['Germany -banned-> Zapp']);
    // No enumeration cue: "A, B, C" is an apposition chain.
    expect(banned('Germany banned Zapp, Qorva\'s app, Vexa.')).toEqual(['Germany -banned-> Zapp']);
    // A reporting clause after the last name ends no list.
    expect(banned('Germany banned apps including Zapp, Vexa, Lumo said.')).toEqual(['Germany -banned-> Zapp']);
    // A plan bans nothing, list or not.
    expect(banned('India plans to ban apps including Zapp, Helo, Likee.')).toEqual([]);
  });
});

describe('a bare "the government" told by the place of its ban or the dateline', () => {
  it('"The government has banned Zapp in Nepal": the one state its clause names after "in"', () => {
    expect(banned('The government has decided to ban the video-sharing app Zapp in Nepal.')).toEqual(['Nepal -banned-> Zapp']);
    expect(banned('The government has suspended Zenicoin in Kenya.')).toEqual(['Kenya -banned-> Zenicoin']);
  });

  it('"NAIROBI — The government has suspended Zenicoin": the dateline\'s state', () => {
    expect(banned('NAIROBI — The government has suspended Zenicoin.')).toEqual(['Kenya -banned-> Zenicoin']);
    expect(banned('Nairobi — The government has suspended Zenicoin.')).toEqual(['Kenya -banned-> Zenicoin']);
    expect(banned('NEW DELHI — The government has banned Zapp.')).toEqual(['India -banned-> Zapp']);
  });

  it('near misses: a state past the clause, two states, a plan, a negation, another state named before', () => {
    expect(banned('The government has banned Zapp, which is popular in India.')).toEqual([]);
    expect(banned('The government has banned Zapp in India and Pakistan.')).toEqual([]);
    expect(banned('The government plans to ban Zapp in India.')).toEqual([]);
    expect(banned('The government has not banned Zapp in India.')).toEqual([]);
    expect(banned('The government is considering a ban on Zapp in India.')).toEqual([]);
    // The state named before wins over the dateline.
    expect(banned('WASHINGTON — Germany banned Zapp. The government also blocked Vexa.')).toEqual(['Germany -banned-> Vexa', 'Germany -banned-> Zapp']);
    // With no dateline and no place, no one.
    expect(banned('The government has suspended Zenicoin.')).toEqual([]);
  });
});

describe('a firm that won or asked for a court order is not the banner', () => {
  it('"Zenco won an injunction blocking the sale of the Vexa Tab in Germany": the court\'s state bans it', () => {
    expect(banned('Zenco won an injunction blocking the sale of the Vexa Tab in Germany.')).toEqual(['Germany -banned-> Vexa Tab']);
    expect(banned('Zenco has won a court order banning sales of Qorva\'s Vexa phone in Germany.')).toEqual(['Germany -banned-> Vexa']);
    expect(banned('Zenco was awarded an injunction by a Dutch court blocking the sale of some Vexa devices in the EU.')).toEqual(['Netherlands -banned-> Vexa']);
    // An order right before the trigger, after another one the firm won.
    expect(banned('Zenco was also awarded damages, along with a temporary injunction blocking the sale of the Vexa Tab in Australia.')).toEqual(['Australia -banned-> Vexa Tab']);
  });

  it('near misses: no court\'s state, an order only asked for, other verbs of winning', () => {
    expect(banned('Zenco won an injunction blocking the sale of Qorva\'s Vexa Tab.')).toEqual([]);
    expect(banned('Zenco sought an injunction blocking the sale of the Vexa Tab in Germany.')).toEqual([]);
    expect(banned('Zenco requested an order banning sales of the Vexa Tab in Germany.')).toEqual([]);
    expect(banned('Zenco obtained an injunction blocking the sale of the Vexa Tab.')).toEqual([]);
    expect(banned('Zenco won an injunction blocking the sale of the Vexa Tab in Germany, but the ruling was overturned.')).toEqual([]);
    expect(banned('Zenco said it won an injunction blocking the sale of the Vexa Tab in Germany, which was later lifted.')).toEqual([]);
    // A state's own order keeps the state.
    expect(banned('Germany issued an injunction blocking the sale of the Vexa Tab.')).toEqual(['Germany -banned-> Vexa Tab']);
    // Not an order won: the firm's own act, and a state's act after a lawsuit won.
    expect(banned('Germany banned the sale of the Vexa Tab after Zenco won a lawsuit.')).toEqual(['Germany -banned-> Vexa Tab']);
  });
});

describe('an order that goods be taken off shelves, the market or sale', () => {
  it('"is ordering all Zanex products to be taken off pharmacy shelves" bans the named thing', () => {
    expect(banned('The Food and Drug Administration is ordering all Zanex products to be taken off pharmacy shelves immediately.')).toEqual(['Food and Drug Administration -banned-> Zanex']);
    expect(banned('Health Canada has ordered Zanex tablets to be withdrawn from sale.')).toEqual(['Health Canada -banned-> Zanex']);
    // Other goods joined after the named one.
    expect(banned('The FDA is ordering all Zanex products and generic versions of Zanex heartburn medication to be taken off pharmacy shelves.')).toEqual(['Food and Drug Administration -banned-> Zanex']);
  });

  it('near misses: a firm\'s own shelves, a wish, an order weighed, something else taken off', () => {
    expect(banned('Zenco ordered all Zanex products to be taken off its shelves.')).toEqual([]);
    expect(banned('Doctors want Zanex to be taken off the market.')).toEqual([]);
    expect(banned('The FDA is considering ordering Zanex to be pulled from the market.')).toEqual([]);
    expect(banned('The FDA ordered the ads for Zanex to be taken off the air.')).toEqual([]);
    expect(banned('The FDA did not order Zanex to be taken off the market.')).toEqual([]);
    // A second clause after "and": what it says would be taken off is no object of the order.
    expect(banned('The FDA reviewed Zanex and said Vexa would be taken off the market.')).toEqual([]);
  });
});
