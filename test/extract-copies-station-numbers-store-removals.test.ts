import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 75, first round, from stop 74's last two sets (thirty-third and thirty-fourth): list members that carry their own
// descriptions (copies, owners), stations named with their frequency or channel number, a state switching stations off, a store
// taking apps off its own shelves, games from a described studio, "the Bureau" pointing back to a body, "vs" inside a banned
// title, and short names defined in quotation marks. Sentences written for the tests.

describe('list members with their own descriptions', () => {
  it('"Qorva clone Plix and Vexa knockoff Zem": the copies are removed, not what they copy', () => {
    expect(only('banned')(scoredClaimsOf('Apple removed several games, including Qorva Quest clone Plix and Vexa Run knockoff Zem.'))).toEqual([
      'Apple -banned-> Plix',
      'Apple -banned-> Zem',
    ]);
  });

  it('"A, a Qorva lookalike, and B": a name inside the description leaves the list whole', () => {
    expect(only('banned')(scoredClaimsOf('Google removed Plix, a Qorva Quest lookalike, and Zem, a Vexa Run clone.'))).toEqual(['Google -banned-> Plix', 'Google -banned-> Zem']);
  });

  it('"along with Vell-owned Kappa Chat": the companion is the owned name, not its owner', () => {
    expect(only('banned')(scoredClaimsOf("Nepal's government banned the Zapp and Qix apps, along with Vell-owned Kappa Chat."))).toEqual([
      'Nepal -banned-> Kappa Chat',
      'Nepal -banned-> Qix',
      'Nepal -banned-> Zapp',
    ]);
  });
});

describe('stations named with a number', () => {
  it('"suspended 451 FM and Radio Zeta" keeps the frequency in the name', () => {
    expect(only('banned')(scoredClaimsOf('The Kenyan regulator suspended 451 FM and Radio Zeta for three days.'))).toEqual([
      'Kenyan regulator -banned-> 451 FM',
      'Kenyan regulator -banned-> Radio Zeta',
    ]);
  });

  it('"closed 104.5 Zeta FM" and "42 Kappa HD"', () => {
    expect(only('banned')(scoredClaimsOf("Kenya's Communications Authority closed 104.5 Zeta FM and 42 Kappa HD on Sunday."))).toEqual([
      'Communications Authority -banned-> 104.5 Zeta FM',
      'Communications Authority -banned-> 42 Kappa HD',
    ]);
  });

  it('a count before a plural kind, or a year, opens no name', () => {
    expect(entitiesOf('The regulator ordered 2 TV channels off the air.')).toEqual([]);
    expect(entitiesOf('In 2014 Zeta TV launched a news show.').some((e) => e.includes('2014'))).toBe(false);
  });

  it('two stations joined by "and" before "for a week" are two names', () => {
    expect(only('banned')(scoredClaimsOf("Kenya's Media Council suspended Plix News and Zeta TV for a week."))).toEqual([
      'Media Council -banned-> Plix News',
      'Media Council -banned-> Zeta TV',
    ]);
  });

  it('a body\'s name going on after "for" stays one', () => {
    expect(entitiesOf('The United Nations Commission on Science and Technology for Development met in Geneva.')).toContain(
      'United Nations Commission on Science and Technology for Development (government)',
    );
  });

  it('a state switching stations off bans them; a firm switching off its own feature does not', () => {
    expect(only('banned')(scoredClaimsOf('The Communications Authority of Kenya switched off Zeta TV and Kappa News on Tuesday.'))).toEqual([
      'Communications Authority of Kenya -banned-> Kappa News',
      'Communications Authority of Kenya -banned-> Zeta TV',
    ]);
    expect(only('banned')(scoredClaimsOf('Zenco switched off the location feature of its Zeta app.'))).toEqual([]);
  });
});

describe('a store taking apps off its own shelves', () => {
  it('"booted Zapp from the App Store"', () => {
    expect(only('banned')(scoredClaimsOf('Apple booted Zapp from the App Store on Friday.'))).toEqual(['Apple -banned-> Zapp']);
  });

  it('"purged A, B and dozens of other clones from its store"', () => {
    expect(only('banned')(scoredClaimsOf('Apple this week purged Zapp, Qix and dozens of other clones from its store.'))).toEqual(['Apple -banned-> Qix', 'Apple -banned-> Zapp']);
  });

  it('"pulled the plug on Zapp, removing it from the Play Store"', () => {
    expect(only('banned')(scoredClaimsOf('Google pulled the plug on Zapp, removing it from the Play Store.'))).toEqual(['Google -banned-> Zapp']);
  });

  it('a firm recalling its own goods from stores bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco recalled the Zeta charger from stores last week.'))).toEqual([]);
  });

  it('a firm pulling the plug on its own service, or booting a member from its board, bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco pulled the plug on its Zeta service last year.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Zenco booted Qorva Capital from its board.'))).toEqual([]);
  });

  it('"removed from Apple\'s App Store and Google\'s Play Store": both owners removed it', () => {
    expect(only('banned')(scoredClaimsOf("Zapp was removed from Apple's App Store and Google's Play Store on Friday."))).toEqual(['Apple -banned-> Zapp', 'Google -banned-> Zapp']);
  });
});

describe('games, bodies and titles', () => {
  it('"a puzzle game from Finnish studio Qorva Games"', () => {
    expect(only('develops')(scoredClaimsOf('Zorbit is a puzzle game from Finnish studio Qorva Games.'))).toEqual(['Qorva Games -develops-> Zorbit']);
  });

  it('"the Bureau" points back to the bureau named before', () => {
    expect(only('restricts')(scoredClaimsOf('The Consumer Financial Protection Bureau fined Zenco Lending last year. Today the Bureau entered into a consent order with Zenco Lending.'))).toEqual([
      'Consumer Financial Protection Bureau -restricts-> Zenco Lending',
    ]);
  });

  it('"The Authority" points back to the authority named before; "the bureau of" a paper does not', () => {
    expect(only('banned')(scoredClaimsOf("Kenya's Communications Authority fined Zeta TV. The Authority also suspended Kappa Radio."))).toEqual(['Communications Authority -banned-> Kappa Radio']);
    expect(only('banned')(scoredClaimsOf("Kenya's Communications Authority fined Zeta TV. The bureau of Qorva News then closed Kappa Radio."))).toEqual([]);
  });

  it('a power to ban is no ban; using it is', () => {
    expect(only('banned')(scoredClaimsOf('The Media Council said it has the authority to ban Zapp.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('A new law gives the Media Council powers to block Zapp and Qix.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('The Media Council used its power to ban Zapp.'))).toEqual(['Media Council -banned-> Zapp']);
  });

  it('"banned Zorgs vs. Blips, a popular game" bans one title, no rivals', () => {
    const claims = scoredClaimsOf('The Chinese government banned Zorgs vs. Blips, a popular game, in 2014.');
    expect(only('banned')(claims)).toEqual(['China -banned-> Zorgs vs. Blips']);
    expect(only('competes_with')(claims)).toEqual([]);
  });

  it('"Zorgs vs. Blips was banned in China" is one title too; a comparison keeps its rivals', () => {
    expect(only('banned')(scoredClaimsOf('Zorgs vs. Blips was banned in China in 2014.'))).toEqual(['China -banned-> Zorgs vs. Blips']);
    expect(only('competes_with')(scoredClaimsOf('In the Zenco vs. Qorva battle, Zenco leads in sales.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a short name defined in quotation marks after a firm\'s legal name', () => {
    expect(only('restricts')(scoredClaimsOf('The FTC ordered Zenco Lending, LLC ("Zenco") to stop the practice.'))).toEqual(['Federal Trade Commission -restricts-> Zenco Lending']);
  });
});
