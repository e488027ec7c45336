import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 73, third round, from its twenty-first to twenty-fourth sets: the operating system a device runs, operator brands as
// nodes of their own, part of a ban's list named, suspensions told by a body's decision or by their noun, academies of a
// technology as makers, and firms named in the plural of their role. Sentences written for the tests.

describe('the operating system a device runs is not what its maker makes', () => {
  it('"The Zeta tablet, a Ruritanian Android device made by Zenco" makes the Zeta tablet', () => {
    expect(only('develops')(scoredClaimsOf('The Inye tablet, a Nigerian Android device made by Encipher, costs $200.'))).toEqual(['Encipher -develops-> Inye']);
  });

  it('"an Android tablet made by Samsung" set off after its name', () => {
    expect(only('develops')(scoredClaimsOf('The Galaxy Tab, an Android tablet made by Samsung, sold well.'))).toEqual(['Samsung -develops-> Galaxy Tab']);
  });

  it('"makes Android phones and Windows laptops" makes neither system', () => {
    expect(only('develops')(scoredClaimsOf('Samsung makes Android phones and Windows laptops.'))).toEqual([]);
  });

  it('"an Android app called Zeta" still makes the app, and "Google develops Android" Android', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Ltd launched an Android app called Zetapay.'))).toEqual(['Zenco Ltd -develops-> Zetapay']);
    expect(only('develops')(scoredClaimsOf('Google develops Android.'))).toEqual(['Google -develops-> Android']);
  });
});

describe("an operator's brand is a node of its own", () => {
  it('"Tigo" is Tigo, not its owner Millicom', () => {
    const text = 'Tigo competes with Claro in Panama.';
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(['Tigo -competes_with-> Claro']);
    expect(entitiesOf(text)).toContain('Tigo (company)');
  });

  it('"Beeline" is Beeline, not VEON', () => {
    expect(entitiesOf('Beeline launched 4G in Laos.')).toContain('Beeline (company)');
  });
});

describe("part of a ban's list named", () => {
  it('"Some of the suspended stations include A, B and C" after the suspension of a count of stations', () => {
    const text = 'The Uganda Communications Commission suspended 12 radio stations on Monday. Some of the suspended stations include Kiira FM, Radio Kitara and Ghetto TV.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual([
      'Uganda Communications Commission -banned-> Ghetto TV',
      'Uganda Communications Commission -banned-> Kiira FM',
      'Uganda Communications Commission -banned-> Radio Kitara',
    ]);
  });
});

describe("a suspension told by a body's decision or by its noun", () => {
  it('"The decision of the Authority to suspend Zeta TV Ltd"', () => {
    const text = 'The decision of the Tanzania Communications Regulatory Authority to suspend Zeta TV Ltd drew criticism.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Tanzania Communications Regulatory Authority -banned-> Zeta TV Ltd']);
  });

  it('"the suspension of Zeta TV Ltd operations by the Authority"', () => {
    const text = 'Journalists condemned the suspension of Zeta TV Ltd operations by the Tanzania Communications Regulatory Authority.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Tanzania Communications Regulatory Authority -banned-> Zeta TV Ltd']);
  });

  it('a call for a suspension is no suspension', () => {
    const text = 'Activists called for the suspension of Zeta TV Ltd operations by the Tanzania Communications Regulatory Authority.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual([]);
  });
});

describe('makers named by their kind', () => {
  it('"designed by China Academy of Space Technology": an academy of a technology makes things', () => {
    const text = 'LaoSat-1 was designed by China Academy of Space Technology, a subsidiary of CASC.';
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['China Academy of Space Technology -develops-> LaoSat-1']);
  });

  // Helper typing (stop 103): a university that builds a thing is its maker, typed a company as AI labs are (academic-makers.ts);
  // the name alone, no maker of anything, stays an organisation.
  it('a university is still no company, unless it made the thing', () => {
    expect(entitiesOf('The University of Science and Technology said Zeta-1 was popular.')).toContain('University of Science and Technology (organization)');
    expect(only('develops')(scoredClaimsOf('Zeta-1 was built by the University of Science and Technology.'))).toEqual(['University of Science and Technology -develops-> Zeta-1']);
  });

  it('"Zenco Ltd, providers of the Zeta app"', () => {
    expect(only('develops')(scoredClaimsOf('StarTimes Ltd, providers of the StarTimes ON app, said it would comply.'))).toEqual(['StarTimes Ltd -develops-> StarTimes ON']);
  });
});
