/**
 * Helper ban95 (stop 95, real ban news): the state that owns a ban's noun by the demonym or state name right before it, where a
 * name further back belongs to another act the sentence compares it with: "Egypt's restrictions mirror Vietnamese bans on Zenco",
 * "China's rules parallel U.S. bans on Qorva". The state by the noun bans; the other act's owner (or target) only compares.
 */

/** Describing words allowed between the state and the ban's noun: "Vietnamese new bans", "U.S. export bans". */
const BAN_DESCRIBERS = /^(?:new|fresh|further|additional|tougher|sweeping|latest|earlier|existing|current|recent|export|import|trade|tech|outright|blanket|total|nationwide)$/;

/** Verbs that set one act beside another: "mirror", "parallel", "follow", "echo" … */
const COMPARING_VERBS = /^(?:mirrors?|mirrored|parallels?|paralleled|echo|echoes|echoed|follows?|followed|match|matches|matched|resembles?|resembled|copy|copies|copied|tracks?|tracked|emulates?|emulated|exceeds?|exceeded|outpaces?|outpaced|complements?|complemented)$/;

/**
 * Verbs of a stand taken on another's act: "The US backed Zemblan bans on Zenco", "Ruritania criticised Zemblan curbs on Qorva". The
 * state by the noun imposes the act; the subject only backs or fights it (helper fpr95, from ban95's report: the US was read as banner).
 */
const TAKING_A_STAND_VERBS = /^(?:backed|backs|back|supported|supports|support|endorsed|endorses|welcomed|welcomes|applauded|applauds|praised|praises|hailed|hails|criticised|criticized|criticises|criticizes|condemned|condemns|opposed|opposes|oppose|protested|protests|slammed|slams|decried|decries|denounced|denounces|challenged|challenges)$/;

/**
 * Whether the words between an owner's 's (at `from`) and a state's name or demonym (at `to`) are a plural noun of its own and a
 * verb that sets it beside another act: "China's restrictions parallel U.S. …", "Egypt's rules mirror Vietnamese …". Only such
 * verbs: "Britain's ministers announced Zemblan sanctions" may name the sanctions' target by the demonym, so the owner keeps them;
 * "Zenco's main US rival" (one describing word) reads as before.
 */
export function ownedNounThenVerbBetween(words: readonly string[], from: number, to: number): boolean {
  if (to - from !== 3) return false;
  return /^[a-z][a-z-]*[^su]s$/.test(words[from + 1] ?? '') && COMPARING_VERBS.test(words[from + 2] ?? '');
}

/**
 * Where the demonym stands right before the ban's noun at `t` (describing words allowed between, "the" before it) when a verb that
 * sets one act beside another comes right before it: "Egypt's rules mirror Vietnamese bans on Zenco", "Egypt's ban on Zenco mirrors
 * Vietnamese curbs on Qorva". The index, else undefined. "Britain announced fresh Zemblan sanctions" keeps its subject: the
 * demonym there may name the sanctions' target.
 */
export function comparedDemonymBefore(words: readonly string[], t: number, stateOfDemonym: (word: string) => string | undefined): number | undefined {
  let k = t - 1;
  for (let n = 0; n < 2 && BAN_DESCRIBERS.test(words[k] ?? ''); n++) k--;
  if (k < 1 || stateOfDemonym(words[k]!) === undefined) return undefined;
  const before = words[k - 1] === 'the' ? k - 2 : k - 1;
  return COMPARING_VERBS.test(words[before] ?? '') || TAKING_A_STAND_VERBS.test(words[before] ?? '') ? k : undefined;
}
