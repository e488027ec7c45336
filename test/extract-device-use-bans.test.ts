import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper bnx93, from set 89's social-media reader: a body vetoing an app's use, and a body's decision to keep an app off its
// devices, ban the app (the real-dev rules count prohibiting an app on government devices as `banned`). A decision that is only
// proposed, or one a court overturned, bans nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const bannedAs = (text: string, status: 'proposed' | 'negated'): string[] => only('banned')(claimsOf(text, status));

describe('a body vetoing an app\'s use', () => {
  it('the vetoing body bans the app', () => {
    expect(banned('The European Commission vetoed the use of the Qorva app on staff phones.')).toEqual(['European Commission -banned-> Qorva']);
    expect(banned('India vetoed the use of Qorva, the video app, on government devices.')).toEqual(['India -banned-> Qorva']);
    expect(banned('Canada has vetoed the installation of the Qorva app on official laptops.')).toEqual(['Canada -banned-> Qorva']);
  });

  it('a vetoed bill, another\'s data, a firm\'s veto and a negated veto ban nothing', () => {
    expect(banned('India vetoed a bill on the Qorva app.')).toEqual([]);
    expect(banned('India vetoed the use of Qorva\'s data on government devices.')).toEqual([]);
    expect(banned('India vetoed the use of the Qorva app\'s data in its census.')).toEqual([]);
    expect(banned('India proposed to veto the use of the Qorva app.')).toEqual([]);
    expect(banned('Zenco Inc. vetoed the use of the Qorva app on its phones.')).toEqual([]);
    expect(banned('India did not veto the use of the Qorva app.')).toEqual([]);
    expect(bannedAs('India did not veto the use of the Qorva app.', 'negated')).toEqual(['India -banned-> Qorva']);
  });
});

describe('a body\'s decision to keep an app off its devices', () => {
  it('the deciding body bans the app', () => {
    expect(banned('The decision by Canada to restrict the Qorva app from federal devices was welcomed.')).toEqual(['Canada -banned-> Qorva']);
    expect(banned('Lawmakers welcomed a decision by the US Congress to restrict the Qorva app from federal devices.')).toEqual(['Congress -banned-> Qorva']);
  });

  it('a proposed, overturned or reversed decision bans nothing', () => {
    expect(banned('Critics attacked the proposed decision by Canada to ban the Qorva app from government phones.')).toEqual([]);
    expect(banned('A court overturned the decision by Canada to ban the Qorva app from government phones.')).toEqual([]);
    expect(banned('The decision by Canada to ban the Qorva app from government phones was later reversed.')).toEqual([]);
    expect(banned('Users are appealing the decision by Canada to restrict the Qorva app from federal devices.')).toEqual([]);
    expect(banned('A decision by Canada to restrict the Qorva app from federal devices is expected next month.')).toEqual([]);
  });

  it('a firm\'s decision on its own devices is no state body\'s', () => {
    expect(banned('The decision by Zenco Inc. to restrict the Qorva app from its laptops surprised staff.')).toEqual([]);
  });
});

describe('a deadline given to customers', () => {
  it('a body giving agencies days to remove an app bans it', () => {
    expect(banned('Canada gave federal agencies 30 days to remove the Qorva app from government devices.')).toEqual(['Canada -banned-> Qorva']);
  });

  it('customers or users given days to remove an app are no ban of the firm that set the deadline', () => {
    expect(banned('Zenco Inc. gave customers 30 days to remove the Qorva app from their phones.')).toEqual([]);
    expect(banned('Zenco Inc. gave its users two weeks to delete the Qorva app.')).toEqual([]);
    expect(banned('The Zenco Palace Group gave subscribers 30 days to remove the Qorva app from devices.')).toEqual([]);
  });
});

describe('a known firm\'s name opening a longer legal name', () => {
  // The rule needs a firm the lexicon knows; the longer names are made up.
  it('the whole legal name is the firm', () => {
    expect(entitiesOf('The regulator revoked the licence of Oracle Courier Limited.')).toEqual(['Oracle Courier Limited (company)']);
    expect(entitiesOf('Oracle Express Pty Ltd was banned by the regulator.')).toEqual(['Oracle Express Pty Ltd (company)']);
  });

  it('the firm\'s own name with its legal form stays the firm', () => {
    expect(entitiesOf('Oracle Inc banned the Qorva app.')).toContain('Oracle (company)');
  });
});
