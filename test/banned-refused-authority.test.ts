import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 86, from its fresh sample's satellite readers: a state body refusing the authority a firm would work under (an
// application, a bid, a licence, permission to operate) bans the firm there, as revoking that authority does; every applicant
// of a list gets the edge. A firm refusing, a person, a refusal undone or only possible, or "refused to comment" is nothing.
// Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('applications from a list, refused', () => {
  it('"refused applications from A and B to offer services" bans each applicant', () => {
    expect(banned("India's space regulator refused applications from Qorva Sat and Zenco Orbit to offer services in the country.")).toEqual([
      "India's space regulator -banned-> Qorva Sat",
      "India's space regulator -banned-> Zenco Orbit",
    ]);
  });

  it('"rejected bids by A, B and C to operate", "rejected the applications of A and B for licences"', () => {
    expect(banned("Nigeria's regulator rejected bids from Zenco Orbit, Qorva Sat and Vexa Sat to operate satellite services.")).toEqual([
      "Nigeria's regulator -banned-> Qorva Sat",
      "Nigeria's regulator -banned-> Vexa Sat",
      "Nigeria's regulator -banned-> Zenco Orbit",
    ]);
    expect(banned('The FCC rejected the applications of Zenco Orbit and Qorva Sat for licences.')).toEqual([
      'Federal Communications Commission -banned-> Qorva Sat',
      'Federal Communications Commission -banned-> Zenco Orbit',
    ]);
  });

  it('"rejected an application from A to offer …", one applicant', () => {
    expect(banned('The FCC rejected an application from Zenco Orbit to offer satellite broadband.')).toEqual([
      'Federal Communications Commission -banned-> Zenco Orbit',
    ]);
  });
});

describe('the authority refused by its verb or its noun', () => {
  it('"refused to authorise A to offer …", "refused to license A"', () => {
    expect(banned("India's telecom ministry refused to authorise Zenco Orbit to offer broadband in the country.")).toEqual([
      "India's telecom ministry -banned-> Zenco Orbit",
    ]);
    expect(banned("Pakistan's telecom regulator refused to license Qorva Sat.")).toEqual([
      "Pakistan's telecom regulator -banned-> Qorva Sat",
    ]);
  });

  it('"denied A authorisation to operate", "refused A permission to operate"', () => {
    expect(banned('Ofcom denied Qorva Sat authorisation to operate.')).toEqual(['Ofcom -banned-> Qorva Sat']);
    expect(banned('Vietnam refused Qorva Sat permission to operate in the country.')).toEqual(['Vietnam -banned-> Qorva Sat']);
  });

  it('"denied licences to A and B" bans both', () => {
    expect(banned("India's space agency denied licences to Qorva Sat and Zenco Orbit.")).toEqual([
      "India's space agency -banned-> Qorva Sat",
      "India's space agency -banned-> Zenco Orbit",
    ]);
  });
});

describe('the refusal as a noun', () => {
  it('"the FCC\'s refusal of A\'s licence", "Ofcom\'s rejection of applications from A and B to operate"', () => {
    expect(banned("The FCC's refusal of Qorva Sat's licence surprised analysts.")).toEqual([
      'Federal Communications Commission -banned-> Qorva Sat',
    ]);
    expect(banned("Ofcom's rejection of applications from Zenco Orbit and Qorva Sat to operate angered both firms.")).toEqual([
      'Ofcom -banned-> Qorva Sat',
      'Ofcom -banned-> Zenco Orbit',
    ]);
  });

  it('a refusal overturned or appealed bans nothing', () => {
    expect(banned("A court overturned the FCC's refusal of Qorva Sat's licence.")).toEqual([]);
    expect(banned("Zenco Orbit appealed against Ofcom's rejection of applications from Zenco Orbit and Qorva Sat to operate.")).toEqual([]);
  });
});

describe('a body announcing that dealings with named firms will be banned', () => {
  it('"said contracts with A and B will be banned" bans each', () => {
    expect(banned("India's defence ministry said contracts with Zenco Orbit and Qorva Sat will be banned.")).toEqual([
      "India's defence ministry -banned-> Qorva Sat",
      "India's defence ministry -banned-> Zenco Orbit",
    ]);
    expect(banned("India's defence ministry said contracts with launch providers Zenco Orbit, Qorva Sat and Vexa Space will be banned.")).toEqual([
      "India's defence ministry -banned-> Qorva Sat",
      "India's defence ministry -banned-> Vexa Space",
      "India's defence ministry -banned-> Zenco Orbit",
    ]);
  });

  it('a firm saying so, or a ban only asked for, is nothing', () => {
    expect(banned('Zenco Orbit said contracts with Qorva Sat will be banned.')).toEqual([]);
    expect(banned("India's defence ministry said contracts with Zenco Orbit and Qorva Sat should not be banned.")).toEqual([]);
    expect(banned("India's defence ministry said contracts with Zenco Ltd would be banned if it failed the audit.")).toEqual([]);
    expect(banned("India's defence ministry said contracts with Zenco Ltd will be banned unless it sells its stake.")).toEqual([]);
  });
});

describe('near misses', () => {
  it('a firm refusing, a person refusing, a court rejecting a state\'s appeal', () => {
    expect(banned('Zenco Orbit refused applications from Qorva Sat and Vexa Sat to join its network.')).toEqual([]);
    expect(banned("Zenco Orbit rejected Qorva Sat's offer to buy the firm.")).toEqual([]);
    expect(banned("John Smith rejected applications from Qorva Sat and Vexa Sat to offer services.")).toEqual([]);
    expect(banned('A court rejected an appeal by India against Zenco Orbit.')).toEqual([]);
  });

  it('"refused to comment", an approval, a refusal only possible or denied', () => {
    expect(banned('The FCC refused to comment on applications from Zenco Orbit and Qorva Sat to offer services.')).toEqual([]);
    expect(banned('The FCC approved applications from Zenco Orbit and Qorva Sat to offer services.')).toEqual([]);
    expect(banned("India's telecom ministry may refuse to authorise Zenco Orbit to offer broadband.")).toEqual([]);
    expect(banned('The FCC did not reject applications from Zenco Orbit and Qorva Sat to offer services.')).toEqual([]);
  });

  it('a firm refusing to license its own patents', () => {
    expect(banned('Zenco Orbit refused to license its patents to Qorva Sat.')).toEqual([]);
    expect(banned('Zenco Orbit refused to license Qorva Sat.')).toEqual([]);
  });
});

describe('more ways to withhold the licence', () => {
  it('"refused to grant A a licence", "declined to issue a licence to A"', () => {
    expect(banned("India's telecom regulator refused to grant Zenco Ltd a licence.")).toEqual(["India's telecom regulator -banned-> Zenco Ltd"]);
    expect(banned('Ofcom declined to issue a licence to Qorva Inc.')).toEqual(['Ofcom -banned-> Qorva Inc']);
  });

  it('"refused A and B licences to operate" bans both', () => {
    expect(banned('The FCC has refused Zenco Orbit and Qorva Sat licences to operate in the US.')).toEqual([
      'Federal Communications Commission -banned-> Qorva Sat',
      'Federal Communications Commission -banned-> Zenco Orbit',
    ]);
  });

  it('"the applications from A and B … were rejected by X", the passive', () => {
    expect(banned('The applications from Zenco Ltd and Qorva Inc to offer services were rejected by Ofcom.')).toEqual([
      'Ofcom -banned-> Qorva Inc',
      'Ofcom -banned-> Zenco Ltd',
    ]);
  });

  it('"turned down A\'s bid to land its satellite service", but not a bid to land a contract', () => {
    expect(banned("South Africa turned down Vexa Sat's bid to land its satellite service.")).toEqual(['South Africa -banned-> Vexa Sat']);
    expect(banned("South Africa turned down Vexa Sat's bid to land a defence contract.")).toEqual([]);
    expect(banned("Zenco Ltd turned down Qorva Inc's bid to land its satellite service on Zenco's rockets.")).toEqual([]);
  });

  it('a firm declining to grant a licence, or a refusal only urged', () => {
    expect(banned('Zenco Ltd declined to grant Qorva Inc a licence to its patents.')).toEqual([]);
    expect(banned('Lawmakers urged Ofcom to refuse to grant Zenco Ltd a licence.')).toEqual([]);
  });
});
