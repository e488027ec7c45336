import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/pipeline/text/tokens';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Stop 95 (helper pnm95, from real product-launch news on trucks and medical devices): product names the name finder cut or typed
// wrong, so that the maker's develops claim was lost or went to a wrong node. Each family with more near misses than positives.
// Sentences written for the tests.

describe('a trade mark spelt in ASCII inside a name', () => {
  it('"(TM)", "(R)" and "(SM)" glued to a word are read as the sign, and the name is whole', () => {
    expect(tokenize('MiniZen(TM) 770G').map((t) => t.text)).toEqual(['MiniZen', '770G']);
    expect(only('develops')(claimsOf('Zenco launched the MiniZen(TM) 770G system in Europe.'))).toEqual(['Zenco -develops-> MiniZen 770G']);
    expect(only('develops')(claimsOf('Zenco Medical launched the Vela(R) Pump in May.'))).toEqual(['Zenco Medical -develops-> Vela Pump']);
    expect(entitiesOf('Qorva introduced the Zeta(SM) Care service.')).toContain('Zeta Care (product)');
  });

  it('near miss: a bracket after a space, or letters going on, is no sign', () => {
    expect(tokenize('Senator Vela (R) spoke').map((t) => t.text)).toEqual(['Senator', 'Vela', '(', 'R', ')', 'spoke']);
    expect(tokenize('Zeta(R)s').map((t) => t.text)).not.toEqual(['Zeta', 's']);
    expect(tokenize('(TM) is').map((t) => t.text)).toEqual(['(', 'TM', ')', 'is']);
  });

  it('near miss: the whole name keeps other roles, negation and plans', () => {
    expect(only('develops')(claimsOf('Zenco did not launch the MiniZen(TM) 770G system.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco plans to launch the MiniZen(TM) 770G system next year.'))).toEqual([]);
    expect(only('develops')(claimsOf('Qorva, a distributor, sells the MiniZen(TM) 770G pump made by Zenco.'))).toEqual(['Zenco -develops-> MiniZen 770G']);
  });
});

describe('"Electric" after a model\'s code in capitals', () => {
  it('names the electric version, a product, after "its" or between a maker\'s name and a kind', () => {
    expect(only('develops')(claimsOf('Zenco Trucks will launch a long-range variant of its FH Electric truck.'))).toEqual(['Zenco Trucks -develops-> FH Electric']);
    expect(only('develops')(claimsOf('Zenco Trucks unveiled the Zenco FH Electric truck.'))).toEqual(['Zenco Trucks -develops-> Zenco FH Electric']);
    expect(entitiesOf('Qorva ordered 100 Zenco FM Electric trucks last year.')).not.toContain('Zenco FM Electric (company)');
  });

  it('near miss: a firm named with "Electric" stays a firm', () => {
    expect(entitiesOf('LS Electric said it would supply Zenco.')).toContain('LS Electric (company)');
    expect(entitiesOf('Zenco Electric unveiled a new heavy truck.')).toContain('Zenco Electric (company)');
    expect(only('develops')(claimsOf('Zenco said Qorva Electric makes the Zeta truck.'))).toEqual(['Qorva Electric -develops-> Zeta']);
    expect(entitiesOf('Vexa bought LS Electric transformers from Zenco.')).not.toContain('LS Electric (product)');
    expect(entitiesOf('Zenco said US Electric trucks are popular.')).not.toContain('US Electric (product)');
  });

  it('near miss: a dealer, negation and plans make no maker of the version', () => {
    expect(only('develops')(claimsOf('Qorva, a dealer, sells the Zenco FH Electric truck in Ruritania.'))).not.toContain('Qorva -develops-> Zenco FH Electric');
    expect(only('develops')(claimsOf('Zenco Trucks did not unveil its FH Electric truck.'))).toEqual([]);
  });
});

describe('a gerund opening a fronted phrase before a firm\'s possessive', () => {
  it('is no part of the firm\'s name', () => {
    expect(only('develops')(claimsOf('Using Zenco\'s Vela pump, patients adjust their doses.'))).toEqual(['Zenco -develops-> Vela']);
    expect(only('develops')(claimsOf('Featuring Qorva\'s Zeta chip, the phone is fast.'))).toEqual(['Qorva -develops-> Zeta']);
  });

  it('near miss: the phrase\'s other firm, a buyer or a follower makes nothing of it', () => {
    expect(entitiesOf('Acquiring Zenco Labs gave Qorva the Zeta app.')).not.toContain('Acquiring Zenco Labs (company)');
    expect(only('develops')(claimsOf('Acquiring Zenco Labs gave Qorva the Zeta app.'))).toEqual([]);
    expect(only('develops')(claimsOf('Following Zenco\'s lead, Qorva launched the Zeta phone.'))).toEqual(['Qorva -develops-> Zeta']);
    expect(only('develops')(claimsOf('Using Zenco\'s Vela pump, Qorva Clinics treats patients.'))).not.toContain('Qorva Clinics -develops-> Vela');
    expect(entitiesOf('Flying Zeta opened a store in Vela City.')).not.toContain('Zeta (company)');
  });
});

describe('a bicycle maker named with "Bikes", "Bicycles" or "Cycles"', () => {
  it('is a firm opening the sentence, before its verb or when it acted and its deed', () => {
    expect(only('develops')(claimsOf('Zenco Bikes unveiled the ZenMission.'))).toEqual(['Zenco Bikes -develops-> ZenMission']);
    expect(only('develops')(claimsOf('Zenco Power Bikes today unveiled a new electric bike, the ZenMission.'))).toEqual(['Zenco Power Bikes -develops-> ZenMission']);
    expect(only('develops')(claimsOf('Zenco Bicycles launched the Vela 5 e-bike.'))).toEqual(['Zenco Bicycles -develops-> Vela 5']);
  });

  it('near miss: common words, goods sold or recalled, negation and plans', () => {
    expect(entitiesOf('Electric Bikes today launched in Ruritania, Zenco said.')).not.toContain('Electric Bikes (company)');
    expect(only('develops')(claimsOf('Qorva sells Zenco Bikes in Ruritania.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco Bikes did not unveil the ZenMission.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco Bikes plans to launch the ZenMission next year.'))).toEqual([]);
    expect(only('develops')(claimsOf('Qorva, a dealer, sells the ZenMission made by Zenco Bikes.'))).toEqual(['Zenco Bikes -develops-> ZenMission']);
  });
});
