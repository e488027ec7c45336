import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper nml97, from launch news on cars, gadgets and apps: a maker's own new thing named in a clause of its own after a copula
// ("its new electric SUV will be called the Zeta X"). A rival's, another firm's or a planned thing, a person named,
// and a thing named after someone are not the maker's launch. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('an owned kind of thing that will be or is called …', () => {
  it('the owner, a describing word or three, the kind, a copula and a naming word', () => {
    expect(develops('Zenco confirmed its new electric SUV will be called the Zeta Vortex ahead of a debut event.')).toContain('Zenco -develops-> Zeta Vortex');
    expect(develops("Zenco's first smartwatch is named Vexa One.")).toContain('Zenco -develops-> Vexa One');
    expect(develops('Zenco said its new messaging service will be dubbed Lumo Chat.')).toContain('Zenco -develops-> Lumo Chat');
    expect(develops('Zenco said on Monday that its latest robot vacuum is called the Zeta V12.')).toContain('Zenco -develops-> Zeta V12');
  });

  it('a rival\'s, a planned or a former thing is not the owner\'s launch', () => {
    expect(develops("Zenco said its rival phone will be called the Qorva Lumo.")).not.toContain('Zenco -develops-> Qorva Lumo');
    expect(develops('Zenco said its possible successor phone would be called the Zeta Rune.')).not.toContain('Zenco -develops-> Zeta Rune');
    expect(develops('Zenco said its proposed car would be called the Zeta Pell.')).not.toContain('Zenco -develops-> Zeta Pell');
    expect(develops("Zenco said Qorva's new phone will be called the Zeta Kora.")).not.toContain('Zenco -develops-> Zeta Kora');
  });

  it('a negated naming, a thing named after someone, a person is no launch', () => {
    expect(develops('Zenco said its new phone will not be called the Zeta Kora.')).not.toContain('Zenco -develops-> Zeta Kora');
    expect(develops('Zenco said its new phone is named after Vela Rosso, its founder.')).not.toContain('Zenco -develops-> Vela Rosso');
    expect(develops("Zenco's new chief executive is named Tarn Velasco.")).toEqual([]);
    expect(develops('Zenco said its new phone has been named a best buy by Qorva Labs.')).toEqual([]);
    expect(develops("Zenco's new chief executive, a man named Tarn Velasco, spoke.")).toEqual([]);
  });
});

describe('an opening "The new …, called …" after a sentence about one firm', () => {
  it('the firm the sentence before named alone makes the new thing named', () => {
    expect(develops('Samsung launched a messaging tool on Monday. The new service, called Zapp Chat, will be available soon.')).toContain('Samsung -develops-> Zapp Chat');
    expect(develops('Samsung showed a phone in Seoul. The new smartphone, dubbed Zeta Fold, folds twice.')).toContain('Samsung -develops-> Zeta Fold');
  });

  it('two firms, a suit, a rival\'s thing, a person, a firm inside the sentence, a plant or a thing named after someone', () => {
    expect(develops('Zenco sued Qorva on Monday. The new service, called Zapp Chat, will be available soon.')).not.toContain('Zenco -develops-> Zapp Chat');
    expect(develops('Samsung showed a phone in Seoul. The new rival smartphone, dubbed Zeta Fold, folds twice.')).not.toContain('Samsung -develops-> Zeta Fold');
    expect(develops('Roe Tarn praised the sector. The new service, called Zapp Chat, will be available soon.')).toEqual([]);
    expect(develops('Samsung reported higher sales. The new phone, named after Tarn Velasco, sells well.')).toEqual([]);
    expect(develops('Samsung opened a factory. The new plant, called Vela Works, employs 300 people.')).toEqual([]);
    expect(develops('Samsung reported higher sales. The new chief executive, called Tarn Velasco, starts in May.')).toEqual([]);
    expect(develops('Samsung said sales rose. The new phone, called Zeta Kora, was launched by Qorva.')).not.toContain('Samsung -develops-> Zeta Kora');
  });
});
