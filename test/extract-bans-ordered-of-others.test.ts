import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper or85: a state body's order to others to remove a product ("directed agencies to disconnect A and B"), the order as a noun
// ("Canada's directive to disconnect Zeta Gate"), and a ban named first and its maker after a passive verb ("The ban on Zapp was
// announced by Canada"). Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('an order to others to remove a product', () => {
  it('"directed federal agencies to disconnect all A and B appliances" bans each', () => {
    expect(banned('Canada directed federal agencies to disconnect all Qorva Gate and Qorva Shield appliances made by Zenco.')).toEqual([
      'Canada -banned-> Qorva Gate',
      'Canada -banned-> Qorva Shield',
    ]);
  });

  it('"issued an order that compels agencies to uninstall" and "a directive ordering agencies to disconnect" ban', () => {
    expect(banned('Kenya issued an order that compels agencies to uninstall the Zapp app.')).toEqual(['Kenya -banned-> Zapp']);
    expect(banned('Canada issued a directive ordering agencies to disconnect Qorva Gate devices made by Zenco.')).toEqual(['Canada -banned-> Qorva Gate']);
    expect(banned('Australia instructed all ministries to deactivate the Zapp app on official phones.')).toEqual(['Australia -banned-> Zapp']);
  });

  it('orders to patch, update or install a product, advice to the public, and negation ban nothing', () => {
    expect(banned('Canada directed federal agencies to patch Qorva Gate devices made by Zenco.')).toEqual([]);
    expect(banned('Canada ordered agencies to install the Zapp app on official phones.')).toEqual([]);
    expect(banned('Canada urged users to delete the Zapp app.')).toEqual([]);
    expect(banned('Canada did not direct agencies to disconnect the Zapp app.')).toEqual([]);
    expect(banned("Canada directed agencies to disconnect Zenco's servers from the Zapp network.")).toEqual([]);
  });
});

describe('the order as a noun', () => {
  it('"Canada\'s directive to disconnect A" and "an order to remove A" ban A', () => {
    expect(banned("Canada's directive to disconnect Qorva Gate devices made by Zenco took effect on Monday.")).toEqual(['Canada -banned-> Qorva Gate']);
    expect(banned("Kenya's order to uninstall the Zapp app applies to all ministries.")).toEqual(['Kenya -banned-> Zapp']);
    expect(banned('Canada issued a directive to remove the Zapp app and the Vexa app from government phones.')).toEqual([
      'Canada -banned-> Vexa',
      'Canada -banned-> Zapp',
    ]);
  });

  it('"enforcing the disconnection of A" bans A', () => {
    expect(banned('Canada is enforcing the disconnection of Qorva Gate devices made by Zenco.')).toEqual(['Canada -banned-> Qorva Gate']);
    expect(banned('Kenya mandated the uninstallation of the Zapp app from state phones.')).toEqual(['Kenya -banned-> Zapp']);
    expect(banned('Australia required the disconnection of all Qorva Gate units.')).toEqual(['Australia -banned-> Qorva Gate']);
  });

  it('a directive to patch, a proposal, or a lifted directive bans nothing', () => {
    expect(banned("Canada's directive to patch Qorva Gate devices made by Zenco took effect on Monday.")).toEqual([]);
    expect(banned('Canada proposed a directive to remove the Zapp app from government phones.')).toEqual([]);
    expect(banned("Canada lifted its directive to disconnect Qorva Gate devices.")).toEqual([]);
    expect(banned('Canada is weighing the disconnection of Qorva Gate devices.')).toEqual([]);
    expect(banned('Canada mandated the deletion of Zapp user data from state servers.')).toEqual([]);
    expect(banned('Canada required the deactivation of Zapp tracking features.')).toEqual([]);
    expect(banned('Zenco required the disconnection of its own Qorva Gate units during maintenance.')).toEqual([]);
  });
});

describe('a ban named first, its maker after a passive verb', () => {
  it('"The ban on A was announced by Canada" and its kin ban A', () => {
    expect(banned('The ban on the Zapp app was announced by Canada on Tuesday.')).toEqual(['Canada -banned-> Zapp']);
    expect(banned('A nationwide prohibition on the Zapp app was imposed by Kenya in 2023.')).toEqual(['Kenya -banned-> Zapp']);
    expect(banned('The order against the Zapp app was issued by Kenya on Friday.')).toEqual(['Kenya -banned-> Zapp']);
    expect(banned('A ban on the Zapp and Vexa apps on government devices was announced by India on Monday.')).toEqual([
      'India -banned-> Vexa',
      'India -banned-> Zapp',
    ]);
  });

  it('"A blanket restriction on A was imposed by Canada" restricts A', () => {
    expect(restricts('A blanket restriction on the Zapp app was imposed by Canada in 2023.')).toEqual(['Canada -restricts-> Zapp']);
    expect(restricts('New curbs on the Zapp app were introduced by Kenya last year.')).toEqual(['Kenya -restricts-> Zapp']);
  });

  it('a ban proposed, lifted, criticised or not imposed bans nothing', () => {
    expect(banned('The ban on the Zapp app was proposed by Canada on Tuesday.')).toEqual([]);
    expect(banned('The ban on the Zapp app was lifted by Canada on Tuesday.')).toEqual([]);
    expect(banned('The ban on the Zapp app was criticised by Canada on Tuesday.')).toEqual([]);
    expect(banned('The ban on the Zapp app was not imposed by Canada.')).toEqual([]);
    expect(banned("A proposed ban on the Zapp app was announced by Canada's opposition party.")).toEqual([]);
    expect(banned("The ban on the Zapp app was announced by Canada's opposition party.")).toEqual([]);
    expect(banned('The order against the Zapp app was overturned by Kenya on Friday.')).toEqual([]);
    expect(banned('The ban on the Zapp app was imposed by India in 2020 and lifted in 2024.')).toEqual([]);
  });
});
