import { TermsAfter } from './terms-after';

/**
 * "The Commission approved the acquisition of Qorva by Zenco. The approval is conditional on …": a
 * deal a state body cleared, whose conditions the next sentence of the paragraph states, binds
 * the buyer (or both parties of a merger), as a clearance on conditions told in one sentence
 * does (cleared-on-conditions.ts, which also finds the clearance read here). Stop 67's fifth
 * controls sample missed such clearances most.
 */

export const CONDITIONED_CLEARANCE_RULE = 'clearance:conditions-after';

/** A sentence that states the conditions of the clearance just told: "The approval is conditional on …", "It comes with conditions". */
const CONDITIONS = new RegExp(
  [
    String.raw`^(?:but |however , |and )?(?:the |this |that |its |their |it )?(?:[a-z-]+ ){0,2}?`,
    String.raw`(?:approval|clearance|decision|green light|go-ahead|authori[sz]ation|nod|ruling|deal|merger|acquisition|takeover|transaction|it) `,
    String.raw`(?:is|was|comes|came|remains|will be|has been|had been|are|were|will come) (?:[a-z]+ )?`,
    String.raw`(?:conditional (?:on|upon)|subject to|contingent (?:on|upon)|tied to|with (?:[a-z-]+ ){0,2}(?:conditions|strings|remedies|commitments|undertakings))(?= |$)`,
  ].join(''),
);

/** Reads the conditions told in the sentence after a clearance (cleared-on-conditions.ts finds the clearance). */
export const conditionedClearances = (): TermsAfter => new TermsAfter(CONDITIONS, CONDITIONED_CLEARANCE_RULE);
