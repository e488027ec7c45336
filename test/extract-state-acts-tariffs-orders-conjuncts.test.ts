import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper sta92, from stop 91's eighty-fourth fresh sample (state and regulator acts on firms and states): tariffs on a trade value of a
// state's goods ("on $5 billion of Zembian goods"), tariffs a state announced it would impose, a trade agency's duty margins, a
// regulator's order to stop new business, a second ban verb joined by "and", and the state named inside "anti-Zembla". Near misses:
// threats, plans and conditions, measures taken back, other bodies' orders, other actors in between. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('tariffs on a trade value of a state\'s goods', () => {
  it('the value is skipped to the goods\' demonym', () => {
    expect(restricts('Canada levied a tariff on $5 billion of Mexican goods.')).toEqual(['Canada -restricts-> Mexico']);
    expect(restricts('The Canadian government imposed tariffs on $5 billion of Mexican goods.')).toEqual(['Canada -restricts-> Mexico']);
    expect(restricts('Canada imposed tariffs on another $60 billion of Mexican imports.')).toEqual(['Canada -restricts-> Mexico']);
    expect(restricts('Canada imposed tariffs on about $200 billion in Mexican products.')).toEqual(['Canada -restricts-> Mexico']);
    expect(restricts('Japan slapped duties on 5 billion dollars worth of Chinese steel.')).toEqual(['Japan -restricts-> China']);
  });

  it('no value, a threat, a plan or a measure taken back restricts no one', () => {
    expect(restricts('Canada threatened to impose tariffs on $5 billion of Mexican goods.')).toEqual([]);
    expect(restricts('Canada is considering tariffs on $5 billion of Mexican goods.')).toEqual([]);
    expect(restricts('Canada lifted its tariffs on $5 billion of Mexican goods.')).toEqual([]);
    expect(restricts('Canada exported $5 billion of Mexican goods.')).toEqual([]);
    expect(restricts('Canada imposed tariffs on 5 Mexican firms.')).toEqual([]);
    expect(restricts('Canada bought $5 billion of Mexican goods despite the tariffs.')).toEqual([]);
  });
});

describe('a measure named and then taken back', () => {
  it('"was lifted" after the measure\'s noun takes it back', () => {
    expect(restricts("Canada's tariff on Mexican goods was lifted.")).toEqual([]);
    expect(restricts("Canada's tariffs on Mexican goods were removed in May.")).toEqual([]);
    expect(banned("Canada's ban on Zenco Corp was lifted.")).toEqual([]);
    expect(banned("Canada's ban on Zenco Corp and Qorva Inc was later lifted.")).toEqual([]);
  });

  it('a taking back of something else in the sentence leaves the measure standing', () => {
    expect(banned("Canada's ban on phones made by Zenco Corp that were removed from shelves took effect.")).toEqual(['Canada -banned-> Zenco Corp']);
    expect(banned("Canada's ban on Zenco Corp came after its licence was revoked.")).toEqual(['Canada -banned-> Zenco Corp']);
    expect(restricts("Canada's tariff on Mexican goods, which the court upheld, was raised.")).toEqual(['Canada -restricts-> Mexico']);
    expect(restricts("Canada's tariffs on Mexican steel were removed from the exemption list.")).toEqual(['Canada -restricts-> Mexico']);
    expect(banned("Canada's ban on Zenco Corp was not lifted.")).toEqual(['Canada -banned-> Zenco Corp']);
    expect(banned("Canada's ban on Zenco Corp has been challenged.")).toEqual(['Canada -banned-> Zenco Corp']);
    expect(banned("Canada's ban on Zenco Corp phones was extended after a similar rule was scrapped in Mexico.")).toEqual(['Canada -banned-> Zenco Corp']);
  });
});

describe('tariffs a state announced it would impose', () => {
  it('an announced measure is decided', () => {
    expect(restricts('Mexico announced that it would be imposing retaliatory tariffs on Canadian goods.')).toEqual(['Mexico -restricts-> Canada']);
    expect(restricts('Mexico announced it would impose tariffs on Canadian exports.')).toEqual(['Mexico -restricts-> Canada']);
    expect(restricts('Mexico confirmed it would impose a 10% tariff on Canadian goods.')).toEqual(['Mexico -restricts-> Canada']);
  });

  it('said, weighed, conditioned or only a firm\'s: still no act', () => {
    expect(restricts('Mexico said it would impose tariffs on Canadian goods.')).toEqual([]);
    expect(restricts('Mexico announced it would consider tariffs on Canadian goods.')).toEqual([]);
    expect(restricts('Mexico announced it would impose tariffs on Canadian goods if talks fail.')).toEqual([]);
    expect(restricts('Mexico announced that it would not impose tariffs on Canadian goods.')).toEqual([]);
    expect(restricts('Mexico announced it would study tariffs on Canadian goods.')).toEqual([]);
  });
});

describe('a trade agency\'s duty margins', () => {
  it('margins against a state\'s goods restrict it', () => {
    expect(restricts('The US Commerce Department has issued preliminary antidumping-duty margins against imports of wheels from China.')).toEqual(['Commerce Department -restricts-> China']);
    expect(restricts('The Commerce Department set countervailing duty margins on imports of steel wheels from China.')).toEqual(['Commerce Department -restricts-> China']);
  });

  it('a firm\'s margins, or margins only spoken of, restrict no one', () => {
    expect(restricts('Zenco Corp said its margins on imports from China fell.')).toEqual([]);
    expect(restricts('The US Commerce Department reported profit margins of importers of wheels from China.')).toEqual([]);
  });
});

describe('a regulator\'s order to stop new business', () => {
  it('restricts the firm told', () => {
    expect(restricts("India's insurance regulator directed Zenco Life Co. Ltd not to procure new business.")).toEqual(["India's insurance regulator -restricts-> Zenco Life Co. Ltd"]);
    expect(restricts('The regulator IRDAI directs Zenco Life Co. Ltd, not to procure new business.')).toEqual(['IRDAI -restricts-> Zenco Life Co. Ltd']);
    expect(restricts("India's insurance regulator ordered Zenco Life Co. Ltd to refrain from writing new policies.")).toEqual(["India's insurance regulator -restricts-> Zenco Life Co. Ltd"]);
  });

  it('a firm\'s own order, a negated or a possible one restricts no one', () => {
    expect(restricts('Qorva Inc directs Zenco Life Co. Ltd not to procure new business.')).toEqual([]);
    expect(restricts('Zenco Life Co. Ltd directed its agents not to procure new business.')).toEqual([]);
    expect(restricts("India's insurance regulator did not direct Zenco Life Co. Ltd not to procure new business.")).toEqual([]);
    expect(restricts("India's insurance regulator may direct Zenco Life Co. Ltd not to procure new business.")).toEqual([]);
    expect(restricts("India's insurance regulator directed Zenco Life Co. Ltd to procure new business.")).toEqual([]);
    expect(restricts('Vexa Films directs Zenco Life Co. Ltd, a new business drama.')).toEqual([]);
  });
});

describe('a second ban verb joined by "and"', () => {
  it('shares the first verb\'s actor', () => {
    expect(banned('China adopted a policy to ban Zenco Corp products in banks and ban Qorva Inc from procurement.')).toEqual(['China -banned-> Qorva Inc', 'China -banned-> Zenco Corp']);
    expect(banned('China banned Zenco Corp products in banks and banned Qorva Inc from procurement.')).toEqual(['China -banned-> Qorva Inc', 'China -banned-> Zenco Corp']);
  });

  it('a name in the first ban\'s object is no actor, and a new subject keeps its own act', () => {
    expect(banned('China banned Zenco Corp products and banned Qorva Inc.')).not.toContain('Zenco Corp -banned-> Qorva Inc');
    expect(banned('China banned Zenco Corp and Canada banned Qorva Inc.')).toEqual(['Canada -banned-> Qorva Inc', 'China -banned-> Zenco Corp']);
    expect(banned('China banned Zenco Corp products and Qorva Inc criticised the ban.')).toEqual(['China -banned-> Zenco Corp']);
    expect(banned('China banned Zenco Corp phones in banks, and Zenco Corp then banned Qorva Inc.')).not.toContain('China -banned-> Qorva Inc');
    expect(banned('China sued Zenco Corp and banned Qorva Inc.')).toEqual(['China -banned-> Qorva Inc']);
    expect(banned('China banned Zenco Corp after its rival Qorva Inc sued and blocked Vexa Ltd.')).not.toContain('China -banned-> Vexa Ltd');
    expect(banned('China plans to ban Zenco Corp products and ban Qorva Inc from procurement.')).toEqual([]);
    expect(banned('The ban on Zenco Corp and ban Qorva Inc campaign grew.')).toEqual([]);
  });
});

describe('a state named inside "anti-"', () => {
  it('is what the campaign is against, no actor', () => {
    expect(banned('The anti-China IT campaign extends to bans on Zenco Corp.')).toEqual([]);
    expect(banned("Japan's anti-China campaign extends to bans on Zenco Corp.")).not.toContain('China -banned-> Zenco Corp');
    expect(banned('A pro-Japan group welcomed bans on Zenco Corp.')).toEqual([]);
  });

  it('the state itself still acts', () => {
    expect(banned('China extended its bans on Zenco Corp.')).toEqual(['China -banned-> Zenco Corp']);
  });
});

describe('a state\'s order to wean buyers off named suppliers', () => {
  it('bans each supplier named', () => {
    expect(banned("The Chinese government's edict that state firms must wean themselves off foreign providers, specifically Zenco Corp, Qorva Inc and Vexa Ltd.")).toEqual([
      'China -banned-> Qorva Inc',
      'China -banned-> Vexa Ltd',
      'China -banned-> Zenco Corp',
    ]);
    expect(banned('China ordered state firms to wean themselves off foreign providers such as Zenco Corp and Qorva Inc.')).toEqual(['China -banned-> Qorva Inc', 'China -banned-> Zenco Corp']);
  });

  it('a firm\'s order, a wish, a plan, a program for users, a negation or an owner before the name bans no one', () => {
    expect(banned("Zenco Corp's order that its partners wean themselves off foreign suppliers, such as Qorva Inc, surprised analysts.")).toEqual([]);
    expect(banned('China urged state firms to wean themselves off foreign providers such as Zenco Corp.')).toEqual([]);
    expect(banned("China's plan that state firms must wean themselves off foreign providers such as Zenco Corp was shelved.")).toEqual([]);
    expect(banned("Vexa Ltd launched a program to wean users off foreign apps such as Zenco Corp's Zapp.")).toEqual([]);
    expect(banned('China ordered state firms to wean themselves off foreign providers, and Zenco Corp welcomed the move.')).toEqual([]);
    expect(banned('China has not ordered state firms to wean themselves off foreign providers such as Zenco Corp.')).toEqual([]);
    expect(banned('China may order state firms to wean themselves off foreign providers such as Zenco Corp.')).toEqual([]);
    expect(banned("China ordered state firms to wean themselves off foreign providers like Zenco Corp's distributor Qorva Inc.")).not.toContain('China -banned-> Zenco Corp');
  });
});
