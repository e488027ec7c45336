import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper pln93, from stop 93's eighty-eighth fresh sample (set 88): a council refusing a builder planning permission, a body's
// decision to halt the use of vaccines told as a noun, and a state banning the registration or use of another state's goods.
// A permission a public body denies a firm bans the firm (the catalogue's "permission or a licence denied"); a decision to halt a
// thing's use is the body's ban of it; registration is the leave to sell, so its ban on a state's goods bans that state (README
// "Since stop 92"). Grants, hedges, urged refusals, refusals overturned, firms' own decisions and proposals give nothing. Sentences
// written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a public body refusing a builder planning permission', () => {
  it('"refused planning permission to X", "refused X planning permission" and the passive ban the builder', () => {
    expect(banned('Zembla County Council has refused planning permission to Zenco Ireland for a new data centre.')).toEqual(['Zembla County Council -banned-> Zenco Ireland']);
    expect(banned('Zembla County Council has refused Zenco Ireland planning permission for a new data centre.')).toEqual(['Zembla County Council -banned-> Zenco Ireland']);
    expect(banned('Zembla County Council denied Qorva Ltd permission to build a warehouse on the site.')).toEqual(['Zembla County Council -banned-> Qorva Ltd']);
    expect(banned("Zembla County Council refused Qorva Inc.'s planning application for a warehouse.")).toEqual(['Zembla County Council -banned-> Qorva Inc']);
    expect(banned('Zenco Ireland was refused planning permission by Zembla County Council last week.')).toEqual(['Zembla County Council -banned-> Zenco Ireland']);
    expect(banned('Zembla County Council refused planning permission to Zenco Ireland and Qorva Ltd for two data centres.')).toEqual([
      'Zembla County Council -banned-> Qorva Ltd',
      'Zembla County Council -banned-> Zenco Ireland',
    ]);
  });

  it('a grant, a hedge, an urged refusal, one overturned, a partner after the name or a firm refusing give no ban', () => {
    expect(banned('Zembla County Council has granted planning permission to Zenco Ireland for a new data centre.')).toEqual([]);
    expect(banned('Zembla County Council may refuse planning permission to Zenco Ireland for a new data centre.')).toEqual([]);
    expect(banned('Residents urged Zembla County Council to refuse planning permission to Zenco Ireland.')).toEqual([]);
    expect(banned('Zembla County Council is expected to refuse planning permission to Zenco Ireland.')).toEqual([]);
    expect(banned('Zembla County Council refused planning permission to Zenco Ireland, but the decision was overturned on appeal.')).toEqual([]);
    expect(banned('Zembla County Council refused planning permission to Zenco Ireland\'s partner Qorva Ltd for the site.')).toEqual([]);
    expect(banned('Zembla County Council has not refused planning permission to Zenco Ireland.')).toEqual([]);
    expect(banned('Qorva Ltd refused planning permission to Zenco Ireland.')).toEqual([]);
    expect(banned('Zembla County Council refused planning permission to the data centre developed by Zenco Ireland.')).toEqual([]);
    expect(banned('Zenco Ireland withdrew its application after Zembla County Council signalled it would refuse planning permission.')).toEqual([]);
  });
});

describe("a body's decision to halt the use of things, told as a noun", () => {
  it('"the decision to halt the use of A and B …, the Authority said" bans each for the speaking body', () => {
    expect(banned('The decision to halt the use of Zeta and Vela, made by Qorva, was precautionary, the Health Sciences Authority said.')).toEqual([
      'Health Sciences Authority -banned-> Vela',
      'Health Sciences Authority -banned-> Zeta',
    ]);
    expect(banned('The Health Sciences Authority said the decision to suspend the use of Zeta and Vela, made by Qorva, was a precaution.')).toEqual([
      'Health Sciences Authority -banned-> Vela',
      'Health Sciences Authority -banned-> Zeta',
    ]);
  });

  it("a firm's own decision, a hedge, a decision reversed, a recommendation or use resumed give no ban", () => {
    expect(banned('Qorva Ltd said the decision to halt the use of Zeta, made by Qorva, was precautionary.')).toEqual([]);
    expect(banned('The decision to halt the use of Zeta, made by Qorva, was reversed, the Health Sciences Authority said.')).toEqual([]);
    expect(banned('Any decision to halt the use of Zeta, made by Qorva, would be taken later, the Health Sciences Authority said.')).toEqual([]);
    expect(banned('The Health Sciences Authority recommended a halt to the use of Zeta, made by Qorva.')).toEqual([]);
    expect(banned('The Health Sciences Authority criticised Qorva Ltd\'s decision to halt the use of Zeta.')).toEqual([]);
    expect(banned('Singapore resumed the use of Zeta and Vela, made by Qorva.')).toEqual([]);
    expect(banned('The Health Sciences Authority said a decision to halt the use of Zeta, made by Qorva, was not needed.')).toEqual([]);
    expect(banned('Qorva Ltd, the maker, said the decision to halt the use of Zeta was precautionary.')).toEqual([]);
  });
});

describe("a state banning the registration or use of another state's goods", () => {
  it('bans the state the goods are made in', () => {
    expect(banned('Ukraine has banned registration of vaccines developed and manufactured in Russia.')).toEqual(['Ukraine -banned-> Russia']);
    expect(banned("Ukraine's prime minister signed a decree banning the registration of Russian-made vaccines.")).toEqual(['Ukraine -banned-> Russia']);
    expect(banned('Ukraine has banned the use of a Russian-developed vaccine.')).toEqual(['Ukraine -banned-> Russia']);
  });

  it('an approval, praise, a ban on its own goods, a proposal, a plan or a negation give no ban of the state', () => {
    expect(banned('Ukraine has approved the registration of Russian-made vaccines.')).toEqual([]);
    expect(banned('Ukraine praised Russian-made vaccines.')).toEqual([]);
    expect(banned('Russia has banned the registration of Russian-made vaccines.')).toEqual([]);
    expect(banned('Ukraine has proposed a ban on the registration of Russian-made vaccines.')).toEqual([]);
    expect(banned('Ukraine plans to ban the registration of Russian-made vaccines.')).toEqual([]);
    expect(banned('Ukraine has not banned the use of Russian-developed vaccines.')).toEqual([]);
    expect(banned('Ukraine lifted the ban on the registration of Russian-made vaccines.')).toEqual([]);
    expect(banned('Ukraine has banned the registration of Zeta, made by Qorva.')).toEqual(['Ukraine -banned-> Zeta']);
  });
});
