import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cw87: rivalry where one side is a firm's product. Competition is between peers (companies with companies, products and
// models with each other; the real-dev gold has no firm-versus-product pair), so a firm set against another's product by
// "competes with" rivals its maker, as "a rival to Qorva's Plix" already reads; and "a Plix rival from Zenco" names the maker after
// "from", not a rival. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a firm that competes with another firm\'s product rivals its maker', () => {
  it('"competes with", "competed with", "competing with" Qorva\'s Plix', () => {
    expect(rivals("Zenco Inc, which competes with Qorva's Plix app, said sales rose.")).toEqual(['Zenco Inc -competes_with-> Qorva']);
    expect(rivals("Zenco Inc competes directly with Qorva's Plix chatbot.")).toEqual(['Zenco Inc -competes_with-> Qorva']);
    expect(rivals("Zenco Inc has long competed with Qorva's Plix service in Japan.")).toEqual(['Zenco Inc -competes_with-> Qorva']);
    expect(rivals("Zenco Inc, competing with Qorva's Plix, cut its prices.")).toEqual(['Zenco Inc -competes_with-> Qorva']);
  });

  it('agrees with the rival noun\'s reading', () => {
    expect(rivals("Vexa Corp, a rival to Qorva's Plix, raised new funds.")).toEqual(['Vexa Corp -competes_with-> Qorva']);
  });

  it('no rivalry when negated, only possible, planned, with a person, or "works with"', () => {
    expect(rivals("Zenco Inc does not compete with Qorva's Plix, its chief said.")).toEqual([]);
    expect(rivals("Zenco Inc may compete with Qorva's Plix next year.")).toEqual([]);
    expect(rivals("Zenco Inc plans to compete with Qorva's Plix.")).toEqual([]);
    expect(rivals("Zenco Inc competes with Qorva's founder for talent.")).toEqual([]);
    expect(rivals("Zenco Inc works with Qorva's Plix team.")).toEqual([]);
  });

  it('other verbs, or an owner not right after "with", keep no firm pair', () => {
    expect(rivals("Zenco Inc kept pace with Qorva's Plix app.")).toEqual([]);
    expect(rivals("Zenco Inc competes for the contract to supply Qorva's Plix.")).toEqual([]);
  });
});

describe('products as rivals, each member of the list', () => {
  it('"Zenco\'s Zeta competes with Qorva\'s Plix and Vexa\'s Orba"', () => {
    expect(rivals("Zenco Inc's Zeta app competes with Qorva's Plix app and Vexa's Orba app.")).toEqual([
      'Zeta -competes_with-> Orba',
      'Zeta -competes_with-> Plix',
    ]);
    expect(rivals("The Zeta phone from Zenco Inc competes with Qorva's Plix phone, Vexa's Orba phone and Kappa's Lumo phone.")).toEqual([
      'Zeta -competes_with-> Lumo',
      'Zeta -competes_with-> Orba',
      'Zeta -competes_with-> Plix',
    ]);
  });

  it('"Zenco\'s answer to Qorva\'s Plix" sets the products against each other', () => {
    expect(rivals("Zenco Inc's Zeta chatbot, Zenco Inc's answer to Qorva's Plix chatbot, went on sale.")).toEqual(['Zeta -competes_with-> Plix']);
    expect(rivals("Zenco Inc released the Zeta chatbot, its answer to Qorva's Plix.")).toEqual(['Zeta -competes_with-> Plix']);
  });
});

describe('"a Plix rival from Zenco": the maker after "from" is no rival', () => {
  it('the product in apposition rivals Plix', () => {
    expect(rivals('Zeta, a Plix rival from Zenco Inc, went on sale.')).toEqual(['Zeta -competes_with-> Plix']);
    expect(rivals('Zeta, a cheaper Plix alternative from Zenco Inc, went on sale.')).toEqual(['Zeta -competes_with-> Plix']);
    expect(rivals('The Zeta app, a Plix challenger from Zenco Inc, launched in India.')).toEqual(['Zeta -competes_with-> Plix']);
  });

  it('"competition from", "a rival from" a place keep their readings', () => {
    expect(rivals('Zenco Inc faces competition from Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc has a rival from Japan.')).toEqual([]);
  });
});
