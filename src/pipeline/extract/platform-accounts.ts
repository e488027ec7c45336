/**
 * Helper rla94 (stop 94), from real launch news of wearables: a firm's account on a platform is no product of the firm. "according to
 * Zenco's Zetagram page", "teased it on its Zetagram account", "Zenco's ZenTube channel" name where the firm posts, not what it makes.
 */

/** Nouns of what a firm holds on a platform, right after the platform's name ("page", "account", "channel", "post"). */
const ACCOUNT_NOUN = '(?:account|accounts|page|pages|channel|channels|handle|handles|profile|profiles|feed|feeds|post|posts|livestream|livestreams)';
/** Nouns that make the account noun part of a product's own phrase: "the Zeta page builder", "its Zeta channel manager". */
const COMPOUNDED_AFTER = '(?:builder|builders|manager|managers|management|design|designer|layout|layouts|template|templates|tool|tools|app|apps|feature|features|view|views|editor|editors|plugin|plugins|api|apis)';

/** After a platform's name, a firm's account on it: " page", " account", " channel and …" (not "page builder"). */
export const PLATFORM_ACCOUNT_AFTER = new RegExp(`^ ${ACCOUNT_NOUN}(?![\\w-])(?! ${COMPOUNDED_AFTER}(?![\\w-]))`);

/**
 * Whether a name the lexicon knows stands as the platform of an account: "Zenco's ZenTube channel". Only a known name: an unknown one
 * before "account" is as often a kind of account a firm sells ("Zenco's Zeta account", a bank's product).
 */
export function isPlatformOfAccount(target: { source: string; end: number }, text: string): boolean {
  return target.source === 'lexicon' && PLATFORM_ACCOUNT_AFTER.test(text.slice(target.end, target.end + 40));
}
