import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper stb96 (stop 96): a state's goods named by its demonym in the plural or as food ("an import ban on Norwegian wines"), a ban
// begun or kept up ("began banning wine imports from Norway") and an outlawed import read as the bans they are; a firm or a shop
// the goods word only describes, a ban lifted, weighed or proposed, and a firm's own halt give nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe("a state's ban on another state's goods in the plural or as food", () => {
  it('plural goods and food after the demonym', () => {
    expect(banned('Russia has imposed an import ban on Norwegian wines.')).toEqual(['Russia -banned-> Norway']);
    expect(banned('Russia imposed a ban on Chilean foods.')).toEqual(['Russia -banned-> Chile']);
    expect(banned('China banned imports of Norwegian cheeses.')).toEqual(['China -banned-> Norway']);
  });

  it('a firm, a shop or a service the goods word only describes is no goods', () => {
    expect(banned('Russia imposed a ban on Chilean food chain Zenco.').filter((c) => c.endsWith('Chile'))).toEqual([]);
    expect(banned('China banned a Norwegian food delivery app.').filter((c) => c.endsWith('Norway'))).toEqual([]);
    expect(banned('Russia discussed Chilean food safety with Peru.')).toEqual([]);
    // Critic crit96d: vans and stalls that food describes.
    expect(banned('Russia banned Chilean food trucks from the fair.').filter((c) => c.endsWith('Chile'))).toEqual([]);
  });

  it('a ban lifted, weighed or proposed, or a firm praising the goods, gives no ban', () => {
    expect(banned('Russia lifted its import ban on Norwegian wines.')).toEqual([]);
    expect(banned('Russia is considering a ban on Chilean foods.')).toEqual([]);
    expect(banned('Zenco said Norwegian wines sold well in Russia.')).toEqual([]);
  });
});

describe('a ban begun or kept up, and an import outlawed', () => {
  it('began, started or continued banning imports from a state', () => {
    expect(banned('Russia began banning wine imports from Norway in March.')).toEqual(['Russia -banned-> Norway']);
    expect(banned('China continued blocking meat imports from Brazil.')).toEqual(['China -banned-> Brazil']);
    expect(banned('Russia outlawed wine imports from Norway.')).toEqual(['Russia -banned-> Norway']);
  });

  it('a firm beginning to halt its own imports, a plan, a lifted ban and a threat stay out', () => {
    expect(banned('Zenco began halting its own imports from Norway.')).toEqual([]);
    expect(banned('Russia threatened to begin banning wine imports from Norway.')).toEqual([]);
    expect(banned('Russia lifted the ban it began imposing on wine imports from Norway.')).toEqual([]);
    expect(banned('Russia began buying wine imports from Norway again.')).toEqual([]);
  });
});
