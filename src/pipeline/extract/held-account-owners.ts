/**
 * "blocked channels connected to state outlets Zen24 and QorvaTV", "removed accounts linked to Zen24": a platform's accounts tied to
 * a named outlet are that outlet's, and blocking them bans it, as "blocked the channels of Zen24" does (helper cla102, from fresh news
 * on a platform's blocks of state media: the outlets were read as another party and lost). The index of the first word after the
 * tie's preposition, or undefined.
 */
export function heldAccountsOwnerAt(words: readonly string[], from: number, end: number): number | undefined {
  for (let i = from; i < end - 2 && i <= from + 3; i++) {
    if (HELD_ACCOUNTS.has(words[i]!) && TIED.has(words[i + 1]!) && (words[i + 2] === 'to' || words[i + 2] === 'with')) return i + 3;
  }
  return undefined;
}

/** What an outlet holds on a platform, in the plural. */
const HELD_ACCOUNTS: ReadonlySet<string> = new Set(['channels', 'accounts', 'pages', 'profiles', 'handles']);
/** Participles tying accounts to their holder: "connected to", "linked to", "affiliated with". */
const TIED: ReadonlySet<string> = new Set(['connected', 'linked', 'tied', 'belonging', 'affiliated', 'associated']);
