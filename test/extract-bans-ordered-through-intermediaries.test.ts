import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ord2to95: a state's ban carried out by those it orders ("ordered Zenco and Qorva to help block users from Zapp", "instructed
// the telecom authority to deactivate access to 26 platforms, including A and B"). The state that orders bans; the app stores,
// carriers or authorities ordered ban nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const claims = (text: string): string[] => only('banned')(scoredClaimsOf(text)).concat(only('restricts')(scoredClaimsOf(text)));

describe('those ordered to help block or remove an app are not its banners', () => {
  it('"ordered A and B to help block users from Zapp" is the state\'s ban', () => {
    expect(banned('Kenya ordered Zenco and Qorva to help block users from Zapp.')).toEqual(['Kenya -banned-> Zapp']);
    expect(banned('Kenya told Zenco to help block Zapp.')).toEqual(['Kenya -banned-> Zapp']);
  });

  it('"ordered both A and B to remove Zapp" and "ordered that both A and B remove Zapp" are the state\'s ban', () => {
    expect(banned('Kenya ordered both Zenco and Qorva to remove the Zapp app from their stores.')).toEqual(['Kenya -banned-> Zapp']);
    expect(banned('Kenya ordered that both Zenco and Qorva remove the Zapp app.')).toEqual(['Kenya -banned-> Zapp']);
  });

  it('with no one named giving the order, the ones ordered still ban nothing', () => {
    expect(banned('The court ordered both Zenco and Qorva to remove the Zapp app.')).toEqual([]);
    expect(banned('The court requested that both Zenco and Qorva remove the Zapp app from their stores.')).toEqual([]);
    expect(banned('The judge ordered Zenco and Qorva to help block users from Zapp.')).toEqual([]);
  });

  it('helping to build, or an order to restore, is no ban', () => {
    expect(banned('Kenya ordered Zenco and Qorva to help build the Zapp network.')).toEqual([]);
    expect(banned('Kenya ordered both Zenco and Qorva to restore the Zapp app.')).toEqual([]);
    expect(banned('Kenya did not order Zenco and Qorva to help block users from Zapp.')).toEqual([]);
  });
});

describe('an order to cut access to platforms', () => {
  it('"instructed the telecom authority to deactivate access to 26 platforms operating in Nepal, including A and B" bans each', () => {
    expect(banned("Nepal's communications ministry instructed the telecom authority to deactivate access to 26 unregistered platforms operating in Nepal, including Zapp and Vexa.")).toEqual([
      "Nepal's communications ministry -banned-> Vexa",
      "Nepal's communications ministry -banned-> Zapp",
    ]);
    expect(banned('Kenya directed internet providers to deactivate access to Zapp.')).toEqual(['Kenya -banned-> Zapp']);
  });

  it('a firm\'s order, a negated, proposed or stayed order, and an order to restore access ban nothing', () => {
    expect(claims('Zenco told carriers to deactivate access to Zapp.')).toEqual([]);
    expect(claims('Zenco instructed its staff to deactivate access to the Zapp app.')).toEqual([]);
    expect(banned('Kenya did not instruct the telecom authority to deactivate access to Zapp.')).toEqual([]);
    expect(banned('Kenya proposed ordering internet providers to deactivate access to Zapp.')).toEqual([]);
    expect(banned('A Kenyan court stayed an order directing internet providers to deactivate access to Zapp.')).toEqual([]);
    expect(banned('Kenya instructed the telecom authority to restore access to Zapp.')).toEqual([]);
  });

  it('the authority ordered is never restricted by the order', () => {
    expect(only('restricts')(scoredClaimsOf("Nepal's communications ministry directed the Nepal Telecommunications Authority to deactivate access to 26 platforms, including Zapp and Vexa."))).toEqual([]);
  });
});

describe('an owner glued before the first platform', () => {
  it('"including Zenco-owned Zapp and Vexa" bans Zapp and Vexa, not Zenco', () => {
    expect(banned("Nepal's communications ministry instructed the telecom authority to deactivate access to 26 platforms, including Zenco-owned Zapp and Vexa.")).toEqual([
      "Nepal's communications ministry -banned-> Vexa",
      "Nepal's communications ministry -banned-> Zapp",
    ]);
    expect(banned("Nepal's communications ministry instructed the telecom authority to deactivate access to Zenco's offices.")).toEqual([]);
  });
});

describe('a stayed or overturned order bans nothing', () => {
  it('"stayed the order that Zenco remove Zapp", "overturned the order directing carriers to block Zapp"', () => {
    expect(banned("Kenya's court stayed the order that Zenco remove the Zapp app.")).toEqual([]);
    expect(banned("Kenya's court stayed an order requiring carriers to block Zapp.")).toEqual([]);
    expect(banned("Kenya's court overturned the order directing carriers to block Zapp.")).toEqual([]);
  });

  it('an upheld order still bans, and a revoked permission is not a stayed ban', () => {
    expect(banned("Kenya's court upheld the order that Zenco remove the Zapp app.")).toEqual(["Kenya's court -banned-> Zapp"]);
    expect(banned('Kenya ordered carriers to block Zapp after the court stayed an order requiring them to carry Vexa.')).toEqual(['Kenya -banned-> Zapp']);
  });
});
