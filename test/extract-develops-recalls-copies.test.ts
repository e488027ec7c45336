import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper rcl97, from real recall news (cars, toys, pet food) and copying suits (sneakers, apparel): a name that recalls a count of
// goods or "its" goods is a firm's; what a copier is said to copy is the accuser's, even across an abbreviating dot or "two of";
// copies of a thing are made, not the thing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('the owner of what a copier copies', () => {
  it('"Qorva Ltd. copied its Vexa": the dot after a legal form does not make the copier the owner', () => {
    expect(develops('Zenco Inc. is claiming that Qorva Ltd. copied its Vexa sneaker design.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc. says Qorva Corp. imitated its Vexa sneaker design.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('"ripped off two of its shoe models": a share of the things between the verb and "its"', () => {
    expect(develops('Zenco Inc alleged that Qorva Inc ripped off two of its most popular shoes, the Vexa 1 and the Vexa 2.')).not.toContain('Qorva Inc -develops-> Vexa 1');
    expect(develops('Zenco Inc alleged that Qorva Inc ripped off two of its most popular shoe models, the Vexa and Vexa 270.')).toEqual(['Zenco Inc -develops-> Vexa', 'Zenco Inc -develops-> Vexa 270']);
  });

  it('the copier is never the owner, even when no other firm is a subject', () => {
    expect(develops('Its latest dispute is with Zenco Inc, after the company alleged Qorva Inc ripped off two of its shoe models, the Vexa and Vexa 270.')).not.toContain('Qorva Inc -develops-> Vexa');
  });

  it('a firm\'s own things after other verbs stay its own', () => {
    expect(develops('Zenco Inc said Qorva Inc praised its Vexa handbag.')).not.toContain('Zenco Inc -develops-> Vexa');
    expect(develops('Qorva Inc launched its Vexa handbag.')).toEqual(['Qorva Inc -develops-> Vexa']);
  });
});

describe('copies of a thing', () => {
  it('making copies, knockoffs or copy-cat versions of a named thing makes no maker of it', () => {
    expect(develops('Zenco Inc filed suit accusing Qorva Inc of making cheap copies of the Zenco Vexa shoes.')).toEqual([]);
    expect(develops('Zenco Inc accused Qorva Inc of creating copy-cat versions of the Vexa and Lumo shoes.')).toEqual([]);
    expect(develops('Qorva Inc produced cheap knockoffs of the Vexa handbag.')).toEqual([]);
  });

  it('copies of a work sold are no copies made of another\'s thing', () => {
    expect(develops('Zenco Games has sold 5 million copies of Zeta Quest, its latest game.')).toEqual(['Zenco Games -develops-> Zeta Quest']);
  });

  it('a firm\'s own thing named before the copies stays its own', () => {
    expect(develops('Zenco Inc launched the Vexa bag and later made cheaper versions of the Vexa tote.')).toContain('Zenco Inc -develops-> Vexa');
  });
});

describe('a name that recalls goods is a firm', () => {
  it('"is recalling its …", "has recalled its …" type the name a firm, the maker of its goods', () => {
    expect(develops('Zenco is recalling its Zeta dog treats because of salmonella.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco has recalled its Zeta X2 strollers after two injuries.')).toEqual(['Zenco -develops-> Zeta X2']);
  });

  it('a count of goods recalled, or a recall issued, types it too', () => {
    expect(develops('Zenco recalls 300,000 Zeta cars over a brake fault.')).toEqual(['Zenco -develops-> Zeta']);
    expect(entitiesOf('Kappo issued a voluntary recall for 2,000 strollers.')).toContain('Kappo (company)');
  });

  it('a person who remembers, or a state that calls back an envoy, is no firm', () => {
    expect(develops('Gordon recalls its early Zeta treats fondly.')).toEqual([]);
    expect(entitiesOf('Gordon recalls its founding in a garage.')).not.toContain('Gordon (company)');
    expect(entitiesOf('Jones recalled 20 years of work at the plant.')).not.toContain('Jones (company)');
    expect(entitiesOf('Jones recalled 3 times that the plant was closed.')).not.toContain('Jones (company)');
    expect(entitiesOf('Ruritania recalled its ambassador to Zembla.')).not.toContain('Ruritania (company)');
  });

  it('a retailer recalling goods another firm made names that firm the maker', () => {
    expect(develops('Walmart is recalling 174,000 Zeta dolls made by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });
});
