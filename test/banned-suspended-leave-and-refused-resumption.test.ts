import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper sus92, from the eighty-second fresh sample's airline reader: a state bans a carrier by what it suspends, withholds or
// applies rather than by the carrier as object. Its leave is suspended with the holder named after it (in an apposition, or as
// who is let fly), it is not let resume flights, or a suspension named as a noun applies to it. A firm suspending its own flights
// or a partner's leave, a hedge, a suspension lifted or only proposed, a court's ruling suspended and a leave granted are no bans.
// Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a leave suspended, its holder named after it', () => {
  it('in an apposition: "suspended the authorisation of another carrier, A"', () => {
    expect(banned('The European Union Aviation Safety Agency also suspended the authorization of another carrier, Qorva Air.')).toEqual([
      'European Union Aviation Safety Agency -banned-> Qorva Air',
    ]);
    expect(banned("Indonesia's transport ministry revoked the operating permit of a smaller airline, Zenco Air.")).toEqual([
      "Indonesia's transport ministry -banned-> Zenco Air",
    ]);
  });

  it('after a first holder suspended outright: "suspended A and also suspended the licence of another carrier, B"', () => {
    expect(banned('The UK Civil Aviation Authority suspended Zenco Air and also suspended the licence of another carrier, Qorva Air.')).toEqual([
      'UK Civil Aviation Authority -banned-> Qorva Air',
      'UK Civil Aviation Authority -banned-> Zenco Air',
    ]);
  });

  it('as who is let fly: "suspended permission for A to fly to …", "froze the permits for A and B to operate"', () => {
    expect(banned('The US Transportation Department suspended permission for Qorva Air to fly to the United States.')).toEqual([
      'U.S. Department of Transportation -banned-> Qorva Air',
    ]);
    expect(banned('Russia froze the permits for Zenco Air and Qorva Air to operate in the country.')).toEqual([
      'Russia -banned-> Qorva Air',
      'Russia -banned-> Zenco Air',
    ]);
  });

  it('a leave withdrawn: "was withdrawing A\'s permit to operate"', () => {
    expect(banned("The UK Civil Aviation Authority said it was withdrawing Zenco Air's permit to operate from three airports.")).toEqual([
      'UK Civil Aviation Authority -banned-> Zenco Air',
    ]);
  });
});

describe('a carrier not let resume flights', () => {
  it('"has not allowed A and B to resume flights", "hasn\'t allowed US carriers A and B to …", "refused to let A resume …"', () => {
    expect(banned('China has not allowed Zenco Air and Qorva Air to resume flights.')).toEqual(['China -banned-> Qorva Air', 'China -banned-> Zenco Air']);
    expect(banned('China so far hasn\'t allowed US carriers Zenco Air and Qorva Air to resume flights to Beijing.')).toEqual([
      'China -banned-> Qorva Air',
      'China -banned-> Zenco Air',
    ]);
    expect(banned('Russia refused to let Zenco Air restart its passenger services.')).toEqual(['Russia -banned-> Zenco Air']);
    expect(banned('China has not yet allowed Qorva Air to resume flights.')).toEqual(['China -banned-> Qorva Air']);
  });

  it('as a noun: "China\'s failure to let A resume flights", "the refusal of the Chinese government to let A resume …"', () => {
    expect(banned("The move follows China's failure to let Zenco Air resume flights.")).toEqual(['China -banned-> Zenco Air']);
    expect(banned('It was a response to the refusal of the Chinese government to let Qorva Air resume scheduled flights.')).toEqual([
      'China -banned-> Qorva Air',
    ]);
  });
});

describe("a state's suspension applying to its targets", () => {
  it('"the US suspension affects A, B and C", "Russia\'s suspension applies to A and B"', () => {
    expect(banned('The US suspension affects Zenco Air, Qorva Air and Vexa Airlines.')).toEqual([
      'United States -banned-> Qorva Air',
      'United States -banned-> Vexa Airlines',
      'United States -banned-> Zenco Air',
    ]);
    expect(banned("Russia's suspension applies to Zenco Air and Qorva Air.")).toEqual(['Russia -banned-> Qorva Air', 'Russia -banned-> Zenco Air']);
  });

  it('a bare act with carriers counted, then named: "the US action applied to seven carriers, including A and B"', () => {
    expect(banned('The US action applied to seven carriers, including Zenco Air and Qorva Air.')).toEqual([
      'United States -banned-> Qorva Air',
      'United States -banned-> Zenco Air',
    ]);
  });
});

describe('near misses', () => {
  it('a firm suspending its own flights or a partner\'s leave bans nothing', () => {
    expect(banned('Zenco Air suspended its flights to China and Qorva Air suspended its service.')).toEqual([]);
    expect(banned('Zenco Air suspended permission for Qorva Air to fly its code-share routes.')).toEqual([]);
    expect(banned('Zenco Air suspended the authorization of another carrier, Qorva Air, to sell its tickets.')).toEqual([]);
    expect(banned('Zenco Air has not allowed Qorva Air to resume code-share flights.')).toEqual([]);
    expect(banned("Zenco Air's failure to let Qorva Air resume flights angered passengers.")).toEqual([]);
    expect(banned("Zenco Air's decision applies to seven carriers, including Qorva Air and Vexa Air.")).toEqual([]);
  });

  it('a hedge, a plan or a negation is no ban', () => {
    expect(banned('The agency may suspend the authorization of another carrier, Qorva Air.')).toEqual([]);
    expect(banned('The agency did not suspend the licence of another carrier, Qorva Air.')).toEqual([]);
    expect(banned('China may not allow Zenco Air to resume flights.')).toEqual([]);
    expect(banned('China did not refuse to let Zenco Air resume flights.')).toEqual([]);
    expect(banned('The US Transportation Department proposed to suspend permission for Qorva Air to fly to the United States.')).toEqual([]);
    expect(banned('The proposed US suspension would affect Zenco Air and Qorva Air.')).toEqual([]);
    expect(banned('The US suspension does not affect Zenco Air.')).toEqual([]);
    expect(banned('The US suspension would not apply to Zenco Air and Qorva Air.')).toEqual([]);
    expect(banned('China plans not to allow Zenco Air to resume flights.')).toEqual([]);
  });

  it('a leave granted, restored or allowed, and a suspension lifted, are no ban', () => {
    expect(banned('The agency restored the authorization of another carrier, Qorva Air.')).toEqual([]);
    expect(banned('The US Transportation Department granted permission for Qorva Air to fly to the United States.')).toEqual([]);
    expect(banned("The UK Civil Aviation Authority renewed Zenco Air's permit to operate.")).toEqual([]);
    expect(banned('China has allowed Zenco Air and Qorva Air to resume flights.')).toEqual([]);
    expect(banned('The lifting of the US suspension affects Zenco Air and Qorva Air.')).toEqual([]);
    expect(banned('The US decision to lift the ban applies to seven carriers, including Zenco Air and Qorva Air.')).toEqual([]);
  });

  it('other things let or suspended: talks, comment, a ruling, states, places, people', () => {
    expect(banned('China has not allowed Zenco Air to comment on the talks.')).toEqual([]);
    expect(banned('China has not allowed Zenco Air to resume talks with Qorva.')).toEqual([]);
    expect(banned('China has not allowed Japan and South Korea to resume flights.')).toEqual([]);
    expect(banned("China has not allowed Zenco Air's pilots to resume flights.")).toEqual([]);
    expect(banned('The regulator suspended the operating certificates of two airports, Beijing and Shanghai.')).toEqual([]);
    expect(banned('The US suspension applies to Beijing and Shanghai.')).toEqual([]);
    expect(banned('A US court suspended the ruling against Zenco Air.')).toEqual([]);
    expect(banned('A US court suspended the injunction against Qorva Air.')).toEqual([]);
    expect(banned('The agency suspended the licence of the pilot, John Smith.')).toEqual([]);
    expect(banned('The US action applied to seven firms, including Zenco Inc and Qorva Inc.')).toEqual([]);
    expect(banned('The US decision affects seven carriers, including Zenco Air and Qorva Air.')).toEqual([]);
    expect(banned("The US suspension affects Zenco Air's shares.")).toEqual([]);
  });

  it('an export licence suspended is a control, not a ban', () => {
    expect(banned('The US Commerce Department suspended the export licences of another firm, Qorva Inc.')).toEqual([]);
  });
});
