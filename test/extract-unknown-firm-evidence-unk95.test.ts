import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Helper unk95, from real company news of firms the lexicon does not know: a firm named by a word the tagger reads as a first name
// or a common word ("Harmony", "Misty") got no type, and every claim on it was lost, though the text said it got an order, a
// contract or a regulator's approval, or set a "which makes" clause after it; a firm whose name glues a known place to a word with a
// hyphen ("Boston-Power" in real news) was read as the place alone. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(claimsOf(text));

describe('an order, a contract or an approval the name says it got', () => {
  it('makes the name a firm for the whole article', () => {
    expect(rivals('Harmony said on Tuesday it has received a firm order for 40 turbines. Harmony competes with Vestas.')).toEqual(['Harmony -competes_with-> Vestas']);
    expect(rivals('Misty has received a firm order for 12 trains. Misty competes with Alstom.')).toEqual(['Misty -competes_with-> Alstom']);
    expect(rivals('Harmony said it had received FDA approval for the Vela pump. Harmony competes with Medtronic.')).toEqual(['Harmony -competes_with-> Medtronic']);
    expect(rivals('Misty announced that it has won a contract worth $5 million. Misty competes with Vestas.')).toEqual(['Misty -competes_with-> Vestas']);
  });

  it('leaves a person, a body and a vague "it" alone', () => {
    expect(rivals('Smith said it has received a court order. Smith competes with Vestas.')).toEqual([]);
    expect(rivals('Harmony received an order for his arrest. Harmony competes with Vestas.')).toEqual([]);
    expect(rivals('Harmony said it would cut jobs. Harmony competes with Vestas.')).toEqual([]);
    expect(rivals('Harmony said it was a good year. Harmony competes with Vestas.')).toEqual([]);
    expect(rivals('Harmony said she has received a firm order for 40 turbines. Harmony competes with Vestas.')).toEqual([]);
    expect(rivals('Jane Gordon is the firm\'s spokeswoman. Gordon said it has received a firm order for 40 turbines. Gordon competes with Vestas.')).toEqual([]);
    expect(entitiesOf('"We are glad," said Gordon. Gordon said it has received a firm order for 40 turbines.')).not.toContain('Gordon (company)');
    expect(entitiesOf('Police said it had received a firm order for 40 turbines.')).not.toContain('Police (company)');
    expect(entitiesOf('Management said it has received a firm order for 40 turbines.')).not.toContain('Management (company)');
  });
});

describe('a "which makes" clause after the name', () => {
  it('makes the name a firm', () => {
    expect(develops('Misty, which makes the Vela pump, competes with Medtronic.')).toEqual(['Misty -develops-> Vela']);
    expect(rivals('Misty, which makes the Vela pump, competes with Medtronic.')).toEqual(['Misty -competes_with-> Medtronic']);
    expect(rivals('Harmony, which builds the Vela trains, said sales rose. Harmony competes with Alstom.')).toEqual(['Harmony -competes_with-> Alstom']);
  });

  it('not "who makes", "which makes it easy", nor a place that produces', () => {
    expect(rivals('Gordon, who makes the Vela pump, competes with Medtronic.')).toEqual([]);
    expect(develops('The Zapp, which makes it easy to share photos, was developed by Zenco.')).toEqual(['Zenco -develops-> Zapp']);
    expect(entitiesOf('Jutland, which produces most of the pork, exports to Zembla.')).not.toContain('Jutland (company)');
    expect(entitiesOf("Zenco's Misty, which makes the calls, competes with Qorva's Vela.")).not.toContain('Misty (company)');
  });
});

describe('a known place glued to a name by a hyphen', () => {
  it('is one name, a firm where one acts', () => {
    expect(develops('Boston-Vexa launched the Sonata battery.')).toEqual(['Boston-Vexa -develops-> Sonata']);
    expect(develops('Sonata was launched by Berlin-Qorva.')).toEqual(['Berlin-Qorva -develops-> Sonata']);
    expect(develops("Boston-Vexa's first product, a battery called Sonata, is sold to laptop makers.")).toEqual(['Boston-Vexa -develops-> Sonata']);
  });

  it('keeps the places of two states, a region and a describing word', () => {
    expect(entitiesOf('The Paris-Berlin route is run by Zenco.')).not.toContain('Paris-Berlin (company)');
    expect(entitiesOf('Asia-Pacific markets fell as Zenco launched the Vela pump.')).not.toContain('Asia-Pacific (company)');
    expect(entitiesOf('China-Made drones were banned by Ruritania.')).toContain('China (government)');
    expect(entitiesOf('EU-Wide rules were set by Zembla as Zenco launched the Vela pump.')).not.toContain('EU-Wide (company)');
    expect(entitiesOf('Berlin-Friendly Zenco launched the Vela pump.')).not.toContain('Berlin-Friendly (company)');
  });
});
