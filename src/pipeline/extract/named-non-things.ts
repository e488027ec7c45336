import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * Nouns of things no one makes, whose name a naming participle gives right after them (helper cop94, from fresh set 90's naming
 * phrases): "launched a campaign called Vexa", "unveiled a strategy dubbed Zeta", "hired a man named Vexa", "a city called Vexa".
 * Each gave its maker's verb a product to make. Not "plan", "policy", "programme", "project" nor "fund": a data plan, an insurance
 * policy, a software programme or a codenamed project is a product, a fund a firm; nor a partnership, an alliance, a customer or a
 * user, which may be firms.
 */
const NON_THING_NOUNS: ReadonlySet<string> = new Set([
  // Undertakings and contests.
  'campaign', 'campaigns', 'initiative', 'initiatives', 'strategy', 'movement', 'scheme', 'lawsuit', 'investigation', 'probe',
  'challenge', 'competition', 'contest', 'tournament', 'award', 'prize', 'festival', 'conference', 'summit', 'event', 'tour',
  'exhibition', 'hackathon', 'ceremony', 'doctrine', 'theory',
  // People.
  'man', 'woman', 'boy', 'girl', 'person', 'guy', 'lady', 'child', 'son', 'daughter', 'engineer', 'researcher', 'employee', 'worker',
  'student', 'teacher', 'doctor', 'executive', 'founder', 'hacker', 'author', 'artist', 'singer', 'actor', 'actress',
  // Places.
  'city', 'town', 'village', 'street', 'river', 'island', 'lake', 'mountain', 'county', 'region', 'neighbourhood', 'neighborhood',
  'district', 'suburb', 'country', 'province', 'valley', 'hamlet', 'desert', 'bay', 'planet',
]);
/** Participles that name what comes after them: "a campaign called Vexa", "a man named as Vexa". */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled', 'nicknamed', 'codenamed', 'code-named']);

/**
 * "a campaign called Vexa", "a man named Vexa", "a city which is called Vexa", "a town known as Vexa": a name the text gives to a
 * thing no one makes, a person or a place is no product (names the lexicon knows are kept).
 */
export function isNamedNonThing(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon') return false;
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the' || /^["“'‘]$/.test(tokens[k]?.text ?? '')) k--;
  if (tokens[k]?.lower === 'as') k--;
  if (tokens[k]?.lower === 'known' && tokens[k + 1]?.lower === 'as') k--;
  else if (NAMING_WORDS.has(tokens[k]?.lower ?? '')) k--;
  else return false;
  if ((tokens[k]?.lower === 'is' || tokens[k]?.lower === 'was') && (tokens[k - 1]?.lower === 'which' || tokens[k - 1]?.lower === 'that')) k -= 2;
  return NON_THING_NOUNS.has(tokens[k]?.lower ?? '');
}
