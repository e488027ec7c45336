import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 82 (own82), from fresh samples on developer tools, databases, security software and health tech: a fork is its forker's;
// a made thing bought or owned is its buyer's, told by a count and a list, a relative clause or a participle; a thing its maker
// names in a clause after its kind, or renames. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a fork is its forker\'s, never the forked project\'s', () => {
  it('"forks A into B", "forked A to create B", "forked A into a new project called B"', () => {
    expect(develops('Zenco forks Qorvlib into Zenlib.')).toEqual(['Zenco -develops-> Zenlib']);
    expect(develops('Zenco forked Qorvlib to create Zenlib.')).toEqual(['Zenco -develops-> Zenlib']);
    expect(develops('Vexa Systems forked Lumodb into Vexadb last year.')).toEqual(['Vexa Systems -develops-> Vexadb']);
    expect(develops('Zenco forked Qorvlib into a new project called Zenlib.')).toEqual(['Zenco -develops-> Zenlib']);
  });

  it('the forker\'s possessive: "Zenco\'s new fork of A, called B", "B, Zenco\'s fork of A"', () => {
    expect(develops("Zenco's new fork of Qorvlib, called Zenlib, was released on Monday.")).toEqual(['Zenco -develops-> Zenlib']);
    expect(develops("Zenlib, Zenco's fork of Qorvlib, adds faster indexing.")).toEqual(['Zenco -develops-> Zenlib']);
  });

  it('the maintainer after the fork\'s name, and the forker in the project\'s relative clause', () => {
    expect(develops('A community fork of Qorvlib named Zenlib, maintained by Zenco, now has more users.')).toEqual(['Zenco -develops-> Zenlib']);
    expect(develops('Qorva develops Qorvlib, which Zenco forked into Zenlib.')).toEqual(['Qorva -develops-> Qorvlib', 'Zenco -develops-> Zenlib']);
  });

  it('a fork\'s maintainer: "Zenco maintains Zenlib, a fork of Qorvlib"', () => {
    expect(develops('Zenco maintains Zenlib, a fork of Qorvlib.')).toEqual(['Zenco -develops-> Zenlib']);
  });

  it('the forked project is never the forker\'s, nor the fork its project\'s maker\'s', () => {
    expect(develops('Zenlib, a fork of Qorvlib developed by Zenco, is popular.')).toEqual(['Zenco -develops-> Zenlib']);
    expect(develops('Zenco launched Zenlib, a fork of Qorvlib.')).toEqual(['Zenco -develops-> Zenlib']);
  });

  it('a fork denied or only planned is no fork made', () => {
    expect(develops('Zenco did not fork Qorvlib into Zenlib.')).toEqual([]);
    expect(only('develops')(claimsOf('Zenco did not fork Qorvlib into Zenlib.', 'negated'))).toEqual(['Zenco -develops-> Zenlib']);
    expect(develops('Zenco plans to fork Qorvlib into Zenlib.')).toEqual([]);
  });
});

describe('a made thing bought is its buyer\'s', () => {
  it('a counted or plural kind and its list: "purchased two apps, A and B", "bought the apps A and B"', () => {
    expect(develops('Zenco has purchased two apps, Vexa Chat and Lumo Pay.')).toEqual(['Zenco -develops-> Lumo Pay', 'Zenco -develops-> Vexa Chat']);
    expect(develops('Zenco bought the apps Vexa Chat and Lumo Pay.')).toEqual(['Zenco -develops-> Lumo Pay', 'Zenco -develops-> Vexa Chat']);
    expect(develops('Zenco has bought three games, including Vexa Quest and Lumo Run.')).toEqual(['Zenco -develops-> Lumo Run', 'Zenco -develops-> Vexa Quest']);
  });

  it('the seller after such a list is no maker', () => {
    expect(develops('Zenco has purchased two apps, Vexa Chat and Lumo Pay, from Qorva.')).toEqual(['Zenco -develops-> Lumo Pay', 'Zenco -develops-> Vexa Chat']);
  });

  it('a relative clause or a participle after a thing of a made kind', () => {
    expect(develops('The messaging app Zapp, which Zenco acquired in 2020, now has 50 million users.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('Zapp, a messaging app Zenco acquired in 2020, now has 50 million users.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('The photo app Pixly, now owned by Zenco, gained new features.')).toEqual(['Zenco -develops-> Pixly']);
    expect(develops('The note-taking app Qorva Scribe, bought by Zenco last year, gained new features.')).toEqual(['Zenco -develops-> Qorva Scribe']);
  });

  it('a takeover of a made thing, and a purchase of one completed', () => {
    expect(develops('Zenco took over the messaging app Zapp last year.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('Zenco completed its purchase of the fitness app Fitly.')).toEqual(['Zenco -develops-> Fitly']);
    expect(develops('Zenco closed its $2 billion acquisition of the game Vexa Quest.')).toEqual(['Zenco -develops-> Vexa Quest']);
  });

  it('a firm bought, a deal not done, ads or a stake bought, a customer: no made thing owned', () => {
    expect(develops('Qorva, which Zenco acquired in 2020, makes chips.')).toEqual([]);
    expect(develops('Zenco bought two companies, Qorva and Vexa.')).toEqual([]);
    expect(develops('Zenco bought three companies, including Qorva and Vexa.')).toEqual([]);
    expect(develops('Zenco agreed to buy the messaging app Zapp.')).toEqual([]);
    expect(develops('Zenco is in talks to buy the messaging app Zapp.')).toEqual([]);
    expect(develops('Zenco bought ads on Zapp.')).toEqual([]);
    expect(develops('Zenco bought a stake in Qorva.')).toEqual([]);
    expect(develops('Users who bought the Zeta-2 complained about the battery.')).toEqual([]);
    expect(develops('The messaging app Zapp acquired ten million users in 2020.')).toEqual([]);
    expect(develops('Zenco took over Qorva last year.')).toEqual([]);
    expect(develops("Zenco took over the app Zapp's servers after the outage.")).toEqual([]);
    expect(develops('The app Zapp, which Zenco tried to buy in 2020, was shut down.')).toEqual([]);
    expect(develops('Zenco completed its purchase of the chip firm Qorva.')).toEqual([]);
    expect(develops('Zenco abandoned its purchase of the fitness app Fitly.')).toEqual([]);
  });
});

describe('a thing its maker names after its kind, or renames', () => {
  it('"the chatbot Zenco calls Zap", "a tool Zenco has branded Zap", "the assistant that Zenco named Zap"', () => {
    expect(develops('The chatbot Zenco calls Zap answers questions.')).toEqual(['Zenco -develops-> Zap']);
    expect(develops('A tool Zenco has branded Zap is now free.')).toEqual(['Zenco -develops-> Zap']);
    expect(develops('The assistant that Zenco named Zap can write code.')).toEqual(['Zenco -develops-> Zap']);
  });

  it('"renamed its app A to B", "rebranded its messaging app A as B": the maker makes both', () => {
    expect(develops('Zenco renamed its app Zapp to Zapp Pro.')).toEqual(['Zenco -develops-> Zapp', 'Zenco -develops-> Zapp Pro']);
    expect(develops('Zenco rebranded its messaging app Zapp as Zapp Pro.')).toEqual(['Zenco -develops-> Zapp', 'Zenco -develops-> Zapp Pro']);
  });

  it('a relative clause set off after the kind: "Zenco\'s chatbot, which it calls Zap", "the app, which Zenco calls Zapp"', () => {
    expect(develops("Zenco's chatbot, which it calls Zap, can write code.")).toEqual(['Zenco -develops-> Zap']);
    expect(develops('The app, which Zenco calls Zapp, is free.')).toEqual(['Zenco -develops-> Zapp']);
  });

  it('"renamed the app A to B", "changed the name of its app from A to B", "Zenco\'s A app was renamed B"', () => {
    expect(develops('Zenco renamed the app Zapp to Zapp Pro.')).toEqual(['Zenco -develops-> Zapp', 'Zenco -develops-> Zapp Pro']);
    expect(develops('Zenco changed the name of its app from Zapp to Zapp Pro.')).toEqual(['Zenco -develops-> Zapp Pro']);
    expect(develops("Zenco's Zapp app was renamed Zapp Pro.")).toEqual(['Zenco -develops-> Zapp', 'Zenco -develops-> Zapp Pro']);
  });

  it('a product that calls someone, a partner named, a unit renamed: no made thing named', () => {
    expect(develops('The chatbot Zap called the user back.')).toEqual([]);
    expect(develops('The developer Zenco named Qorva as its partner.')).toEqual([]);
    expect(develops('The platform Zenco named Qorva as its cloud partner.')).toEqual([]);
    expect(develops("Zenco's rival, which it calls Qorva, fell.")).toEqual([]);
    expect(develops('Zenco renamed its subsidiary Qorva to Qorva Labs.')).toEqual([]);
  });
});

// The review of stop 82's round (about 250 sentences) found these near misses giving edges; each is a family of its own.
describe('what the review found: units bought, roles renamed, a name called something, a rename by another', () => {
  it('units of hardware bought are a customer\'s, not made things owned', () => {
    expect(develops('Zenco bought three phones, the Zeta-3, the Zeta-4 and the Vexa One, for testing.')).toEqual([]);
    expect(develops('Qorva purchased two drones, the Zeta-2 and the Zeta-3, for its staff.')).toEqual([]);
    expect(develops('Zenco bought the games Vexa Quest and Lumo Run last year.').sort()).toEqual(['Zenco -develops-> Lumo Run', 'Zenco -develops-> Vexa Quest']);
  });

  it('"X\'s rival Y was renamed Z" names no thing of X\'s; a rename by another is that one\'s', () => {
    expect(develops("Zenco's rival Qorva was renamed Qorva Global.")).toEqual([]);
    expect(develops("Zenco's partner Qorva was renamed Qorva Digital last year.")).toEqual([]);
    expect(develops("Zenco's messaging app Zapp was renamed Zapp Pro by Qorva after the sale.")).not.toContain('Zenco -develops-> Zapp Pro');
    expect(develops("Zenco's messaging app Zapp was renamed Zapp Pro in May.")).toContain('Zenco -develops-> Zapp Pro');
  });

  it('a name a naming clause gives with a word after it says what the thing was called, not its name', () => {
    expect(develops('The app, which Zenco called Zapp dangerous, was removed.')).toEqual([]);
    expect(develops('The chatbot Zenco called Zap unreliable was made by Qorva.')).toEqual(['Qorva -develops-> Zap']);
    expect(develops('The tool Zenco has branded Zap lets users write code.')).toEqual(['Zenco -develops-> Zap']);
    expect(develops('The chatbot Zenco calls Zap has ten million users.')).toEqual(['Zenco -develops-> Zap']);
  });
});
