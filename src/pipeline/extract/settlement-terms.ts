import { lowerWordsOf, type Token } from '../text/tokens';
import type { AbstractSentence } from './abstract-sentence';
import type { FoundRelation, TypeUnknown } from './claim-check';
import type { SentenceMention } from './mention';

/**
 * "The Department reached a settlement with Zenco, Qorva and Vexa. The settlement prevents the firms from …": a settlement or
 * decree a state body reached with firms, whose terms the next sentence of the paragraph states, restricts each firm, as a
 * settlement told with its terms in one sentence does (relation-patterns.ts). Stop 69's first controls sample missed 18 claims
 * told so; a settlement named without terms restricts no one (it may only pay a fine).
 */

export const SETTLEMENT_TERMS_RULE = 'settlement:terms-after';

/** Words between a body and its verb ("has", "on Friday"), never a clause's end or a negation. */
const FEW_WORDS = String.raw`(?:(?!, |and |but |which |who |that |not |never |\S+n't )[a-z0-9-]+ ){0,3}`;

/** A settlement a body reached with named firms: "@0 reached settlements with three firms , @1 , @2 and @3". */
const SETTLEMENT = new RegExp(
  String.raw`(?<![^ ])@(?<body>\d+) ${FEW_WORDS}(?:reached|reaches|announced|announces|entered into|enters into|signed|signs|struck|strikes|finali[sz]ed|finali[sz]es|filed|files|secured|secures|obtained|obtains) ` +
    String.raw`(?:a |an |the |its |their )?(?:[a-z-]+ ){0,2}(?:settlement|settlements|consent decree|consent decrees|consent order|consent orders|decree|decrees|consent agreement|consent agreements) (?:with|against) ` +
    String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:[a-z-]+ )?(?:firms|companies|employers) (?:, |: |including )?)?(?<firms>(?:the )?@\d+(?: (?:,|and|, and) (?:the )?@\d+)*)`,
);

/** A sentence that states the terms: "The settlement prevents the firms from …", "Under the decrees, the companies must …". */
const TERMS = new RegExp(
  [
    String.raw`^(?:the|this|that|these|those|each|both) (?:[a-z-]+ )?(?:settlement|settlements|decree|decrees|order|orders|agreement|agreements) (?:also |further )?`,
    String.raw`(?:prevents|prevent|bars|bar|prohibits|prohibit|forbids|forbid|requires|require|obliges|oblige|limits|limit|restricts|restrict|stops|stop|blocks|block|will prevent|will bar|will require|will prohibit)(?= )`,
    String.raw`|^under the (?:[a-z-]+ )?(?:settlement|settlements|decree|decrees|order|orders|agreement|agreements) , (?:the |each |both |all )?(?:[a-z-]+ ){0,2}`,
    String.raw`(?:must|cannot|may not|will not be permitted to|will not be allowed to|are barred from|is barred from|will have to|are required to|is required to)(?= )`,
  ].join(''),
);

interface Settlement {
  sentence: number;
  body: SentenceMention;
  parties: readonly SentenceMention[];
}

export class SettlementTerms {
  private last: Settlement | undefined;

  /** A blank line: a settlement of the paragraph before has no terms here. */
  newParagraph(): void {
    this.last = undefined;
  }

  /** The claims the sentence adds: restrictions on the parties of a settlement told in the sentence before. Remembers the sentence's own settlement. */
  read(index: number, tokens: readonly Token[], abstract: AbstractSentence | undefined, mentions: readonly SentenceMention[], claims: readonly FoundRelation[], typeUnknown: TypeUnknown): FoundRelation[] {
    const settled = this.last?.sentence === index - 1 ? this.last : undefined;
    this.last = abstract ? settlementIn(index, abstract.text, mentions) : undefined;
    if (!settled) return [];
    // Read only after a settlement: the rare sentence that needs its words.
    const terms = TERMS.exec(lowerWordsOf(tokens).join(' '));
    if (!terms) return [];
    const out: FoundRelation[] = [];
    for (const party of settled.parties) {
      if (party.source === 'unknown') {
        if (typeUnknown(party, 'company', false) !== 'company') continue;
        party.type = 'company';
      }
      if (party.type !== 'company' || out.some((c) => c.target.key === party.key)) continue;
      if (claims.some((c) => c.source.key === settled.body.key && c.relation === 'restricts' && c.target.key === party.key)) continue;
      out.push({ source: settled.body, relation: 'restricts', target: party, status: 'asserted', trigger: terms[0], rule: SETTLEMENT_TERMS_RULE });
    }
    return out;
  }
}

/** A word every settlement holds, looked for first: most sentences hold none, and the pattern is not tried on them. */
const SETTLING_WORD = /settlement|decree|consent/;

function settlementIn(index: number, text: string, mentions: readonly SentenceMention[]): Settlement | undefined {
  const match = SETTLING_WORD.test(text) ? SETTLEMENT.exec(text) : null;
  const body = match ? mentions[Number(match.groups!.body)] : undefined;
  if (!match || body?.type !== 'government') return undefined;
  const parties = [...match.groups!.firms!.matchAll(/@(\d+)/g)].flatMap((m) => mentions[Number(m[1])] ?? []);
  return parties.length > 0 ? { sentence: index, body, parties } : undefined;
}
