import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper tar89, from fresh samples on steel, solar and electric-car trade cases: a state's tariffs, duties, levies, surtaxes and
// quotas restrict the firm they fall on, or the state whose goods they fall on (named by its name, its possessive or its demonym);
// a rate may stand between the measure and its target, and a range of rates may name one target each. Measures only proposed,
// threatened, lifted, suspended or removed, exemptions, and a firm's own "tariffs" or "duties" restrict no one. Sentences written
// for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const claims = (text: string): string[] => scoredClaimsOf(text).sort();

describe('tariffs and duties on a firm', () => {
  it('a state\'s duties on named firms restrict each, past the rate', () => {
    expect(restricts('The EU imposed anti-dumping duties of up to 35% on Zenco Inc and Qorva Ltd.')).toEqual([
      'European Union -restricts-> Qorva Ltd',
      'European Union -restricts-> Zenco Inc',
    ]);
    expect(restricts('Japan slapped tariffs of 25 percent on Zenco Inc.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts("The European Commission's countervailing duties on Qorva Ltd took effect on Friday.")).toEqual(['European Commission -restricts-> Qorva Ltd']);
    expect(restricts('France levied a 10% surtax on Vexa Corp.')).toEqual(['France -restricts-> Vexa Corp']);
  });

  it('a rate told "ad valorem", and rates listed with one target each', () => {
    expect(restricts('The European Commission set duties of up to 79.3% ad valorem on Zenco Inc.')).toEqual(['European Commission -restricts-> Zenco Inc']);
    expect(restricts('The European Commission set individual duties of 17.0% on Zenco Inc, 18.8% on Qorva Ltd and 35.3% on Vexa Corp.')).toEqual([
      'European Commission -restricts-> Qorva Ltd',
      'European Commission -restricts-> Vexa Corp',
      'European Commission -restricts-> Zenco Inc',
    ]);
  });

  it('a range of rates names one target at each end', () => {
    expect(restricts('The European Commission set duties ranging from 17% for Zenco Inc to 35% for Qorva Ltd.')).toEqual([
      'European Commission -restricts-> Qorva Ltd',
      'European Commission -restricts-> Zenco Inc',
    ]);
    expect(restricts('The European Commission set duties of 17% for Zenco Inc and 35% for Qorva Ltd.')).toEqual([
      'European Commission -restricts-> Qorva Ltd',
      'European Commission -restricts-> Zenco Inc',
    ]);
  });

  it('tariffs on a firm\'s goods restrict the firm', () => {
    expect(restricts("Japan imposed tariffs on Zenco Inc's solar panels.")).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('a firm facing a rated duty in a state is restricted by that state', () => {
    expect(restricts('Zenco Inc faces a 25% duty in the US.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc faces a 25% tariff in the US.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc will face a duty of 34.3% in China.')).toEqual(['China -restricts-> Zenco Inc']);
    expect(restricts('China will impose anti-dumping taxes of up to 34.9% on Zenco Inc.')).toEqual(['China -restricts-> Zenco Inc']);
    expect(restricts('China will impose anti-dumping duties of 7.8 percent on Zenco Inc and 19.9 percent on Qorva Ltd.')).toEqual([
      'China -restricts-> Qorva Ltd',
      'China -restricts-> Zenco Inc',
    ]);
  });

  it('a bare "duty" without a rate is a task, not a levy', () => {
    expect(restricts("France said it had a duty to protect Zenco Inc's customers.")).toEqual([]);
    expect(restricts('The French law imposes a duty on Zenco Inc to report breaches.')).toEqual([]);
  });

  it('a firm\'s own tariffs, duties paid, duties as tasks and tariff-free goods restrict no one', () => {
    expect(restricts('Zenco Inc raised its mobile tariffs.')).toEqual([]);
    expect(restricts('Zenco Inc cut tariffs on its mobile plans.')).toEqual([]);
    expect(restricts('Zenco Inc paid duties to France on its imports.')).toEqual([]);
    expect(restricts("Zenco Inc's duties include supplying Qorva Ltd.")).toEqual([]);
    expect(restricts('Zenco Inc sells tariff-free cars in France.')).toEqual([]);
    expect(restricts('Zenco Inc said the tariffs on Qorva Ltd were unfair.')).toEqual([]);
  });
});

describe('tariffs, levies and quotas on a state\'s goods', () => {
  it('the state named by its possessive, its demonym or "from" is restricted', () => {
    expect(restricts("France slapped tariffs on Germany's steel.")).toEqual(['France -restricts-> Germany']);
    expect(restricts('France imposed tariffs on German steel.')).toEqual(['France -restricts-> Germany']);
    expect(restricts('Canada imposed a 100% surtax on imports of Chinese-made cars.')).toEqual(['Canada -restricts-> China']);
    expect(restricts('Japan imposed tariffs of 25% on steel from India.')).toEqual(['Japan -restricts-> India']);
    expect(restricts("The US raised levies on Germany's cars.")).toEqual(['United States -restricts-> Germany']);
    expect(restricts("France imposed quotas on Germany's steel.")).toEqual(['France -restricts-> Germany']);
    expect(restricts('The US slapped new tariffs on an array of Chinese imports.')).toEqual(['United States -restricts-> China']);
  });

  it('the state of the goods is the target, not a name further on', () => {
    expect(restricts('US tariffs on Chinese goods have pushed Zenco Inc to move production to Vietnam.')).toEqual(['United States -restricts-> China']);
    expect(restricts('France retaliated against US tariffs on French wine.')).toEqual(['United States -restricts-> France']);
  });

  it('a demonym of people, and states named as exceptions, are not restricted', () => {
    expect(restricts('France imposed tariffs on Chinese students.')).toEqual([]);
    expect(restricts('France imposed tariffs on steel from all nations except Canada and Mexico.')).toEqual([]);
    expect(restricts('France imposed tariffs on steel from all nations other than Canada.')).toEqual([]);
    expect(restricts('France imposed sanctions on firms from all nations except Canada.')).toEqual([]);
  });
});

describe('measures not in force', () => {
  it('proposed, threatened, weighed or planned tariffs are no fact', () => {
    expect(restricts("France proposed tariffs on Germany's steel.")).toEqual([]);
    expect(restricts('France threatened tariffs on Zenco Inc.')).toEqual([]);
    expect(restricts('France is weighing tariffs on Zenco Inc.')).toEqual([]);
    expect(restricts('France plans to impose duties on Zenco Inc.')).toEqual([]);
    expect(restricts('France has threatened to impose tariffs of 25% on Zenco Inc.')).toEqual([]);
    expect(restricts('France did not impose tariffs on Zenco Inc.')).toEqual([]);
  });

  it('lifted, scrapped, removed or suspended tariffs restrict no one, and ban no one either', () => {
    expect(claims("France lifted tariffs on Germany's steel.")).toEqual([]);
    expect(claims('France scrapped tariffs on Zenco Inc.')).toEqual([]);
    expect(claims('France removed tariffs on Zenco Inc.')).toEqual([]);
    expect(claims('France suspended tariffs on Zenco Inc.')).toEqual([]);
    expect(claims("France suspended its tariffs on Germany's steel.")).toEqual([]);
    expect(claims('France removed the anti-dumping duties on Zenco Inc.')).toEqual([]);
  });

  it('exemptions restrict no one', () => {
    expect(restricts('France exempted Zenco Inc from tariffs.')).toEqual([]);
    expect(restricts('Zenco Inc is exempt from tariffs imposed by France.')).toEqual([]);
  });
});

describe('duties whose targets follow in the next sentence', () => {
  it('"imposed duties on three carmakers. They are A, B and C" restricts each', () => {
    expect(restricts('The EU imposed duties on three carmakers on Friday. They are Zenco Inc, Qorva Ltd and Vexa Corp.')).toEqual([
      'European Union -restricts-> Qorva Ltd',
      'European Union -restricts-> Vexa Corp',
      'European Union -restricts-> Zenco Inc',
    ]);
    expect(restricts('The EU imposed duties on three carmakers on Friday. The companies affected include Zenco Inc and Qorva Ltd.')).toEqual([
      'European Union -restricts-> Qorva Ltd',
      'European Union -restricts-> Zenco Inc',
    ]);
  });

  it('duties proposed or lifted, a firm\'s own tariffs, and "They are" before no name give no edge', () => {
    expect(restricts('The EU proposed duties on three carmakers on Friday. They are Zenco Inc, Qorva Ltd and Vexa Corp.')).toEqual([]);
    expect(restricts('The EU lifted duties on three carmakers on Friday. They are Zenco Inc, Qorva Ltd and Vexa Corp.')).toEqual([]);
    expect(restricts('Zenco Inc raised tariffs for three plans on Friday. They are Zeta, Qube and Vell.')).toEqual([]);
    expect(restricts('The Treasury sanctioned six firms on Tuesday. They are accused of helping Qorva Ltd.')).toEqual([]);
  });
});

describe('sanctions whose targets follow in the next sentence', () => {
  it('"They are A, B and C", "The firms identified include A and B" after a sanctioning act', () => {
    expect(restricts('The Treasury sanctioned six firms on Tuesday. They are Zenco Inc, Qorva Ltd and Vexa Corp.')).toEqual([
      'Treasury -restricts-> Qorva Ltd',
      'Treasury -restricts-> Vexa Corp',
      'Treasury -restricts-> Zenco Inc',
    ]);
    expect(restricts('The Treasury sanctioned six firms on Tuesday. The firms identified include Zenco Inc and Qorva Ltd.')).toEqual([
      'Treasury -restricts-> Qorva Ltd',
      'Treasury -restricts-> Zenco Inc',
    ]);
  });
});
