/**
 * Helper ban95 (stop 95, real ban news): the state that owns a ban's noun by the demonym or state name right before it, where an
 * owner further back belongs to another noun of its own clause: "Egypt's restrictions mirror Vietnamese bans on Zenco", "China's
 * rules follow U.S. bans on Qorva". The state by the noun bans; the possessor of "restrictions" only compares its own act.
 */

/** Describing words allowed between the state and the ban's noun: "Vietnamese new bans", "U.S. export bans". */
const BAN_DESCRIBERS = /^(?:new|fresh|further|additional|tougher|sweeping|latest|earlier|existing|current|recent|export|import|trade|tech|outright|blanket|total|nationwide)$/;
/** Words after an owner's 's before the noun it owns, which make a state after them a mere describer ("Zenco's main US rival"). */
const OWNED_BEFORE = /^(?:'s|'|its|their|its@\d+|their@\d+)$/;

/**
 * Where the demonym, or the state named by a mention, stands right before the ban's noun at `t` (describing words allowed
 * between), when it is not itself owned by an 's or "its" and no article's owner precedes it: the index, else undefined.
 * `isState(k)` tells whether index `k` is a state's mention; `stateOfDemonym` whether a word is a state's demonym.
 */
export function stateRightBeforeBanNoun(words: readonly string[], t: number, isState: (k: number) => boolean, stateOfDemonym: (word: string) => string | undefined): number | undefined {
  let k = t - 1;
  for (let n = 0; n < 2 && BAN_DESCRIBERS.test(words[k] ?? ''); n++) k--;
  if (k < 1 || !(isState(k) || stateOfDemonym(words[k]!) !== undefined)) return undefined;
  const before = words[k - 1] === 'the' ? k - 2 : k - 1;
  if (OWNED_BEFORE.test(words[before] ?? '')) return undefined;
  return k;
}

/**
 * Whether the words between an owner's 's (at `from`) and a state's name (at `to`) hold a noun of its own and a verb: "China's
 * restrictions parallel U.S. …", "Egypt's rules mirror Vietnamese …". A plural noun right after the 's and one more word before
 * the state read so; "Zenco's main US rival" (one describing word) does not.
 */
export function ownedNounThenVerbBetween(words: readonly string[], from: number, to: number): boolean {
  if (to - from !== 3) return false;
  const noun = words[from + 1] ?? '';
  return /^[a-z][a-z-]*[^su]s$/.test(noun) && /^[a-z][a-z-]*$/.test(words[from + 2] ?? '');
}
