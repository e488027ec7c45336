import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 58, from stop 57's readers: launches told with a light verb, a data protection body's full name, a firm's rivals
// named after its "'s", and a divestment ordered as a share. Sentences written for the tests.

describe('a launch told with a light verb', () => {
  it.each([
    ['Apple came out with the iPad in 2010.', ['Apple -develops-> iPad']],
    ['Sony is coming out with the PlayStation 3 next year.', ['Sony -develops-> PlayStation 3']],
    ['Apple brought out the iPod Nano in 2005.', ['Apple -develops-> iPod Nano']],
    ['Zenco brought back the Zeta Vela in 2020.', ['Zenco -develops-> Zeta Vela']],
    ['Amazon entered the tablet market with the Kindle Fire in 2011.', ['Amazon -develops-> Kindle Fire']],
    ['Xiaomi entered the EV market with the SU7 in 2024.', ['Xiaomi -develops-> SU7']],
    ['Microsoft joined the AI race with Copilot.', ['Microsoft -develops-> Copilot']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a firm entering a market with a deal makes no firm its product', () => {
    expect(only('develops')(scoredClaimsOf('Apple entered the market with a deal with Google.'))).toEqual([]);
  });
});

describe("a data protection body's name", () => {
  it('"Data" opens the name of a body that ends in its head word', () => {
    expect(entitiesOf('The Norwegian Data Protection Authority banned Zoom.')).toContain('Norwegian Data Protection Authority (government)');
    expect(only('banned')(scoredClaimsOf("Denmark's Data Protection Agency banned Google Workspace in schools."))).toEqual(['Data Protection Agency -banned-> Google Workspace']);
  });

  it('elsewhere "Data" is still no name', () => {
    expect(entitiesOf('Data from Counterpoint shows Apple ahead.')).toEqual(['Apple (company)', 'Counterpoint (company)']);
  });
});

describe("a firm's rivals named after its 's", () => {
  it('"Zenco\'s rivals A and B launched …": the rivals are owned, not a verb after a name "Zenco\'s"', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco's rivals Qualcomm and Samsung launched chips."))).toEqual(['Zenco -competes_with-> Qualcomm', 'Zenco -competes_with-> Samsung']);
    expect(entitiesOf("Zenco's rivals Qualcomm, MediaTek and Samsung have all launched chips.")).toContain('Zenco (company)');
  });

  it('"Wendy\'s rivals McDonald\'s in sales": with no verb after the names, "rivals" is the verb', () => {
    expect(only('competes_with')(scoredClaimsOf("Wendy's rivals McDonald's in sales."))).toEqual(["Wendy's -competes_with-> McDonald's"]);
  });
});

describe('a divestment ordered as a share', () => {
  it.each([
    ['Britain ordered Nexperia to sell at least 86% of Newport Wafer Fab.', ['United Kingdom -restricts-> Nexperia']],
    ['The UK ordered Nexperia to sell its 51% stake in Qorvex Labs.', ['United Kingdom -restricts-> Nexperia']],
    ["The UK government ordered Nexperia's Chinese owner Wingtech to sell its stake in Newport Wafer Fab.", ['United Kingdom -restricts-> Wingtech']],
  ])('"%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(claims);
  });
});
