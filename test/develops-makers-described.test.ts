import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper mk84, from a fresh sample of news on makers: the maker named in an apposition whose noun is followed by the thing
// made and its kind ("Qorva, the creator of the Zeta-2 chatbot, …"), a chain of owner and maker ("Vexa, parent company of
// Zeta maker Zenco"), and ownership said with a noun ("Zenco's ownership of Zapp", "Zenco properties like Zapp and Qwik").
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a maker in apposition, the kind of its product after the preposition', () => {
  it('"X, the creator of the Zeta-2 chatbot," types X a firm that makes the thing', () => {
    expect(develops('Qorva, the creator of the Zeta-2 chatbot, raised new funding on Tuesday.')).toEqual(['Qorva -develops-> Zeta-2']);
    expect(develops('Zenco, the developer of the Vela app, said on Monday that sales rose.')).toEqual(['Zenco -develops-> Vela']);
    expect(develops('Qorva, the maker of the Zeta headset, cut 200 jobs.')).toEqual(['Qorva -develops-> Zeta']);
  });

  it('"X, the team behind the Zeta app," and its kin', () => {
    expect(develops('Zenco, the team behind the Zeta app, said on Monday it would expand to Ruritania.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco, the group behind the Zeta app, said it would expand.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva, the brains behind the Vela chatbot, said it would hire 50 engineers.')).toEqual(['Qorva -develops-> Vela']);
  });

  it('what a firm is behind that is no product: a ban, a campaign, a lawsuit', () => {
    expect(develops('Zenco, the force behind the Ruritania ban on the Zeta app, said it would expand.')).toEqual([]);
    expect(develops('Zenco, the brains behind the campaign against the Zeta app, said it would expand.')).toEqual([]);
    expect(develops('Zenco, the group behind the lawsuit against Qorva, said it would expand.')).toEqual([]);
  });

  it('a person so described makes nothing', () => {
    expect(develops('Ann Lee, the creator of the Zeta app, said on Monday it would expand.')).toEqual([]);
    expect(develops('Ann Lee, the woman behind the Zeta app, said it would expand.')).toEqual([]);
  });

  it('investors, customers, users, resellers and rivals make nothing', () => {
    expect(develops('Zenco, an investor in the Zeta app, said it would expand.')).toEqual([]);
    expect(develops('Zenco, which uses the Zeta app, said it would expand.')).toEqual([]);
    expect(develops('Zenco, a reseller of the Zeta headset, said it would expand.')).toEqual([]);
    expect(develops('Zenco, a backer of the firm behind Zeta, said it would expand.')).toEqual([]);
    expect(develops('Zenco, a rival of Zeta maker Qorva, said it would expand.')).toEqual(['Qorva -develops-> Zeta']);
  });
});

describe('the owner of a maker is not the maker', () => {
  it('"Vexa, the parent company of Zeta maker Zenco," makes Zenco the maker, not Vexa', () => {
    expect(develops('Vexa, the parent company of Zeta maker Zenco, said it would expand.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Vexa, the owner of Zeta's maker Zenco, said it would expand.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Vexa Inc, the parent of Vela developer Qorva, said it would expand.')).toEqual(['Qorva -develops-> Vela']);
  });

  it('"Zenco owns Qorva Inc, the maker of Zapp" makes Qorva the maker', () => {
    expect(develops('Zenco owns Qorva Inc, the maker of the Zapp app.')).toEqual(['Qorva Inc -develops-> Zapp']);
    expect(develops('Vexa Group acquired Qorva Ltd, the developer of the Zeta app, in 2021.')).toEqual(['Qorva Ltd -develops-> Zeta']);
  });

  it('the owner of a thing it makes still makes it', () => {
    expect(develops('Vexa, the parent company of the Zeta app, said it would expand.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('Zenco Inc owns the Zapp app.')).toEqual(['Zenco Inc -develops-> Zapp']);
  });
});

describe('ownership said with a noun', () => {
  it('"Zenco\'s ownership of Zapp"', () => {
    expect(develops("Zenco Ltd's ownership of the Zapp app has drawn scrutiny from regulators.")).toEqual(['Zenco Ltd -develops-> Zapp']);
    expect(develops('Regulators questioned the ownership of the Zapp app by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops("Lawmakers worry about Qorva Inc's ownership of the Vela chatbot.")).toEqual(['Qorva Inc -develops-> Vela']);
  });

  it('"Zenco digital properties like Zapp and Qwik"', () => {
    expect(develops('The outage hit Zenco Inc digital properties such as the Zapp app and the Qwik app.')).toEqual(['Zenco Inc -develops-> Qwik', 'Zenco Inc -develops-> Zapp']);
    expect(develops("Qorva Inc's online properties, including the Zapp app and the Qwik app, were hit by the outage.")).toEqual(['Qorva Inc -develops-> Qwik', 'Qorva Inc -develops-> Zapp']);
    expect(develops("Zenco Inc's media properties include Zapp and Qwik.")).toEqual(['Zenco Inc -develops-> Qwik', 'Zenco Inc -develops-> Zapp']);
  });

  it('bare "properties" may be land and buildings', () => {
    expect(develops("Zenco Inc's properties, including Vela Tower and Orb Plaza, were sold to Qorva.")).toEqual([]);
    expect(develops('Zenco Inc properties such as the Vela Tower and the Orb Hotel were sold.')).toEqual([]);
  });

  it('ownership of a firm, plans and sales are no making', () => {
    expect(develops("Zenco Inc's ownership of Qorva Ltd has drawn scrutiny.")).toEqual([]);
    expect(develops('Zenco Inc owns Qorva Ltd.')).toEqual([]);
    expect(develops('Zenco, which plans to buy the Zapp app, said it would expand.')).toEqual([]);
    expect(develops('Zenco, which sold the Zeta app in 2019, said it would expand.')).toEqual([]);
    expect(develops("Zenco Inc's ownership of the Zapp app ended in 2019 when it sold the app.")).toEqual([]);
    expect(develops("Zenco Inc's former ownership of the Zapp app drew scrutiny.")).toEqual([]);
    expect(develops("Zenco Inc's planned ownership of the Zapp app drew scrutiny.")).toEqual([]);
  });
});
