import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/pipeline/text/tokens';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper nam93, from set 88's readers: names cut or split, which lose claims at both ends. A region's adjective before "state" and a
// body's noun is the region ("the Bavarian state government" is Bavaria's); a state's one-word name between a coined name and a
// possessive closes the firm's national arm ("Zenco Ireland's plans"), not the state; a Danish or Norwegian legal form "A/S" is one
// word of the firm's name (it was split, and the firm came out as "S"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const governments = (text: string): string[] => entitiesOf(text).filter((e) => e.endsWith('(government)'));

describe('a region\'s adjective before its state\'s body', () => {
  it('"the Bavarian state government" is the region, one node with its name', () => {
    expect(banned("The Ruritanian state government banned Zenco's Zeta app.")).toEqual(['Ruritania -banned-> Zeta']);
    expect(banned("The Tasmanian state government banned Zenco's Zeta app.")).toEqual(['Tasmania -banned-> Zeta']);
    expect(banned("Last week the Californian state parliament banned Zenco's Zeta app.")).toEqual(['California -banned-> Zeta']);
    expect(banned("The Floridian state government banned Zenco's Zeta app.")).toEqual(['Florida -banned-> Zeta']);
  });

  it('an adjective not before "state" and a body, or no region\'s adjective, is left as it was', () => {
    expect(governments('The Ruritanian capital hosts Zenco, which developed Zeta.')).toEqual([]);
    expect(banned("The Texas state government banned Zenco's Zeta app.")).toEqual(['Texas -banned-> Zeta']);
    expect(banned("The French government banned Zenco's Zeta app.")).toEqual(['France -banned-> Zeta']);
    expect(banned("The Indian state government banned Zenco's Zeta app.")).toEqual(['India -banned-> Zeta']);
    expect(governments('Zenco signed a deal with the Ruritanian state broadcaster.')).not.toContain('Ruritania (government)');
    expect(banned("The Indonesian state government banned Zenco's Zeta app.")).toEqual(['Indonesia -banned-> Zeta']);
    expect(banned("The Ruritanian state government plans to ban Zenco's Zeta app.")).toEqual([]);
  });
});

describe('a state\'s name closing a coined name before a possessive', () => {
  it('"Zenco Ireland\'s …" is the firm\'s arm, not the state', () => {
    expect(governments("Zenco Ireland's plans include a new chip called Zeta.")).toEqual([]);
    expect(governments("Qorva Brazil's new plant makes the Zeta chip.")).toEqual([]);
    expect(governments("The Zenco Ireland's unit developed the Zeta chip.")).toEqual([]);
  });

  it('a state\'s possessive after a comma, a list, an English word or at the name\'s start stays the state', () => {
    expect(governments("Ireland's Zenco launched a chip called Zeta.")).toEqual(['Ireland (government)']);
    expect(governments("Zenco, Ireland's largest chipmaker, launched a chip called Zeta.")).toEqual(['Ireland (government)']);
    expect(governments("Visit Ireland's campaign promoted the Zeta chip.")).toEqual(['Ireland (government)']);
    expect(banned("In May Ireland's government banned Zenco's Zeta app.")).toEqual(['Ireland -banned-> Zeta']);
    expect(banned("Officials said Ireland's ban on Zenco's Zeta app was final.")).toEqual(['Ireland -banned-> Zeta']);
    expect(banned("Qorva said Ireland's government banned Zenco's Zeta app.")).toEqual(['Ireland -banned-> Zeta']);
    expect(banned("On Tuesday Ireland's government banned Zenco's Zeta app.")).toEqual(['Ireland -banned-> Zeta']);
    expect(banned("Meanwhile Ireland's government banned Zenco's Zeta app.")).toEqual(['Ireland -banned-> Zeta']);
  });
});

describe('the legal form "A/S"', () => {
  it('is one token, and a firm\'s name ending in it acts', () => {
    expect(tokenize('Qorva A/S, a firm').map((t) => t.text)).toEqual(['Qorva', 'A/S', ',', 'a', 'firm']);
    expect(develops('Qorva Nordic A/S developed the Zeta vaccine.')).toEqual(['Qorva Nordic A/S -develops-> Zeta']);
    expect(develops('Zenco A/S developed the Zeta vaccine. Zenco also developed the Vela pill.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('Qorva A/S and Vexa A/S are rivals.')).toEqual(['Qorva A/S -competes_with-> Vexa A/S']);
  });

  it('"A/S" inside a longer code, or glued to other letters, is not the legal form', () => {
    expect(tokenize('an A/S/PDIF port').map((t) => t.text)).toEqual(['an', 'A', '/', 'S', '/', 'PDIF', 'port']);
    expect(tokenize('the A/SB line').map((t) => t.text)).toEqual(['the', 'A', '/', 'SB', 'line']);
    expect(tokenize('a NA/S code').map((t) => t.text)).toEqual(['a', 'NA', '/', 'S', 'code']);
    expect(tokenize('a/s ratio').map((t) => t.text)).toEqual(['a', '/', 's', 'ratio']);
    expect(develops('Qorva did not develop the Zeta vaccine for Vexa A/S.')).toEqual([]);
  });
});

describe('a coined word glued before a known firm\'s one-word name', () => {
  it('before a kind of made thing, after a determiner, is one product\'s name', () => {
    expect(develops('Vexa launched the Ruri Sky platform for retailers.')).toEqual(['Vexa -develops-> Ruri Sky']);
    expect(develops('Vexa developed the new Ruri Sky app.')).toEqual(['Vexa -develops-> Ruri Sky']);
    expect(scoredClaimsOf("Vexa's new Ruri Sky platform competes with Zenflix Inc.")).not.toContain('Sky -competes_with-> Zenflix Inc');
  });

  it('firms side by side before what they do together, a list or a person\'s name stay apart', () => {
    expect(scoredClaimsOf('The Ruri Apple rivalry heated up as Vexa launched Zeta.')).toContain('Ruri -competes_with-> Apple');
    expect(entitiesOf('Vexa, Apple, Samsung and Sony launched new phones.')).toEqual(expect.arrayContaining(['Apple (company)', 'Samsung (company)', 'Sony (company)']));
    expect(develops("Apple's Zeta app competes with Sky News.")).toContain('Apple -develops-> Zeta');
    expect(entitiesOf('Vexa sells the Ruritanian Samsung phone.')).toContain('Samsung (company)');
    expect(entitiesOf('Vexa opened the Boston Apple store that sells Zeta.')).toContain('Apple (company)');
  });
});
