import type { Token } from '../text/tokens';
import { CUE_NOUNS, isMadeKind, WORDNET_GOODS } from './cue-words';

/**
 * "Zenco launched zeta SeedPick", "Qorva's nuvo Plixa went on sale": a brand some makers write in lower case, right before the
 * capitalised name of its line, opens that name (helper marks, from readers of phone and app news: the name was cut to "SeedPick").
 * Only a word English does not know (name-rules.ts, isCoinedWord), of four letters or more (no trade acronym: "ai", "ev", "gps"),
 * before a coined or camel-case word; never the trade's jargon the word list leaves out ("the fintech Plixa", "its app SeedPick",
 * "the startup Qorva", "crypto Vexa"), nor a made thing's kind.
 */

/** Lower-case words of trades and things that the word list leaves out and that describe a name rather than open it. */
const TRADE_JARGON: ReadonlySet<string> = new Set([
  'app', 'apps', 'startup', 'startups', 'smartphone', 'smartphones', 'chatbot', 'chatbots', 'podcast', 'podcasts', 'crypto', 'blockchain',
  'esports', 'ecommerce', 'vlog', 'vlogger', 'ebike', 'ebikes', 'emoji', 'selfie', 'wifi', 'bluetooth', 'covid', 'mpox', 'vape', 'vapes',
  'saas', 'incl', 'unicorn', 'neobank', 'superapp', 'influencer', 'livestream', 'metaverse', 'cannabis', 'kombucha', 'matcha', 'tofu',
  'ramen', 'quinoa', 'kimchi', 'yoga', 'nuevo', 'telco', 'telcos', 'automaker', 'chipmaker', 'carmaker', 'drugmaker', 'ecosystem',
]);
/** Endings of trade jargon: "fintech", "agritech", "spyware", "chatbot", "stablecoin". */
const JARGON_ENDING = /(?:tech|ware|bot|bots|coin|coins|maker|makers)$/;
/** A name's word written as coined: a capital after its first letter ("SeedPick", "iZen"), or a word English does not know. */
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * Whether the lower-case word right before token `start` opens the name whose run starts there (see above). `isCoined` says
 * whether a lower-case word is no English word (name-rules.ts passes isCoinedWord).
 */
export function opensWithLowerBrand(tokens: readonly Token[], start: number, isCoined: (word: string) => boolean): boolean {
  const brand = tokens[start - 1];
  const head = tokens[start];
  const before = tokens[start - 2];
  if (!brand || !head || !before || !/^[a-z]{4,}$/.test(brand.text) || head.start !== brand.end + 1 || !head.capitalized) return false;
  // Mid-sentence, after a lower-case word or a possessive ("launched zeta SeedPick", "Qorva's zeta SeedPick"); not after a name.
  if (before.capitalized || /^\p{N}/u.test(before.text)) return false;
  if (!isCoined(brand.lower) || TRADE_JARGON.has(brand.lower) || JARGON_ENDING.test(brand.lower) || CUE_NOUNS.has(brand.lower) || WORDNET_GOODS.has(brand.lower) || isMadeKind(brand.lower)) return false;
  return CAMEL.test(head.text) || (/^\p{Lu}\p{Ll}+$/u.test(head.text) && isCoined(head.lower));
}
