import { describe, expect, it } from 'vitest';
import { claimsOf, extract, only, scoredClaimsOf } from './extract-helpers';

// Helper off (stop 100), from the state acts of real news whose actor or target was lost: sentences made up for the tests.

const actsAndParts = (text: string): string[] => claimsOf(text).filter((c) => /-(banned|part_of)->/.test(c));

describe("an office whose title holds 'General' is one agency of the state named with it", () => {
  it.each([
    ["The Russian General Prosecutor's Office declared Zenco an undesirable organization.", ["Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    ["The Prosecutor General's Office of the Russian Federation labeled Zenco undesirable.", ["Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    ["Russia's Prosecutor General's Office declared Zenco an undesirable organization.", ["Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    ["The Russian Prosecutor General's Office declared Zenco an undesirable organization.", ["Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    ["Russia's Prosecutor-General's Office declared Zenco undesirable.", ["Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    ["In March, the Russian Prosecutor General's Office declared Zenco, Qorva and Vexa undesirable organizations.", ["Prosecutor General's Office -banned-> Qorva", "Prosecutor General's Office -banned-> Vexa", "Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    ["Zenco was declared undesirable by the Russian Prosecutor General's Office.", ["Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    ["India's Attorney General's Office banned Zenco.", ["Attorney General's Office -banned-> Zenco", "Attorney General's Office -part_of-> India"]],
    ["The Brazilian Auditor General's Office banned Zenco's Zeta app.", ["Auditor General's Office -banned-> Zeta", "Auditor General's Office -part_of-> Brazil"]],
    ["Turkey's Inspector General's office banned Zenco.", ["Inspector General's Office -banned-> Zenco", "Inspector General's Office -part_of-> Turkey"]],
    ["The Solicitor General's Office of India banned Zenco.", ["Solicitor General's Office -banned-> Zenco", "Solicitor General's Office -part_of-> India"]],
    ["Russia's Prosecutor General's Office Bans Zenco", ["Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]],
    // Without a state the office is still one body.
    ["The Attorney General's office banned Zenco.", ["Attorney General's Office -banned-> Zenco"]],
    // A member state's attorney general found with its title is the same body.
    ["The Texas Attorney General's Office banned Zenco.", ['Texas Attorney General -banned-> Zenco', 'Texas Attorney General -part_of-> Texas']],
  ])('"%s"', (text, claims) => {
    expect(actsAndParts(text)).toEqual(claims);
  });

  it('keys every writing of the same office as one node of its state', () => {
    const record = extract("Russia's Prosecutor General's Office declared Zenco undesirable. The Russian General Prosecutor's Office also banned Qorva. The Prosecutor General's Office later banned Vexa.");
    const offices = record.entities.filter((e) => e.label === "Prosecutor General's Office");
    expect(offices).toHaveLength(1);
    expect(actsAndParts(record.text)).toEqual(["Prosecutor General's Office -banned-> Qorva", "Prosecutor General's Office -banned-> Vexa", "Prosecutor General's Office -banned-> Zenco", "Prosecutor General's Office -part_of-> Russia"]);
  });

  it.each([
    // A person's title before a name stays a title.
    ['Prosecutor General Igor Krasnov said Zenco was undesirable.', []],
    ["Russia's Prosecutor General Igor Krasnov declared Zenco undesirable.", ['Russia -banned-> Zenco']],
    ['The Russian General Prosecutor Igor Krasnov declared Zenco undesirable.', ['Russia -banned-> Zenco']],
  ])('near miss "%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe("an order to pause a firm's own unnamed projects bans the firm", () => {
  it.each([
    ["China's central bank ordered Zenco and Qorva to pause their stablecoin projects.", ["China's central bank -banned-> Qorva", "China's central bank -banned-> Zenco"]],
    ["Regulators led by the People's Bank of China and the Cyberspace Administration of China have ordered Zenco and Qorva to halt their plans.", ['Cyberspace Administration of China -banned-> Qorva', 'Cyberspace Administration of China -banned-> Zenco', "People's Bank of China -banned-> Qorva", "People's Bank of China -banned-> Zenco"]],
    ["Brazil's central bank has ordered Zenco, Qorva and Vexa to suspend their payment projects.", ["Brazil's central bank -banned-> Qorva", "Brazil's central bank -banned-> Vexa", "Brazil's central bank -banned-> Zenco"]],
    ['Turkey ordered Zenco to pause its stablecoin plans.', ['Turkey -banned-> Zenco']],
    ["India's central bank has directed Zenco to immediately suspend all its pilot programs.", ["India's central bank -banned-> Zenco"]],
    ["China's central bank told Zenco, Qorva, Vexa and Zeta 2 to freeze their crypto ventures.", ["China's central bank -banned-> Qorva", "China's central bank -banned-> Vexa", "China's central bank -banned-> Zenco", "China's central bank -banned-> Zeta 2"]],
    ["Zenco and Qorva were ordered to halt their stablecoin projects by China's central bank.", ["China's central bank -banned-> Qorva", "China's central bank -banned-> Zenco"]],
    ["Zenco was ordered by the People's Bank of China to pause its stablecoin plans.", ["People's Bank of China -banned-> Zenco"]],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it.each([
    ["China's central bank asked Zenco to consider pausing its stablecoin project."],
    ['Zenco decided to pause its stablecoin project.'],
    ["China's central bank ordered a review of Zenco's plans."],
    ['Zenco ordered its unit Qorva to pause its projects.'],
    ['Turkey ordered Zenco to halt its plans to list Zeta.'],
  ])('near miss "%s"', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([]);
  });
});

describe('a ban of a possessed thing named in brackets after its kind hits the thing', () => {
  it.each([
    ["The US and EU banned Zenco's tokenized fund (ZFND).", ['European Union -banned-> ZFND', 'United States -banned-> ZFND']],
    ["India banned Zenco's tokenized fund (ZFND).", ['India -banned-> ZFND']],
    ["India banned Zenco's messaging app (Zeta).", ['India -banned-> Zeta']],
    // As before: the thing named before its kind, and after it set off by a comma.
    ["India banned Zenco's Zeta app.", ['India -banned-> Zeta']],
    ["India banned Zenco's tokenized fund, ZFND.", ['India -banned-> ZFND']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it.each([
    // No name of its own: the firm is the target; a ticker or an aside in brackets names no thing.
    ["India has banned Zenco's tokenized fund.", ['India -banned-> Zenco']],
    ["The US banned Zenco's fund (NYSE: ZNC).", ['United States -banned-> Zenco']],
    ["India banned Zenco's tokenized fund (launched in 2024).", ['India -banned-> Zenco']],
  ])('near miss "%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });
});
