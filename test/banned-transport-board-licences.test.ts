import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 87 (helper lic87): a city's or province's transport board that refuses, revokes or does not renew a firm's licence bans the
// firm, as a state regulator does. The board is a state body by its name ("Transit Board", "Passenger Transportation Board"). A
// licence refused for a merger or a patent, a firm refusing, a revocation only possible or overturned is nothing. Sentences written
// for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a transport board is a state body', () => {
  it('"the London Transit Board", "the Ontario Passenger Transportation Board", "the Toronto Taxi Board"', () => {
    expect(entitiesOf('The London Transit Board met on Monday.')).toContain('London Transit Board (government)');
    expect(entitiesOf('The Ontario Passenger Transportation Board met on Monday.')).toContain('Ontario Passenger Transportation Board (government)');
    expect(entitiesOf('The Toronto Taxi Board met on Monday.')).toContain('Toronto Taxi Board (government)');
  });
});

describe('a licence refused', () => {
  it('"refused to grant A a new licence", "declined to issue a licence to A", "refused A a licence to operate"', () => {
    expect(banned('The London Transit Board refused to grant Zenco Ltd a new licence.')).toEqual(['London Transit Board -banned-> Zenco Ltd']);
    expect(banned('The Vancouver Passenger Transportation Board has declined to issue a licence to Qorva Inc.')).toEqual([
      'Vancouver Passenger Transportation Board -banned-> Qorva Inc',
    ]);
    expect(banned('The Leeds Taxi Board refused Vexa Ltd a licence to operate in the city.')).toEqual(['Leeds Taxi Board -banned-> Vexa Ltd']);
  });

  it('an aside between the holder and the licence: "refused to grant A, a B-backed firm, a licence"', () => {
    expect(banned('The Ontario Passenger Transportation Board said that it refused to grant Zenco Ltd, a ride-hailing firm, a licence.')).toEqual([
      'Ontario Passenger Transportation Board -banned-> Zenco Ltd',
    ]);
    expect(banned('The Dublin Transport Board declined to issue Vexa Ltd, the scooter operator, a permit.')).toEqual(['Dublin Transport Board -banned-> Vexa Ltd']);
  });

  it('"declined to approve the application of A to operate", "refused to accept the bid from A for a licence"', () => {
    expect(banned('The Ontario Passenger Transportation Board has declined to approve the application of Qorva Inc to operate.')).toEqual([
      'Ontario Passenger Transportation Board -banned-> Qorva Inc',
    ]);
    expect(banned('The Vancouver Passenger Transportation Board refused to approve the applications of Zenco Ltd and Qorva Inc to operate.')).toEqual([
      'Vancouver Passenger Transportation Board -banned-> Qorva Inc',
      'Vancouver Passenger Transportation Board -banned-> Zenco Ltd',
    ]);
    expect(banned('The Toronto Taxi Board refused to accept the application from Vexa Ltd for a taxi licence.')).toEqual(['Toronto Taxi Board -banned-> Vexa Ltd']);
  });

  it('"informed A that it would not be issued with a licence", "said A would not be granted a licence"', () => {
    expect(banned('The Ontario Passenger Transportation Board informed Zenco Ltd that it would not be issued with a licence.')).toEqual([
      'Ontario Passenger Transportation Board -banned-> Zenco Ltd',
    ]);
    expect(banned('The London Transit Board told Qorva Inc it will not be granted a licence.')).toEqual(['London Transit Board -banned-> Qorva Inc']);
    expect(banned('The Ontario Passenger Transportation Board said on Monday that Vexa Ltd would not be granted a licence.')).toEqual([
      'Ontario Passenger Transportation Board -banned-> Vexa Ltd',
    ]);
  });
});

describe('a licence revoked or not renewed', () => {
  it('"revoked A\'s operating licence", "revoked the licence of A", "refused to renew A\'s licence"', () => {
    expect(banned("The Toronto Transit Board revoked Zenco Ltd's operating licence.")).toEqual(['Toronto Transit Board -banned-> Zenco Ltd']);
    expect(banned('The Ontario Passenger Transportation Board revoked the licence of Qorva Inc.')).toEqual([
      'Ontario Passenger Transportation Board -banned-> Qorva Inc',
    ]);
    expect(banned("The Ontario Passenger Transportation Board refused to renew Qorva Inc's licence.")).toEqual([
      'Ontario Passenger Transportation Board -banned-> Qorva Inc',
    ]);
  });

  it('"A\'s licence was not renewed by the Board", "… has been not renewed by …"', () => {
    expect(banned("Qorva Inc's licence was not renewed by the Ontario Passenger Transportation Board.")).toEqual([
      'Ontario Passenger Transportation Board -banned-> Qorva Inc',
    ]);
    expect(banned("Zenco Ltd's taxi licences were not renewed by the Toronto Taxi Board.")).toEqual(['Toronto Taxi Board -banned-> Zenco Ltd']);
    expect(banned("Vexa Ltd's operating permit was not renewed by the London Transit Board, the firm said.")).toEqual(['London Transit Board -banned-> Vexa Ltd']);
  });
});

describe('guards', () => {
  it('a firm refusing, or a firm\'s own board, bans nothing', () => {
    expect(banned('Zenco Ltd refused to grant Qorva Inc a licence to its patents.')).toEqual([]);
    expect(banned('Zenco Ltd informed Qorva Inc that it would not be issued with a licence.')).toEqual([]);
    expect(banned("Qorva Inc's licence was not renewed by Zenco Ltd.")).toEqual([]);
  });

  it('a revocation only possible, proposed or overturned bans nothing', () => {
    expect(banned("The Toronto Transit Board may revoke Zenco Ltd's operating licence.")).toEqual([]);
    expect(banned('The London Transit Board said Qorva Inc would not be granted a licence unless it met the rules.')).toEqual([]);
    expect(banned("A court overturned the London Transit Board's refusal of Zenco Ltd's licence.")).toEqual([]);
    expect(banned('The Ontario Passenger Transportation Board informed Zenco Ltd that it would not be issued with a licence, but the decision was later overturned.')).toEqual([]);
  });

  it('a merger refused, a licence granted, or a renewal merely pending bans nothing', () => {
    expect(banned('The Ontario Passenger Transportation Board declined to approve the merger of Zenco Ltd and Qorva Inc.')).toEqual([]);
    expect(banned('The London Transit Board said that Zenco Ltd would be granted a licence.')).toEqual([]);
    expect(banned("Qorva Inc's licence was renewed by the Ontario Passenger Transportation Board.")).toEqual([]);
    expect(banned('The London Transit Board informed Zenco Ltd that it would be issued with a licence.')).toEqual([]);
  });
});
