import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper nmb92, from stop 91's fresh sample (set 82): firms' names that lost their first word (an ordinal in figures, a people's
// adjective, a state's name), a name glued to a job title after it, a possessive written with an acute accent, and a firm's short
// name before a noun read as a product of the firm's own. Sentences written for the tests.

describe('an ordinal in figures opens a firm\'s name', () => {
  it('"22nd Century Group", "3rd Rock Labs" keep their first word', () => {
    // A firm's one-word name closing a text with no full stop (a headline) reads no word past the text's end.
    expect(scoredClaimsOf('Egypt Shuts Down Uber Rival Careem')).toContain('Egypt -banned-> Careem');
    expect(scoredClaimsOf('22nd Century Group makes the Zeta King cigarette.')).toEqual(['22nd Century Group -develops-> Zeta King']);
    expect(scoredClaimsOf('3rd Rock Labs develops the Zeta app.')).toEqual(['3rd Rock Labs -develops-> Zeta']);
    expect(entitiesOf('Regulators fined four firms, including 3rd Rock Labs and Qorva.')).toContain('3rd Rock Labs (company)');
    expect(scoredClaimsOf('New York-based 22nd Century Group makes the Zeta cigarette.')).toEqual(['22nd Century Group -develops-> Zeta']);
  });

  it('the ordinal and the next word, later in the article, are the firm\'s short name', () => {
    expect(scoredClaimsOf('22nd Century Group makes cigarettes. The agency approved 22nd Century\'s Zeta cigarettes.')).toEqual(['22nd Century Group -develops-> Zeta']);
    expect(scoredClaimsOf('22nd Century Group makes cigarettes. 22nd Century said it would launch the Zeta brand.')).not.toContain('Century -develops-> Zeta');
    expect(scoredClaimsOf('22nd Century Group makes cigarettes. In the 22nd century Zenco will make the Zeta car.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('an ordinal that counts or dates stays out of the name', () => {
    expect(scoredClaimsOf('In the 22nd century Zenco will make the Zeta car.')).toEqual(['Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('On 3rd March Zenco Group launched the Zeta app.')).toEqual(['Zenco Group -develops-> Zeta']);
    expect(entitiesOf('Zenco opened its 100th Qorva Labs store.')).not.toContain('100th Qorva Labs (company)');
    expect(entitiesOf('Zenco held its 3rd Qorva Group summit in May.')).not.toContain('3rd Qorva Group (company)');
    expect(entitiesOf('Qorva Labs ranked 2nd, and Vexa Group ranked 3rd Zenco Labs said.')).not.toContain('3rd Zenco Labs (company)');
    expect(entitiesOf('The 22nd Zenco Labs hackathon drew Qorva.')).not.toContain('22nd Zenco Labs (company)');
  });
});

describe('a people\'s adjective or a state\'s name opens a firm\'s name', () => {
  it('before a trade\'s word and a legal word: "Danish Tobacco Group", "Dutch Vape Lab"', () => {
    expect(scoredClaimsOf('Norwegian Tobacco Group makes the Qorva cigar.')).toEqual(['Norwegian Tobacco Group -develops-> Qorva']);
    expect(entitiesOf('The watchdog banned posts from four firms, including Dutch Vape Lab, from promoting vapes.')).toContain('Dutch Vape Lab (company)');
    expect(entitiesOf('The watchdog banned posts from four firms, including Dutch Vape Lab, from promoting vapes.')).not.toContain('Vape Lab (company)');
  });

  it('two peoples\' adjectives together: "British American Tobacco"', () => {
    expect(scoredClaimsOf('British American Tobacco makes the Zeta cigarette.')).toEqual(['British American Tobacco -develops-> Zeta']);
    expect(entitiesOf('The company sold its cigarette business to British American Tobacco.')).toContain('British American Tobacco (company)');
  });

  it('a state\'s name before a firm\'s last word: "Pakistan International Airline"', () => {
    expect(scoredClaimsOf('Pakistan International Airline makes the Zeta jet.')).toEqual(['Pakistan International Airline -develops-> Zeta']);
  });

  it('a coined name, a common noun or a body keeps the adjective out', () => {
    expect(scoredClaimsOf('Chinese Zenco Ltd makes the Zeta phone.')).toEqual(['Zenco Ltd -develops-> Zeta']);
    expect(entitiesOf('Danish firms make the Zeta cigar.')).not.toContain('Danish (company)');
    expect(entitiesOf('Russian State Media said Zenco makes the Zeta drone.')).not.toContain('Russian State Media (company)');
    expect(scoredClaimsOf('The Danish Energy ministry said Zenco makes the Zeta turbine.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a firm\'s title after its name is no part of it', () => {
  it('"Ana Borin, Qorva Group COO, said": the firm is Qorva Group', () => {
    expect(scoredClaimsOf('Ana Borin, Qorva Group COO, said the firm launched the Zeta app.')).toEqual(['Qorva Group -develops-> Zeta']);
    expect(entitiesOf('Ana Borin, Qorva Group CEO, said Zenco makes the Zeta app.')).not.toContain('Qorva Group CEO (company)');
  });

  it('the title before a person\'s name still names the firm', () => {
    expect(entitiesOf('Qorva Group COO Ana Borin said the Zeta coin would compete with ZUSD.')).toContain('Qorva Group (company)');
    expect(scoredClaimsOf('Qorva Founder Ana Borin launched the Zeta coin.')).toEqual(['Qorva -develops-> Zeta']);
  });
});

describe('an acute accent set as a possessive\'s apostrophe', () => {
  it('"Zenco´s Zeta" reads as "Zenco\'s Zeta"', () => {
    expect(scoredClaimsOf('Zenco´s Zeta phone competes with the Qorva phone.')).toContain('Zenco -develops-> Zeta');
    expect(scoredClaimsOf('The agency approved Zenco´s Zeta phone.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a rival named with it is no product', () => {
    expect(scoredClaimsOf('Qorva´s rival Zenco makes the Zeta phone.')).not.toContain('Qorva -develops-> Zenco');
    expect(scoredClaimsOf('Zenco\'s Zeta phone competes with the Qorva phone.')).toContain('Zenco -develops-> Zeta');
  });
});

describe('a firm\'s short name before a noun is the firm, not its product', () => {
  it('"Qorva Space Networks … its Qorva constellation" gives no claim of the firm on itself', () => {
    expect(scoredClaimsOf('Qorva Space Networks plans 600 satellites. Qorva will build its Qorva constellation.')).not.toContain('Qorva Space Networks -develops-> Qorva');
  });

  it('a product\'s own longer name, or another maker, keeps the claim', () => {
    expect(scoredClaimsOf('Zenco Motors makes the Zenco Z1 car.')).toEqual(['Zenco Motors -develops-> Zenco Z1']);
    expect(scoredClaimsOf('Qorva Space Networks plans 600 satellites. The Qorva constellation will be built by Vexa.')).toEqual(['Vexa -develops-> Qorva']);
    expect(scoredClaimsOf('Zenco Labs makes the Zeta phone.')).toEqual(['Zenco Labs -develops-> Zeta']);
  });
});

describe('a builder\'s arm named after its group', () => {
  it('"Samsung Development" is a firm, not the group\'s product', () => {
    expect(scoredClaimsOf('Samsung Development makes the Zeta panel.')).toEqual(['Samsung Development -develops-> Zeta']);
    expect(entitiesOf('QRX Samsung Development won approval to build a resort.')).not.toContain('Samsung Development (product)');
  });

  it('a kit, a lower-case team or another word after it keeps the old reading', () => {
    expect(scoredClaimsOf('Samsung released the Samsung Development Kit for the Zeta phone.')).toContain('Samsung -develops-> Samsung Development Kit');
    expect(scoredClaimsOf('Samsung\'s development team made the Zeta chip.')).toEqual(['Samsung -develops-> Zeta']);
  });
});
