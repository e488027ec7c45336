import { lowerWordsOf, type Token } from '../text/tokens';
import type { AbstractSentence } from './abstract-sentence';
import type { FoundRelation, TypeUnknown } from './claim-check';
import { bindParties, clearanceIn, type Clearance } from './cleared-on-conditions';
import type { SentenceMention } from './mention';

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

export class ConditionedClearances {
  private last: { sentence: number; clearance: Clearance } | undefined;

  /** A blank line: a clearance of the paragraph before has no conditions here. */
  newParagraph(): void {
    this.last = undefined;
  }

  /** The claims the sentence adds: restrictions on the parties of a clearance told in the sentence before. Remembers the sentence's own clearance. */
  read(index: number, tokens: readonly Token[], abstract: AbstractSentence | undefined, mentions: readonly SentenceMention[], claims: readonly FoundRelation[], typeUnknown: TypeUnknown): FoundRelation[] {
    const cleared = this.last?.sentence === index - 1 ? this.last.clearance : undefined;
    const own = abstract ? clearanceIn(abstract.text, mentions) : undefined;
    this.last = own ? { sentence: index, clearance: own } : undefined;
    if (!cleared) return [];
    // Read only after a clearance: the rare sentence that needs its words.
    const conditions = CONDITIONS.exec(lowerWordsOf(tokens).join(' '));
    if (!conditions) return [];
    return bindParties(cleared, claims, typeUnknown).map((party) => ({ source: cleared.body, relation: 'restricts', target: party, status: 'asserted', trigger: conditions[0], rule: CONDITIONED_CLEARANCE_RULE }));
  }
}
