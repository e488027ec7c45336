import { INVESTOR_NAME } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper own100 (stop 99), from real news on media groups and game studios: a firm's own titles, sites or brands named by example
 * after an owning verb that stands in a relative clause or after "known for", wherever the firm stands in the sentence. "Qorva sold
 * Vela to Zenco, which owns publications such as Zeta and Vexa", "Zenco, the media company renowned for owning sites like Zeta and
 * Vexa, said …", "Zenco is best known for running magazines such as Zeta". The verb rules read "owns" only with the firm as the
 * sentence's subject, and had no reading of the gerund after "known for". A table of its own, spread at the end of RELATION_PATTERNS
 * (TS2590).
 */

/**
 * The owned set's kind, with up to three describing words before it ("other prominent tech publications"). Not bare "properties"
 * (land and buildings), stakes, companies or investments: an investor's holdings are not its own things.
 */
const OWNED_KIND = String.raw`(?:(?!(?:rival|rivals|competing|partner|partners|licensed|third-party|client|clients)(?= ))[a-z-]+ ){0,3}?(?:publications|titles|magazines|newspapers|papers|websites|sites|outlets|brands|labels|marques|apps|games|services|platforms|channels|networks|(?:digital|online|web|internet|media) properties)`;

/** The owning verbs, as a finite verb after "which" and as the gerund after "known for". */
const OWNS = 'owns|owned|operates|runs|publishes|holds|controls';
const OWNING = 'owning|operating|running|publishing|controlling';

/** The examples after the kind ("publications such as", "sites like", "brands including"), or "such publications as". */
const examples = (verb: string): string => `T(${verb}) (?:(?:many|several|some|numerous|other|a number of) )?(?:such ${OWNED_KIND} as|${OWNED_KIND} (?:, )?(?:such as|like|including)) (?:the )?Y`;

/** A firm's noun heading an apposition, with up to six describing words: ", the digital media and internet company". */
const FIRM_APPOSITION = String.raw`, (?:the |a |an )(?:(?!(?:of|for|to|with|by|from|that|which|who|whose)(?= ))[a-z-]+ ){0,6}(?:company|firm|group|conglomerate|publisher|giant|juggernaut|powerhouse|business|outfit|owner|corporation)`;

export const OWNED_TITLE_SETS: readonly RelationPattern[] = [
  // "… to Zenco, which owns publications such as Zeta and Vexa", "Zenco, which also runs sites like Zeta, …": a relative clause of
  // the firm's own set, the firm anywhere in the sentence.
  { relation: 'develops', id: 'pattern:develops:own100-which-owns-kinds-like', template: `X1 , (?:which|that) (?:also |now |still |currently )?${examples(OWNS)}`, sourceNotNamed: INVESTOR_NAME, notStateWhen: /./, requires: ['which|that', 'such|like|including'] },
  // "Zenco, the media company renowned for owning sites like Zeta and Vexa": an apposition's firm known for what it owns.
  { relation: 'develops', id: 'pattern:develops:own100-apposed-known-for-owning', template: `X1 ${FIRM_APPOSITION} (?:(?:best|widely|well|perhaps|most) )?T(known|renowned|famous|noted) for ${examples(OWNING).replace(/^T\(/, '(?:')}`, sourceNotNamed: INVESTOR_NAME, notStateWhen: /./, requires: ['known|renowned|famous|noted', 'such|like|including'] },
  // "Zenco is best known for running magazines such as Zeta", "Zenco, which is known for owning sites like Zeta".
  { relation: 'develops', id: 'pattern:develops:own100-is-known-for-owning', template: `X1 (?:, (?:which|that) )?AUX (?:is|was|has long been|has been|became) (?:(?:best|widely|well|perhaps|most|also) )?T(known|renowned|famous|noted) for ${examples(OWNING).replace(/^T\(/, '(?:')}`, sourceNotNamed: INVESTOR_NAME, notStateWhen: /./, requires: ['known|renowned|famous|noted', 'such|like|including'] },
];
