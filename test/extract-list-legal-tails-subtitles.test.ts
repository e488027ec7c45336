import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lst95, from real sanction lists and app-ban lists: a list of firms or apps lost every member after one whose written name
// the mention left a piece of. A legal form after a name the lexicon knows shorter ("Megvii Technology Limited") and an app's
// subtitle after a lone spaced hyphen ("Lumo Video - Photo Editor") are the name's, not words that end the list; a firm the tagger
// knows opening "X owns brands like A, B and C" is the owner, not a describing word (the tagger knows the firm's name: a real one,
// with made-up brands). Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a legal form after a name the lexicon knows shorter', () => {
  it('keeps the list going after "<known name> Limited"', () => {
    expect(restricts('The Treasury Department sanctioned eight companies, including Zorvex Technology, Megvii Technology Limited and Quenta Limited.')).toEqual([
      'Treasury Department -restricts-> Megvii Technology',
      'Treasury Department -restricts-> Quenta Limited',
      'Treasury Department -restricts-> Zorvex Technology',
    ]);
    expect(restricts('The Commerce Department added Zorvex Technology, Megvii Technology Limited, and Quenta Corp. to the Entity List.')).toEqual([
      'Commerce Department -restricts-> Megvii Technology',
      'Commerce Department -restricts-> Quenta Corp',
      'Commerce Department -restricts-> Zorvex Technology',
    ]);
  });

  it('leaves an edition\'s or a product\'s capitalised words alone', () => {
    expect(restricts('The Treasury Department sanctioned Megvii Limited Edition buyers.')).not.toContain('Treasury Department -restricts-> Quenta');
    expect(banned('India banned the Zeta Limited Edition phone and the Vexa app.')).not.toContain('India -banned-> Edition');
  });

  it('a list of places or people after the firm stays out', () => {
    expect(restricts('The Treasury Department sanctioned Megvii Technology Limited in Beijing, Shanghai and Shenzhen.')).toEqual(['Treasury Department -restricts-> Megvii Technology']);
    expect(restricts('The Treasury Department sanctioned Megvii Technology Limited and its executives John Smith and Ana Lee.')).toEqual(['Treasury Department -restricts-> Megvii Technology']);
  });
});

describe('an app\'s subtitle after a lone spaced hyphen in a list', () => {
  it('keeps the later members of a ban list', () => {
    expect(banned('India banned 12 apps, including Zeta, Vexa, Lumo Video - Photo Editor, Drift Kings and Plomo.')).toEqual([
      'India -banned-> Drift Kings',
      'India -banned-> Lumo Video',
      'India -banned-> Plomo',
      'India -banned-> Vexa',
      'India -banned-> Zeta',
    ]);
    expect(banned('India banned 12 apps, including Zeta, Vexa - Photo Editor and Plomo.')).toEqual(['India -banned-> Plomo', 'India -banned-> Vexa', 'India -banned-> Zeta']);
  });

  it('the subtitle is no member of its own', () => {
    expect(banned('India banned 12 apps, including Zeta, Vexa - Photo Editor and Plomo.')).not.toContain('India -banned-> Photo Editor');
  });

  it('a hyphen that opens a clause, a dateline\'s or a pair of dashes is read as before', () => {
    expect(banned('India banned Zeta, Vexa - which Zenco makes - and Plomo.')).not.toContain('India -banned-> Zenco');
    expect(banned('NEW DELHI, Reuters - India banned the Zeta app on Monday.')).toEqual(['India -banned-> Zeta']);
    expect(banned('India banned Zeta, Vexa - Zenco said on Monday - and Plomo.')).not.toContain('India -banned-> Zenco');
    expect(banned('India did not ban Zeta, Vexa - Photo Editor and Plomo.')).toEqual([]);
    expect(banned('TAIPEI/TOKYO, Feb 6 - Japan, South Korea and Taiwan have blocked the Zeta app.')).toEqual(['Japan -banned-> Zeta', 'South Korea -banned-> Zeta', 'Taiwan -banned-> Zeta']);
  });

  it('a list of places after a hyphen is no list of apps', () => {
    expect(banned('India banned Zeta, Vexa - Delhi, Mumbai and Chennai.')).not.toContain('India -banned-> Delhi');
  });
});

describe('a firm the tagger knows, opening "owns brands like …"', () => {
  it('owns the listed brands, all unknown', () => {
    expect(develops('Nestle owns brands like Vorla, Lipsa and Quenta.')).toEqual(['Nestle -develops-> Lipsa', 'Nestle -develops-> Quenta', 'Nestle -develops-> Vorla']);
    expect(develops('Nestle makes brands such as Vorla and Lipsa.')).toEqual(['Nestle -develops-> Lipsa', 'Nestle -develops-> Vorla']);
  });

  it('a negation, a plan, a purchase, a rival or a describing word opening the sentence makes no maker', () => {
    expect(develops('Nestle does not own brands like Vorla, Lipsa and Quenta.')).toEqual([]);
    expect(develops('Nestle plans to buy brands like Vorla, Lipsa and Quenta.')).toEqual([]);
    expect(develops('Nestle acquired brands like Vorla, Lipsa and Quenta.')).toEqual([]);
    expect(develops('Nestle competes with brands like Vorla, Lipsa and Quenta.')).toEqual([]);
    expect(develops('Luxury watch brands like Vorla and Lipsa are growing.')).toEqual([]);
    expect(develops('Consumers favoured brands such as Vorla, Lipsa and Quenta.')).toEqual([]);
  });
});

describe('a member described by a bus\'s kind or a prefixed kind', () => {
  it('keeps the later members after "the minibus Arro 9", "the midibus Arro 9"', () => {
    expect(develops('Zenco Inc. introduced its battery bus Arro, the midibus Arro 9 and the Lyn 12.')).toEqual(['Zenco Inc -develops-> Arro', 'Zenco Inc -develops-> Arro 9', 'Zenco Inc -develops-> Lyn 12']);
    expect(develops('Zenco Inc. introduced the bus Arro, the minibus Arro 9 and the Lyn 12.')).toEqual(['Zenco Inc -develops-> Arro', 'Zenco Inc -develops-> Arro 9', 'Zenco Inc -develops-> Lyn 12']);
  });

  it('a customer\'s order, a plan, a negation or a list of places makes no maker', () => {
    expect(develops('Qorva Transit ordered the bus Arro, the minibus Arro 9 and the Lyn 12 from Zenco Inc.')).not.toContain('Qorva Transit -develops-> Arro 9');
    expect(develops('Zenco Inc. plans to introduce the bus Arro, the minibus Arro 9 and the Lyn 12.')).toEqual([]);
    expect(develops('Zenco Inc. did not introduce the bus Arro, the minibus Arro 9 or the Lyn 12.')).toEqual([]);
    expect(develops('Zenco Inc. runs the bus Arro in Lyon, Paris and Nice.')).not.toContain('Zenco Inc -develops-> Paris');
  });
});
