import { mentionAt } from './clause';
import { OWNED_NOUNS } from './cue-words';
import type { SentenceMention } from './mention';

/**
 * The things a ban names past the firm it bans (stop 64, from stop 63's readers): "barred Zenco from selling its Zeta X2 and X3
 * phones" bans the phones as well as the firm; "banned Zenco devices such as the Zeta and the Vela", "a ban on Zenco products
 * including A and B" ban the things named by example.
 */

/** The trading a firm is kept from: what it sold, made or brought in is what the ban reaches. */
const TRADING_GERUNDS: ReadonlySet<string> = new Set(['selling', 'marketing', 'importing', 'distributing', 'offering', 'exporting', 'shipping', 'supplying', 'making', 'producing', 'manufacturing', 'releasing', 'launching', 'providing', 'delivering']);
/** Nouns for a firm's goods before their examples: "Zenco products such as …", "Zenco devices including …". */
const EXAMPLED_GOODS: ReadonlySet<string> = new Set([...OWNED_NOUNS, 'products', 'services', 'brands', 'offerings', 'goods', 'items', 'equipment', 'gear']);
/** What opens the examples after such a noun ("such" of "such as"). */
const OPENS_EXAMPLES = /^(?:such|like|including|notably|namely)$/;
/** Words that end the traded thing's phrase: a destination, a place, a time or another clause ("from selling chips to Zenco"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['to', 'into', 'in', 'at', 'for', 'with', 'on', 'from', 'by', 'until', 'after', 'before', 'over', 'under', 'through', 'without', 'and', 'or', 'but', 'that', 'which', 'who', 'while', 'because', 'unless', 'if', ',', ';', ':', '.', '(', ')']);

/** "barred Zenco from selling …": whether `at` opens "from" and a trading gerund. */
function keptFromTrading(words: readonly string[], at: number): boolean {
  return words[at] === 'from' && TRADING_GERUNDS.has(words[at + 1] ?? '');
}

// "ordered Zenco to stop collecting data": told to stop doing something, as a firm does (stop 64's third bans sample).
// "prohibited Zenco from operating in Russia", "from doing business": kept from working at all, as only a firm is (helper agn).
const FROM_TRADING = new RegExp(`^,?\\s+(?:from\\s+(?:${[...TRADING_GERUNDS].join('|')}|operating|doing\\s+business)|to\\s+(?:stop|cease|halt|end|suspend)\\s+[a-z]+ing)\\b`);
/** Whether the article's text right after a name is "from selling …" (", from delivering …" after an apposition) or "to stop collecting …": what makes the barred or ordered name a firm, not a product. */
export function keptFromTradingAfter(textAfter: string): boolean {
  return FROM_TRADING.test(textAfter);
}

/**
 * The list of things named right after a banned firm's list ending at `at - 1`: after "from selling" up to four describing
 * words, an owner's "'s" or a firm's name before its goods ("from selling Qorva's Zeta drones", "from marketing its Zeta app");
 * or after a goods noun and "such as", "like", "including" ("Zenco devices such as the Zeta"). Empty when none is named.
 */
export function goodsPastFirm(words: readonly string[], at: number, mentions: readonly SentenceMention[]): SentenceMention[] {
  if (EXAMPLED_GOODS.has(words[at] ?? '')) {
    let k = words[at + 1] === ',' ? at + 2 : at + 1;
    if (!OPENS_EXAMPLES.test(words[k] ?? '') || (words[k] === 'such' && words[k + 1] !== 'as')) return [];
    k += words[k] === 'such' ? 2 : 1;
    return listOfGoods(words, k, mentions);
  }
  if (!keptFromTrading(words, at)) return [];
  for (let k = at + 2, described = 0; k < words.length && described <= 4; k++) {
    const w = words[k]!;
    const index = mentionAt(words, k);
    // "its@3 Zeta app": the possessive pronoun stands for its owner; the thing follows.
    if (index !== undefined && !w.startsWith('its@')) {
      // "Qorva products such as the Zeta": a maker before its goods is no good of its own.
      if (EXAMPLED_GOODS.has(words[k + 1] ?? '') && (words[k + 2] === ',' || OPENS_EXAMPLES.test(words[k + 2] ?? ''))) return goodsPastFirm(words, k + 1, mentions);
      return listOfGoods(words, k, mentions);
    }
    if (PHRASE_ENDS.has(w)) return [];
    if (w === 'such' && words[k + 1] === 'as') { k++; continue; }
    described++;
  }
  return [];
}

/**
 * The names listed from abstract word `k` ("the @1 , the @2 and the @3"; an owner's "@1 's @2" counts as @2), when the first is no
 * firm or state a rule typed (those are owners or destinations, not goods).
 */
function listOfGoods(words: readonly string[], k: number, mentions: readonly SentenceMention[]): SentenceMention[] {
  const goods: SentenceMention[] = [];
  let at = k;
  for (;;) {
    while (/^(?:the|a|an)$/.test(words[at] ?? '')) at++;
    let index = mentionAt(words, at);
    if (index !== undefined && words[at + 1] === "'s") index = mentionAt(words, (at += 2));
    if (index === undefined || words[at]!.startsWith('its@')) break;
    goods.push(mentions[index]!);
    if (words[at + 1] === ',' && words[at + 2] === 'and') at += 3;
    else if (/^(?:,|and|or)$/.test(words[at + 1] ?? '')) at += 2;
    else break;
  }
  const first = goods[0];
  return first && first.source !== 'unknown' && (first.type === 'company' || first.type === 'government') ? [] : goods;
}
