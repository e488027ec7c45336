import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lp87, from a fresh sample of real news: a possessive's list whose members each carry their own kind ("its Zeta phones,
// Plix tablets and Orba watches") gave the owner only its first member. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('later members of a possessed list of names with their kinds', () => {
  it('"its A platform, B suite and C hardware" after "including" gives each member', () => {
    expect(develops('Zenco Inc expanded its reach last year, including its Qorva platform, Lumo suite and Vex hardware.')).toEqual([
      'Zenco Inc -develops-> Lumo',
      'Zenco Inc -develops-> Qorva',
      'Zenco Inc -develops-> Vex',
    ]);
  });

  it('"its A phones, B tablets and C watches" gives each member', () => {
    expect(develops('Zenco Inc sells its Zeta phones, Plix tablets and Orba watches in 40 countries.')).toEqual([
      'Zenco Inc -develops-> Orba',
      'Zenco Inc -develops-> Plix',
      'Zenco Inc -develops-> Zeta',
    ]);
  });

  it('two-word kinds and "Zenco\'s" as the owner', () => {
    expect(develops("Zenco Inc's revenue comes from Zenco's Zeta search engine, Plix browser and Orba cloud service.")).toEqual(expect.arrayContaining([
      'Zenco -develops-> Orba',
      'Zenco -develops-> Plix',
    ]));
  });

  it('a member with a describing word of its own, and "or"', () => {
    expect(develops('Zenco Inc said shoppers may pick its Zeta laptops or new Plix tablets.')).toEqual(expect.arrayContaining(['Zenco Inc -develops-> Plix']));
  });
});

describe('lists that are no owner\'s things', () => {
  it('a list of places, rivals, customers or investors gives nothing', () => {
    expect(develops('Zenco Inc said its Ruritania plant, Zembla office and Lumo campus would close.')).toEqual([]);
    expect(develops('Zenco Inc said its rivals Qorva Labs and Vexa Corp had cut prices.')).toEqual([]);
    expect(develops('Zenco Inc said its customers Qorva Labs and Vexa Corp buy its chips.')).toEqual([]);
    expect(develops('Zenco Inc said its investors, including Qorva Capital, Lumo Ventures and Vexa Partners, backed the deal.')).toEqual([]);
  });

  it('a later member that is another owner\'s, or a clause after the list, is not the owner\'s', () => {
    expect(develops("Zenco Inc said Zenco's Zeta app and Qorva Labs's Plix app had merged.")).not.toContain('Zenco Inc -develops-> Plix');
    expect(develops('Zenco Inc said its Zeta phones grew and Plix tablets from Qorva Labs fell.')).not.toContain('Zenco Inc -develops-> Plix');
  });

  it('a person\'s possessive gives no firm a thing', () => {
    expect(develops("Ana Lee's Zeta phones, Plix tablets and Orba watches were stolen.")).toEqual([]);
  });
});
