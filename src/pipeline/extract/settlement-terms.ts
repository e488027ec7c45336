import type { SentenceMention } from './mention';
import { TermsAfter, type BindingAct } from './terms-after';

/**
 * "The Department reached a settlement with Zenco, Qorva and Vexa. The settlement prevents the firms from …": a settlement or
 * decree a state body reached with firms, whose terms the next sentence of the paragraph states, restricts each firm, as a
 * settlement told with its terms in one sentence does (relation-patterns.ts). Stop 69's first controls sample missed 18 claims
 * told so; a settlement named without terms restricts no one (it may only pay a fine).
 */

export const SETTLEMENT_TERMS_RULE = 'settlement:terms-after';

/** Words between a body and its verb ("has", "on Friday"), never a clause's end or a negation. */
const FEW_WORDS = String.raw`(?:(?!, |and |but |which |who |that |not |never |\S+n't )[a-z0-9-]+ ){0,3}`;

/** Firms joined in a list: "@1 , @2 and the @3". */
const FIRM_LIST = String.raw`@\d+(?: (?:,|and|, and) (?:the )?@\d+)*`;
/** The firms an act names: "three firms , @1 , @2 and @3". */
const FIRMS = String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:[a-z-]+ )?(?:firms|companies|employers) (?:, |: |including )?)?(?<firms>(?:the )?${FIRM_LIST})`;

/** A settlement a body reached with named firms: "@0 reached settlements with three firms , @1 , @2 and @3". */
const SETTLEMENT = new RegExp(
  String.raw`(?<![^ ])@(?<body>\d+) ${FEW_WORDS}(?:reached|reaches|announced|announces|entered into|enters into|signed|signs|struck|strikes|finali[sz]ed|finali[sz]es|filed|files|secured|secures|obtained|obtains) ` +
    String.raw`(?:a |an |the |its |their )?(?:[a-z-]+ ){0,2}(?:settlement|settlements|consent decree|consent decrees|consent order|consent orders|decree|decrees|consent agreement|consent agreements) (?:with|against) ` +
    FIRMS,
);

const CHARGES = String.raw`(?:[a-z-]+ ){0,2}(?:charges|claims|allegations|complaint|complaints|case|cases|lawsuit|suit)(?= |$)`;
/**
 * The same act told as the settling of a body's charges (stop 70, from stop 69's controls samples): by the firm, "Zenco settled
 * Commission charges that …", "Zenco has agreed to settle the Commission's claims", or by the body, "The Commission settled its
 * claims that Zenco …", "settled a complaint against Zenco and seven firms".
 */
const FIRM_SETTLED = new RegExp(String.raw`(?<![^ ])(?<firms>${FIRM_LIST}) ${FEW_WORDS}(?:settled|settles|settle) (?:the )?@(?<body>\d+) (?:'s )?${CHARGES}`);
/** The same act told with the firm as the subject: "Zenco reached a settlement with the Attorney General" (stop 75's thirty-eighth set). */
const FIRM_REACHED = new RegExp(
  String.raw`(?<![^ ])(?<firms>${FIRM_LIST}) ${FEW_WORDS}(?:reached|reaches|entered into|enters into|signed|signs|struck|strikes) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:settlement|settlements|consent decree|consent order|consent agreement) with (?:the )?@(?<body>\d+)`,
);
/** "Zenco agreed to settle charges with the Commission", "Zenco settled with the Commission" (stop 76, from stop 75's last controls sets). */
const FIRM_SETTLED_WITH = new RegExp(String.raw`(?<![^ ])(?<firms>${FIRM_LIST}) ${FEW_WORDS}(?:settled|settles|settle) (?:(?:the |its |their )?${CHARGES} )?with (?:the )?@(?<body>\d+)`);
/**
 * "A consent decree was entered into between the Bureau ( the " Bureau " ) of the Commission and Zenco": the act told in the passive,
 * between a body, perhaps defined in brackets, and firms (stop 76, from stop 75's last controls sets).
 */
const ENTERED_BETWEEN = new RegExp(
  String.raw`(?:settlement|consent decree|consent order|consent agreement|decree|agreement) (?:was |is |has been |had been )?(?:entered into|reached|signed|struck) between (?:the )?@(?<body>\d+)(?: \( [^()]* \))?(?: of (?:the )?@\d+(?: \( [^()]* \))?)? and ${FIRMS}`,
);
const BODY_SETTLED = new RegExp(String.raw`(?<![^ ])@(?<body>\d+) ${FEW_WORDS}(?:settled|settles|settle) (?:its |the |a |an |their )?${CHARGES} (?:that|against|with) ${FIRMS}`);

/** A sentence that states the terms: "The settlement prevents the firms from …", "Under the decrees, the companies must …". */
const TERMS = new RegExp(
  [
    String.raw`^(?:the|this|that|these|those|each|both) (?:[a-z-]+ )?(?:settlement|settlements|decree|decrees|order|orders|agreement|agreements) (?:also |further )?`,
    String.raw`(?:prevents|prevent|bars|bar|prohibits|prohibit|forbids|forbid|requires|require|obliges|oblige|limits|limit|restricts|restrict|stops|stop|blocks|block|enjoins|enjoin|will prevent|will bar|will require|will prohibit)(?= )`,
    // "Under it, …", "Under the terms of the settlement, …" (stop 75, from its first controls samples).
    String.raw`|^under (?:it|them|its terms|their terms|(?:the terms of )?(?:the|this|that|these) (?:[a-z-]+ )?(?:settlement|settlements|decree|decrees|order|orders|agreement|agreements))(?: ,)? (?:the |each |both |all )?(?:[a-z-]+ ){0,2}`,
    String.raw`(?:must|cannot|may not|will not be permitted to|will not be allowed to|are barred from|is barred from|will have to|are required to|is required to|will|shall|agreed to|agrees to|has agreed to|have agreed to)(?= )`,
  ].join(''),
);

/** Reads the terms told in the sentence after a settlement (settlementIn). */
export const settlementTerms = (): TermsAfter => new TermsAfter(TERMS, SETTLEMENT_TERMS_RULE);

/** The ways a settlement is told, tried in this order. */
const SETTLEMENT_FORMS = [SETTLEMENT, FIRM_SETTLED, BODY_SETTLED, FIRM_REACHED, FIRM_SETTLED_WITH, ENTERED_BETWEEN];

/** A word every settlement holds, looked for first: most sentences hold none, and the pattern is not tried on them. */
const SETTLING_WORD = /settle|decree|consent/;

/** The sentence's settlement with named firms, and the body that reached it, or none. */
export function settlementIn(text: string, mentions: readonly SentenceMention[]): BindingAct | undefined {
  if (!SETTLING_WORD.test(text)) return undefined;
  // The first reading whose body is a state's: "Zenco reached a settlement with the Attorney General" reads first as Zenco's settlement.
  for (const form of SETTLEMENT_FORMS) {
    const match = form.exec(text);
    const body = match ? mentions[Number(match.groups!.body)] : undefined;
    if (!match || body?.type !== 'government') continue;
    const parties = [...match.groups!.firms!.matchAll(/@(\d+)/g)].flatMap((m) => mentions[Number(m[1])] ?? []);
    return parties.length > 0 ? { body, parties } : undefined;
  }
  return undefined;
}
