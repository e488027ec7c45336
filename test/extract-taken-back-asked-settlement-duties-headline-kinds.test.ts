import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 77, from stop 76's last two fresh sets: settlements and orders whose duties are told around the agreement, a taking back
// that is only asked for, and Title Case headlines that name a thing with its kind. Sentences written for the tests.

describe('settlements and orders told around the agreement', () => {
  it('"As part of the settlement with the Ministry, Zenco entered into an agreement that requires …"', () => {
    expect(only('restricts')(scoredClaimsOf('As part of the settlement with the Ministry of Commerce, Zenco Corp. entered into an agreement that requires the company to implement new export controls.'))).toEqual(['Ministry of Commerce -restricts-> Zenco Corp']);
  });

  it('"entered into an agreement with the Ministry, under which the company will hire a compliance monitor"', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Corp. entered into an agreement with the Ministry of Commerce, under which the company will hire a compliance monitor.'))).toEqual(['Ministry of Commerce -restricts-> Zenco Corp']);
  });

  it('"Zenco\'s settlement with the Ministry requires …"', () => {
    expect(only('restricts')(scoredClaimsOf("Zenco Corp.'s settlement with the Ministry of Commerce requires the appointment of a compliance monitor."))).toEqual(['Ministry of Commerce -restricts-> Zenco Corp']);
  });

  it('"Without admitting or denying the SEC\'s findings, Zenco consented to the entry of an order …"', () => {
    expect(only('restricts')(scoredClaimsOf("Without admitting or denying the SEC's findings, Qorva Inc. consented to the entry of an order that requires it to cease and desist from future violations."))).toEqual(['Securities and Exchange Commission -restricts-> Qorva Inc']);
  });

  it('"consented to the entry of an order by the SEC", "consented to the SEC\'s order"', () => {
    expect(only('restricts')(scoredClaimsOf('Qorva Inc. consented to the entry of a cease-and-desist order by the SEC.'))).toEqual(['Securities and Exchange Commission -restricts-> Qorva Inc']);
    expect(only('restricts')(scoredClaimsOf("Qorva Inc. consented to the SEC's order last week."))).toEqual(['Securities and Exchange Commission -restricts-> Qorva Inc']);
  });

  it('"announced the imposition of a cease-and-desist order as to Zenco"', () => {
    expect(only('restricts')(scoredClaimsOf('The SEC announced the imposition of a cease-and-desist order as to Qorva Inc. on Tuesday.'))).toEqual(['Securities and Exchange Commission -restricts-> Qorva Inc']);
  });

  it('an agreement with a body under which a firm "will sell jets", or a supply agreement that "requires delivery", binds no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Aero entered into an agreement with the Ministry of Defence, under which the company will sell 48 jets.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Zenco Health's supply agreement with the Ministry of Health requires delivery of 5 million doses."))).toEqual([]);
  });
});

describe('a taking back only asked for leaves the act standing', () => {
  it('"urged Russia to lift its ban on LinkedIn": Russia bans LinkedIn', () => {
    expect(only('banned')(scoredClaimsOf('Reporters Without Borders urged Russia to lift its ban on LinkedIn.'))).toEqual(['Russia -banned-> LinkedIn']);
  });

  it('"urged Turkey to stop blocking Telegram": Turkey blocks Telegram', () => {
    expect(only('banned')(scoredClaimsOf('Rights groups urged Turkey to stop blocking Telegram.'))).toEqual(['Turkey -banned-> Telegram']);
  });

  it('"pressed Washington to lift its sanctions on Zenco": the sanctions hold', () => {
    expect(only('restricts')(scoredClaimsOf('Zembla pressed the United States to lift its sanctions on Zenco Ltd.'))).toEqual(['United States -restricts-> Zenco Ltd']);
  });

  it('a ban lifted as fact no longer holds, nor one only urged', () => {
    expect(only('banned')(scoredClaimsOf('Russia lifted its ban on LinkedIn in May.'))).toEqual([]);
    expect(only('banned')(claimsOf('Russia lifted its ban on LinkedIn in May.', 'negated'))).toEqual(['Russia -banned-> LinkedIn']);
    expect(only('banned')(scoredClaimsOf('Rights groups urged Turkey to block Telegram.'))).toEqual([]);
  });
});

describe('Title Case headlines that name a thing with its kind', () => {
  it('"Apple Bans Game Zenco From Its App Store", with the game named in the body', () => {
    expect(only('banned')(scoredClaimsOf('Apple Bans Game Zenco From Its App Store\n\nApple said on Monday that the game Zenco, made by Vell Games, broke its rules.'))).toEqual(['Apple -banned-> Zenco']);
  });

  it('"Apple Removes Zenco App For Flouting Rules"', () => {
    expect(only('banned')(scoredClaimsOf('Apple Removes Zenco App For Flouting Rules\n\nThe Zenco app, run by Vell Corp., was taken down on Monday, Apple said.'))).toEqual(['Apple -banned-> Zenco']);
  });

  it('"Russia Blocks Messaging App Zenco"', () => {
    expect(only('banned')(scoredClaimsOf("Russia Blocks Messaging App Zenco\n\nRussia's telecom regulator said the messaging app Zenco, made by Vell Corp., broke the law."))).toContain('Russia -banned-> Zenco');
  });

  it('a kind word beside a name the body never taught names nothing', () => {
    expect(only('banned')(scoredClaimsOf('Apple Removes Game Zenco For Flouting Rules\n\nApple said on Monday that it had removed a game.'))).toEqual([]);
  });
});
