import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper sts93, from round 1's and round 2's re-reads: measures only proposed, asked for or taken back, and rivalries past, only
// possible or denied, must not be read as stated. Sentences written for the tests.

const restricts = (text: string, status: 'asserted' | 'proposed' | 'negated' = 'asserted'): string[] => only('restricts')(claimsOf(text, status));
const rivals = (text: string, status: 'asserted' | 'proposed' | 'negated' = 'asserted'): string[] => only('competes_with')(claimsOf(text, status));

describe('a state\'s measure in prospect before its owner', () => {
  it('"proposed U.S. sanctions", "threatened EU sanctions", "planned U.S. tariffs" are proposed', () => {
    expect(restricts('The House passed proposed U.S. sanctions on Iran last week.')).toEqual([]);
    expect(restricts('The House passed proposed U.S. sanctions on Iran last week.', 'proposed')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('Zenco evaded proposed U.S. sanctions on Iran.')).toEqual([]);
    expect(restricts('The planned U.S. sanctions on Iran were approved.')).toEqual([]);
  });

  it('sanctions in force keep their status', () => {
    expect(restricts('Zenco evaded U.S. sanctions on Iran.')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('The House passed new U.S. sanctions on Iran last week.')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('Proposed reforms and the U.S. sanctions on Iran hit Zenco.')).toEqual(['United States -restricts-> Iran']);
  });
});

describe('a measure told lifted in a relative clause after it', () => {
  it('", which were lifted" negates the measure', () => {
    expect(restricts('Zenco traded oil despite U.S. sanctions on Iran, which were lifted in 2016.')).toEqual([]);
    expect(restricts('Zenco traded oil despite U.S. sanctions on Iran, which were lifted in 2016.', 'negated')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('Ruritania imposed sanctions on Zembla, which were later scrapped.')).toEqual([]);
  });

  it('a measure tightened, renewed or only said to be lifted stays', () => {
    expect(restricts('Zenco traded oil despite U.S. sanctions on Iran, which were tightened in 2019.')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('The EU\'s sanctions on Zembla, which were renewed in May, remain.')).toEqual(['European Union -restricts-> Zembla']);
    expect(restricts('U.S. sanctions on Iran, which Zenco said were lifted, still bite.')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('Ruritania imposed sanctions on Zembla, which has been lifted from poverty.')).toEqual(['Ruritania -restricts-> Zembla']);
    expect(restricts('The U.S. reinstated sanctions on Iran, which were lifted in 2016.')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('Ruritania put back its sanctions on Zembla, which were lifted in 2016.', 'negated')).toEqual([]);
  });
});

describe('a measure a firm petitions a state body for', () => {
  it('"petitioned the Commerce Department for duties on" only asks', () => {
    expect(restricts('Zenco petitioned the Commerce Department for duties on Zemblan newsprint.')).toEqual([]);
    expect(restricts('Zenco petitioned the Commerce Department for duties on Zemblan newsprint.', 'proposed')).toEqual(['Commerce Department -restricts-> Zemblan']);
    expect(restricts('Zenco petitions the International Trade Commission for anti-dumping duties on Zemblan steel.')).toEqual([]);
    expect(restricts('The Treasury asked Congress for new sanctions on Iran.')).toEqual([]);
  });

  it('duties imposed after a petition, or a petition for relief from a measure, keep the measure', () => {
    expect(restricts('The Commerce Department imposed duties on Zemblan newsprint after Zenco petitioned.')).toEqual(['Commerce Department -restricts-> Zemblan']);
    expect(restricts('The Commerce Department, which Zenco petitioned, imposed duties on Zemblan newsprint.')).toEqual(['Commerce Department -restricts-> Zemblan']);
    expect(restricts('Zenco petitioned the Commerce Department for relief from U.S. sanctions on Iran.')).toEqual(['United States -restricts-> Iran']);
  });
});

describe('a measure broken, named by its state\'s demonym', () => {
  it('"helped Qorva dodge American sanctions on Zembla" is the state\'s measure, not the breaker\'s', () => {
    expect(restricts('Zenco helped Qorva dodge American sanctions on Venezuela.')).toEqual(['United States -restricts-> Venezuela']);
    expect(restricts('Zenco helped Qorva evade the tough American sanctions on Venezuela.')).toEqual(['United States -restricts-> Venezuela']);
    expect(restricts('Zenco evaded American sanctions on Venezuela.')).toEqual(['United States -restricts-> Venezuela']);
  });

  it('no breaker is an actor', () => {
    expect(restricts('Zenco helped Qorva dodge American sanctions on Venezuela.').some((c) => c.startsWith('Qorva'))).toBe(false);
    expect(restricts('Zenco helped Qorva dodge the sanctions on Venezuela.')).toEqual([]);
  });
});

describe('competition a deal would not take away', () => {
  it('"would not reduce competition between A and B" states no rivalry', () => {
    expect(rivals('The merger would not reduce competition between Zenco and Qorva.')).toEqual([]);
    expect(rivals('The merger would not substantially lessen competition between Zenco and Qorva.')).toEqual([]);
  });

  it('a deal that takes it away still states it', () => {
    expect(rivals('The merger would reduce competition between Zenco and Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('The deal would eliminate competition between Zenco and Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a former or potential rival bought', () => {
  it('"former rival", "one-time rival" after a deal\'s preposition is past', () => {
    expect(rivals('Zenco\'s acquisition of former rival Qorva closed on Friday.')).toEqual([]);
    expect(rivals('Zenco merged with one-time rival Qorva.')).toEqual([]);
    expect(rivals('Zenco agreed a merger with former rival Qorva.')).toEqual([]);
  });

  it('"potential rival" is a hedge', () => {
    expect(rivals('Zenco\'s buyout of potential rival Qorva closed on Friday.')).toEqual([]);
    expect(rivals('Zenco agreed to buy possible rival Qorva.')).toEqual([]);
  });

  it('a current rival bought, or a planned purchase of one, is still a rival', () => {
    expect(rivals('Zenco\'s acquisition of rival Qorva closed on Friday.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco\'s planned purchase of rival Qorva was approved.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco would buy smaller rival Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a measure only deliberated, contemplated or pondered', () => {
  const bans = (text: string, status: 'asserted' | 'proposed' | 'negated' = 'asserted'): string[] => only('banned')(claimsOf(text, status));
  it('"is deliberating sanctions", "is contemplating a ban" are proposed', () => {
    expect(restricts('The U.S. is deliberating sanctions against Zenco Inc.')).toEqual([]);
    expect(restricts('The U.S. is deliberating sanctions against Zenco Inc.', 'proposed')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(bans('India is contemplating a ban on the Zeta app made by Zenco Inc.')).toEqual([]);
    expect(restricts('Japan is pondering tariffs on Zenco Inc.')).toEqual([]);
  });

  it('"ordered officials to study a ban", "is exploring a ban" are proposed', () => {
    expect(bans('The U.S. ordered officials to study a ban on the Zeta app made by Zenco Inc.')).toEqual([]);
    expect(bans('The U.S. ordered officials to study a ban on the Zeta app made by Zenco Inc.', 'proposed')).toEqual(['United States -banned-> Zeta']);
    expect(bans('India is exploring a ban on the Zeta app made by Zenco Inc.')).toEqual([]);
  });

  it('a measure taken after deliberating stays stated', () => {
    expect(bans('The U.S. banned the Zeta app made by Zenco Inc after officials studied it.')).toEqual(['United States -banned-> Zeta']);
    expect(bans('India banned the Zeta app made by Zenco Inc after deliberating for months.')).toEqual(['India -banned-> Zeta']);
    expect(restricts('After months of deliberating, the U.S. imposed sanctions on Zenco Inc.')).toEqual(['United States -restricts-> Zenco Inc']);
  });
});
