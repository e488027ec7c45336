import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 81, first round, from stop 80's fresh samples: a list headed by its act's participle whose actor is the state body that
// reports it ("The sanctioned companies are A and B, the Treasury said"), and lists set out one per line under a short head
// ("Those added include:") or in bullets closed by "; and" and a full stop; and vetoed deals told with the buyer inside the deal's
// phrase ("knocked back Zenco's planned purchase", "had blocked its purchase", "Zenco's takeover of Qorva was blocked by …").
// And states sharing one hyphenated participle ("US- and UN-designated Zenco Group").
// Sentences written for the tests.

describe('a list headed by its participle, its actor the body reporting it', () => {
  it('"The sanctioned companies are A, B and C, the Treasury Department said" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('The sanctioned companies are Zenco Ltd, Qorva Co and Vexa Technologies, the Treasury Department said.'))).toEqual([
      'Treasury Department -restricts-> Qorva Co',
      'Treasury Department -restricts-> Vexa Technologies',
      'Treasury Department -restricts-> Zenco Ltd',
    ]);
  });

  it('"The designated firms include A and B, according to the State Department" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('The designated firms include Zenco Shipping Ltd and Qorva Trading Co, according to the State Department.'))).toEqual([
      'State Department -restricts-> Qorva Trading Co',
      'State Department -restricts-> Zenco Shipping Ltd',
    ]);
  });

  it('"The Commerce Department said the blacklisted entities include A and B" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department said the blacklisted entities include Zenco Micro Ltd and Qorva Semiconductor Co.'))).toEqual([
      'Commerce Department -restricts-> Qorva Semiconductor Co',
      'Commerce Department -restricts-> Zenco Micro Ltd',
    ]);
  });

  it('"The blocked websites include A and B, India\'s IT ministry said" bans each', () => {
    expect(only('banned')(scoredClaimsOf("The blocked websites include Zenflix.com and Qorvatube.com, India's IT ministry said."))).toEqual([
      'MeitY -banned-> Qorvatube.com',
      'MeitY -banned-> Zenflix.com',
    ]);
  });

  it('a firm reporting the list, or a list of rivals or partners, gives no act', () => {
    expect(only('restricts')(scoredClaimsOf('The sanctioned companies are Zenco Ltd and Qorva Co, Vexa Technologies said.'))).toEqual([]);
    expect(scoredClaimsOf('The largest companies are Zenco Ltd and Qorva Co, the Commerce Department said.').filter((c) => /restricts|banned/.test(c))).toEqual([]);
    expect(scoredClaimsOf('The affected customers include Zenco Ltd and Qorva Co, the Treasury Department said.').filter((c) => /restricts|banned/.test(c))).toEqual([]);
  });

  it('a hedged, planned, past or excepted list gives no act', () => {
    expect(only('restricts')(scoredClaimsOf('The sanctioned companies could include Zenco Ltd and Qorva Co, the Treasury Department said.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The companies to be sanctioned include Zenco Ltd and Qorva Co, the Treasury Department said.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The firms not sanctioned include Zenco Ltd and Qorva Co, the Treasury Department said.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("The apps no longer banned include Zenflix.com and Qorvatube.com, India's IT ministry said."))).toEqual([]);
  });

  it('a participle that need not be a listing act ("listed", "targeted", "identified") needs the list named', () => {
    expect(only('restricts')(scoredClaimsOf("The listed companies include Zenco Ltd and Qorva Co, India's finance ministry said."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The targeted companies include Zenco Ltd and Qorva Co, the FBI said.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Those added to the list include Zenco Ltd and Qorva Co, the Commerce Department said.'))).toEqual([
      'Commerce Department -restricts-> Qorva Co',
      'Commerce Department -restricts-> Zenco Ltd',
    ]);
  });

  it('a state or its seat alone reports the sanctions on its own firms as often as their author does', () => {
    expect(only('restricts')(scoredClaimsOf('The sanctioned companies are Zenco Systems and Qorva Micro, Moscow said.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Three firms were sanctioned: Zenco Systems and Qorva Micro, the Kremlin said.'))).toEqual([]);
  });

  it('a body that reports the list to condemn it is not its author', () => {
    expect(only('restricts')(scoredClaimsOf("The sanctioned companies are Zenco Ltd and Qorva Co, China's commerce ministry said, vowing to protect Chinese firms."))).toEqual([]);
  });
});

describe('lists set out one per line or in bullets', () => {
  it('"Those added include:" and one name a line after the act', () => {
    const text = 'The US Commerce Department added 14 Chinese companies to its Entity List on Tuesday. Those added include:\n- Zenco Ltd\n- Qorva Co\n- Vexa Technologies';
    expect(only('restricts')(scoredClaimsOf(text)).filter((c) => !c.endsWith('Chinese'))).toEqual([
      'Commerce Department -restricts-> Qorva Co',
      'Commerce Department -restricts-> Vexa Technologies',
      'Commerce Department -restricts-> Zenco Ltd',
    ]);
  });

  it('bullets closed by "; and" and a full stop keep the last item', () => {
    const text = "Pakistan's telecom regulator blocked 12 websites last week. The blocked sites include:\n• Zenflix;\n• Qorvatube; and\n• Vexagram.";
    expect(only('banned')(scoredClaimsOf(text))).toEqual([
      "Pakistan's telecom regulator -banned-> Qorvatube",
      "Pakistan's telecom regulator -banned-> Vexagram",
      "Pakistan's telecom regulator -banned-> Zenflix",
    ]);
  });

  it('a sentence on the line after a list is no item', () => {
    const text = "Pakistan's telecom regulator blocked 12 websites last week. The blocked sites include:\n• Zenflix;\n• Qorvatube.\nZenco appealed.";
    expect(only('banned')(scoredClaimsOf(text))).toEqual([
      "Pakistan's telecom regulator -banned-> Qorvatube",
      "Pakistan's telecom regulator -banned-> Zenflix",
    ]);
  });

  it('a short head with no list verb ("Related links:") opens no list', () => {
    const text = 'The US Commerce Department added 14 Chinese companies to its Entity List on Tuesday.\n\nRelated links:\n- Zenco Ltd\n- Qorva Co';
    expect(only('restricts')(scoredClaimsOf(text)).filter((c) => !c.endsWith('Chinese'))).toEqual([]);
  });
});

describe('vetoed deals with the buyer inside the deal', () => {
  it('"knocked back", "shot down" and "refused to approve" a buyer\'s deal restrict the buyer', () => {
    expect(only('restricts')(scoredClaimsOf("Regulators in Germany knocked back Zenco Inc's planned purchase of Qorva Ltd."))).toEqual(['Germany -restricts-> Zenco Inc']);
    expect(only('restricts')(scoredClaimsOf("EU regulators shot down Zenco Inc's bid for Qorva Ltd on Tuesday."))).toEqual(['European Union -restricts-> Zenco Inc']);
    expect(only('restricts')(scoredClaimsOf("Beijing refused to approve Zenco Inc's $5 billion deal for Qorva Ltd."))).toEqual(['China -restricts-> Zenco Inc']);
  });

  it('"had blocked its purchase" restricts the buyer "its" stands for', () => {
    // Brazil's antitrust watchdog is the lexicon's CADE (helper agc89).
    expect(only('restricts')(scoredClaimsOf("Zenco Inc said Brazil's antitrust watchdog had blocked its purchase of Qorva Ltd."))).toEqual(['CADE -restricts-> Zenco Inc']);
  });

  it('a buyer\'s deal stopped in the passive restricts the buyer, planned or not, and was no acquisition', () => {
    const blocked = scoredClaimsOf("Zenco Inc's takeover of Qorva Ltd was blocked by the European Commission.");
    expect(only('restricts')(blocked)).toEqual(['European Commission -restricts-> Zenco Inc']);
    expect(only('acquired')(blocked)).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Zenco Inc's planned purchase of Qorva Ltd was knocked back by Germany's economy ministry."))).toEqual(["Germany's economy ministry -restricts-> Zenco Inc"]);
  });

  it('a deal approved, only possibly blocked, or an offer to settle restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf("Zenco Inc said Brazil's antitrust watchdog had approved its purchase of Qorva Ltd."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Zenco Inc said Brazil's antitrust watchdog could block its purchase of Qorva Ltd."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Britain's CMA turned down Zenco Inc's offer to settle the case."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("China's market regulator refused to approve Zenco Inc's bid for a broadcasting licence."))).toEqual([]);
  });

  it('a planned acquisition told as a plan stays a plan; so do planned curbs', () => {
    expect(only('acquired')(scoredClaimsOf("Zenco Inc's planned acquisition of Qorva Ltd was announced on Monday."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The Treasury has proposed investment restrictions on Zenco Inc.'))).toEqual([]);
  });

  it('other things of a firm rejected, or a deal only sent to a deeper probe, restrict no one', () => {
    expect(only('restricts')(scoredClaimsOf("The CMA rejected Zenco Inc's concerns over the deal."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Zenco Inc's offer of help was rejected by the European Commission."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Zenco Inc's bid for a defence contract was rejected by the Pentagon."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("The CMA declined to clear Zenco Inc's deal for Qorva Ltd at phase one and referred it for an in-depth investigation."))).toEqual([]);
  });

  it('a price before the deal, or a stake in the firm bought, still reads the deal', () => {
    expect(only('restricts')(scoredClaimsOf("Beijing blocked Zenco Inc's $5 billion deal for Qorva Ltd."))).toEqual(['China -restricts-> Zenco Inc']);
    expect(only('restricts')(scoredClaimsOf("Zenco Inc's purchase of a 20% stake in Qorva Ltd was blocked by the European Commission."))).toEqual(['European Commission -restricts-> Zenco Inc']);
  });
});

describe('states sharing one hyphenated participle', () => {
  it('"US-, EU- and UK-sanctioned Zenco" is restricted by each state', () => {
    expect(only('restricts')(scoredClaimsOf('The tanker was owned by US-, EU- and UK-sanctioned Zenco Shipping Co.'))).toEqual([
      'European Union -restricts-> Zenco Shipping Co',
      'United Kingdom -restricts-> Zenco Shipping Co',
      'United States -restricts-> Zenco Shipping Co',
    ]);
  });

  it('a shared participle that is no act ("US- and EU-based") restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc, a US- and EU-based firm, launched the Zeta phone.'))).toEqual([]);
  });
});

describe('an agentless act before a colon, its actor the body reporting it', () => {
  it('"Three firms were sanctioned: A, B and C, the Treasury Department said" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('Three firms were sanctioned: Zenco Ltd, Qorva Co and Vexa Trading, the Treasury Department said.'))).toEqual([
      'Treasury Department -restricts-> Qorva Co',
      'Treasury Department -restricts-> Vexa Trading',
      'Treasury Department -restricts-> Zenco Ltd',
    ]);
  });

  it('the reporter before the colon, a ban, and a list named after a listing participle', () => {
    expect(only('restricts')(scoredClaimsOf('Three firms were sanctioned, the Treasury Department said: Zenco Ltd, Qorva Co and Vexa Trading.'))).toEqual([
      'Treasury Department -restricts-> Qorva Co',
      'Treasury Department -restricts-> Vexa Trading',
      'Treasury Department -restricts-> Zenco Ltd',
    ]);
    expect(only('banned')(scoredClaimsOf("Two apps were blocked on Monday: Zenflix and Qorvatube, India's IT ministry said."))).toEqual(['MeitY -banned-> Qorvatube', 'MeitY -banned-> Zenflix']);
    expect(only('restricts')(scoredClaimsOf('Several firms were added to the Entity List: Zenco Ltd and Qorva Co, the Commerce Department said.'))).toEqual([
      'Commerce Department -restricts-> Qorva Co',
      'Commerce Department -restricts-> Zenco Ltd',
    ]);
  });

  it('a negated, hedged, condemned or non-listing passive gives no act', () => {
    expect(only('restricts')(scoredClaimsOf('Three firms were not sanctioned: Zenco Ltd, Qorva Co and Vexa Trading, the Treasury Department said.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Three firms could be sanctioned: Zenco Ltd, Qorva Co and Vexa Trading, the Treasury Department said.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("Three firms were sanctioned: Zenco Ltd, Qorva Co and Vexa Trading, China's commerce ministry said, condemning the move."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Two firms were praised: Zenco Ltd and Qorva Co, the Treasury Department said.'))).toEqual([]);
  });
});

describe('an act told in the passive with its agent opens the list that follows', () => {
  it('"New sanctions were announced by the Treasury Department. The sanctions included blacklisting A, B and C" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('New sanctions were announced by the Treasury Department on Monday. The sanctions included blacklisting Zenco Ltd, Qorva Co and Vexa Trading.'))).toEqual([
      'Treasury Department -restricts-> Qorva Co',
      'Treasury Department -restricts-> Vexa Trading',
      'Treasury Department -restricts-> Zenco Ltd',
    ]);
    expect(only('restricts')(scoredClaimsOf('New sanctions were imposed by the European Union on Monday. The measures target Zenco Ltd and Qorva Co.'))).toEqual([
      'European Union -restricts-> Qorva Co',
      'European Union -restricts-> Zenco Ltd',
    ]);
  });

  it('an act only possible, or a noun the agent did not issue, opens nothing', () => {
    expect(only('restricts')(scoredClaimsOf('New sanctions could be imposed by the European Union. The measures would target Zenco Ltd and Qorva Co.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The sanctions were criticised by the European Union. The measures target Zenco Ltd and Qorva Co.'))).toEqual([]);
  });
});
