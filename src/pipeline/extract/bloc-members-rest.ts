/**
 * "France, Germany and most EU members have levelled sanctions …": a bloc's name that only qualifies the unnamed rest of a list of
 * states ("and most EU members", "and other NATO allies") is no actor; the named states before it are (helper cla102, from fresh
 * news on sanctions: the bloc became the only actor and the states were lost).
 */
export function qualifiesBlocMembersRest(words: readonly string[], first: number, last: number): boolean {
  const noun = words[last + 1] === 'member' ? words[last + 2] : words[last + 1];
  return MEMBER_NOUNS.has(noun ?? '') && REST_QUANTIFIERS.has(words[first - 1] ?? '') && words[first - 2] === 'and' && /^@\d+$/.test(words[first - 3] ?? '');
}

/** Nouns for a bloc's members: "EU members", "EU member states", "NATO allies". */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['members', 'states', 'countries', 'nations', 'allies', 'governments', 'partners']);
/** Words before a bloc's name that take some or all of its members: "most EU members", "other NATO allies". */
const REST_QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'other', 'many', 'several', 'some', 'all', 'fellow']);
