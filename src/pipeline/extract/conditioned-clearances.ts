import { lowerWordsOf, type Token } from '../text/tokens';
import type { AbstractSentence } from './abstract-sentence';
import type { FoundRelation, TypeUnknown } from './claim-check';
import type { SentenceMention } from './mention';

/**
 * "The Commission approved the acquisition of Qorva by Zenco. The approval is conditional on …": a
 * deal a state body cleared, whose conditions the next sentence of the paragraph states, binds
 * the buyer (or both parties of a merger), as a clearance on conditions told in one sentence
 * does (relation-patterns.ts). Stop 67's fifth controls sample missed such clearances most.
 */

export const CONDITIONED_CLEARANCE_RULE = 'clearance:conditions-after';

/** A clearance of a deal: the body, then the buyer's possessive, "… of Y by B", or a merger's two parties. */
const CLEARANCE = new RegExp(
  [
    String.raw`(?<![^ ])(?<x>@\d+) (?:(?!not |never |\S+n't )[a-z]+ ){0,2}?`,
    String.raw`(?:approved|approves|cleared|clears|authori[sz]ed|authori[sz]es|greenlit|greenlighted|okayed|waved through|`,
    String.raw`(?:gave|gives|granted|grants) (?:the |its |a )?(?:[a-z-]+ )?(?:go-ahead|green light|approval|clearance|nod|blessing) (?:to|for)) (?:the )?`,
    String.raw`(?:(?<b>@\d+) 's (?:[a-z$0-9.-]+ ){0,3}(?:(?:merger|combination|tie-up) with (?:the )?(?<w>@\d+)|acquisition|takeover|purchase|buyout|merger|deal|bid|combination|tie-up)`,
    String.raw`|(?:[a-z$0-9.-]+ ){0,3}(?:acquisition|takeover|purchase|buyout) of (?:the )?(?:[a-z-]+ ){0,3}@\d+ (?:[a-z-]+ ){0,3}by (?:the )?(?:[a-z-]+ ){0,2}(?<c>@\d+)`,
    String.raw`|(?:[a-z$0-9.-]+ ){0,3}(?:merger|combination|tie-up) (?:of|between) (?:the )?(?<p>@\d+) and (?:the )?(?<q>@\d+))`,
  ].join(''),
);

/** A sentence that states the conditions of the clearance just told: "The approval is conditional on …", "It comes with conditions". */
const CONDITIONS = new RegExp(
  [
    String.raw`^(?:but |however , |and )?(?:the |this |that |its |their |it )?(?:[a-z-]+ ){0,2}?`,
    String.raw`(?:approval|clearance|decision|green light|go-ahead|authori[sz]ation|nod|ruling|deal|merger|acquisition|takeover|transaction|it) `,
    String.raw`(?:is|was|comes|came|remains|will be|has been|had been|are|were|will come) (?:[a-z]+ )?`,
    String.raw`(?:conditional (?:on|upon)|subject to|contingent (?:on|upon)|tied to|with (?:[a-z-]+ ){0,2}(?:conditions|strings|remedies|commitments|undertakings))(?= |$)`,
  ].join(''),
);

interface Clearance {
  sentence: number;
  body: SentenceMention;
  bound: readonly SentenceMention[];
}

export class ConditionedClearances {
  private last: Clearance | undefined;

  /** A blank line: a clearance of the paragraph before has no conditions here. */
  newParagraph(): void {
    this.last = undefined;
  }

  /** The claims the sentence adds: restrictions on the parties of a clearance told in the sentence before. Remembers the sentence's own clearance. */
  read(index: number, tokens: readonly Token[], abstract: AbstractSentence | undefined, mentions: readonly SentenceMention[], claims: readonly FoundRelation[], typeUnknown: TypeUnknown): FoundRelation[] {
    const out: FoundRelation[] = [];
    const cleared = this.last?.sentence === index - 1 ? this.last : undefined;
    this.last = abstract ? clearanceIn(index, abstract, mentions) : undefined;
    if (!cleared) return out;
    // Read only after a clearance: the rare sentence that needs its words.
    const words = lowerWordsOf(tokens).join(' ');
    const conditions = CONDITIONS.exec(words);
    if (!conditions) return out;
    for (const party of cleared.bound) {
      // A party nothing typed is a firm, unless the tagger calls it a person or a place (as listings type their members).
      if (party.source === 'unknown') {
        if (typeUnknown(party, 'company', false) !== 'company') continue;
        party.type = 'company';
      }
      if (claims.some((c) => c.source.key === cleared.body.key && c.relation === 'restricts' && c.target.key === party.key)) continue;
      out.push({ source: cleared.body, relation: 'restricts', target: party, status: 'asserted', trigger: conditions[0], rule: CONDITIONED_CLEARANCE_RULE });
    }
    return out;
  }
}

/** A word every clearance holds, looked for first: most sentences hold none, and the clearance pattern is not tried on them. */
const CLEARING_WORD = /approv|clear|authori|green|okay|waved|go-ahead|nod |blessing/;

function clearanceIn(index: number, abstract: AbstractSentence, mentions: readonly SentenceMention[]): Clearance | undefined {
  const match = CLEARING_WORD.test(abstract.text) ? CLEARANCE.exec(abstract.text) : null;
  const at = (name: string | undefined): SentenceMention | undefined => (name === undefined ? undefined : mentions[Number(name.slice(1))]);
  const body = at(match?.groups?.x);
  if (!match || body?.type !== 'government') return undefined;
  const { b, w, c, p, q } = match.groups!;
  const bound = [b, w, c, p, q].map(at).filter((m): m is SentenceMention => m !== undefined && (m.type === 'company' || m.source === 'unknown'));
  return bound.length > 0 ? { sentence: index, body, bound } : undefined;
}
