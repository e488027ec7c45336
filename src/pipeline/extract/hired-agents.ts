/**
 * A firm hired to bring another's brand to market is its agency, no maker: "Zenco hired Qorva to launch its brand, Vexa", "Zenco has
 * tapped agency Qorva to relaunch Vexa" (helper fpd95, from brp95's report: the agency was read as the brand's maker).
 */

/** Verbs of hiring a firm for a task: "hired Qorva to …", "has tapped agency Qorva to …", "brought in Qorva to …". */
const HIRING_VERBS = ['hired', 'hires', 'hire', 'hiring', 'tapped', 'taps', 'enlisted', 'enlists', 'engaged', 'engages', 'retained', 'retains', 'commissioned',
  'commissions', 'appointed', 'appoints', 'contracted', 'recruited', 'brought in', 'brings in'];

/**
 * Before the hired firm's name in a pattern's text: a hiring verb and at most three words describing the firm ("hired ad agency "), no
 * preposition ("engaged in talks with" hires no one).
 * The claim a relation pattern reads after it (the hired firm's making verb) is the hired firm's service, not its own thing.
 */
export const HIRED_BEFORE = new RegExp(`(?:^| )(?:${HIRING_VERBS.join('|')}) (?:(?!(?:in|with|for|to|of|on|by|from|as|and|or)(?= ))[a-z][a-z-]* ){0,3}$`);

/** Verbs of bringing a brand to market, which a hired firm does for its client: launch, relaunch, market, promote. */
const PROMOTING_VERBS: ReadonlySet<string> = new Set(['launch', 'relaunch', 're-launch', 'revive', 'market', 'promote', 'rebrand', 'introduce', 'unveil', 'roll', 'advertise', 'publicise', 'publicize', 'reposition']);
/** The most words (the hired firm and its describing words) between the hiring verb and "to". */
const MAX_HIRED_WORDS = 6;
/** Single-word hiring verbs, for the clause's words (clause.ts: lower case, mentions as "@3"). */
const HIRING_WORDS: ReadonlySet<string> = new Set(HIRING_VERBS.filter((v) => !v.includes(' ')));

/**
 * Where the hired firm's name stands when the verb at `t` is an infinitive of bringing to market after a firm hired for it: "Zenco
 * hired Qorva to launch …", "… to help relaunch …" give Qorva's index; -1 otherwise. `isName(k)` tells whether a mention stands at `k`.
 */
export function hiredPromoterAt(words: readonly string[], t: number, isName: (k: number) => boolean): number {
  if (!PROMOTING_VERBS.has(words[t] ?? '')) return -1;
  // "hired Qorva to help relaunch …": the hired firm helps with the client's launch.
  const to = words[t - 1] === 'to' ? t - 1 : words[t - 1] === 'help' && words[t - 2] === 'to' ? t - 2 : -1;
  if (to < 0) return -1;
  let named = -1;
  for (let k = to - 1; k >= 0 && k >= to - 1 - MAX_HIRED_WORDS; k--) {
    const w = words[k]!;
    if (isName(k)) {
      if (named < 0) named = k;
      continue;
    }
    if (HIRING_WORDS.has(w)) return named;
    if (w === 'in' && /^(?:brought|brings|bring|bringing)$/.test(words[k - 1] ?? '')) return named;
    if (!/^[a-z][a-z-]*$/.test(w) || /^(?:and|or|but|which|who|that|said|says)$/.test(w)) return -1;
  }
  return -1;
}
