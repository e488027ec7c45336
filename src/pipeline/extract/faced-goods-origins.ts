/**
 * A state's goods as the subject of a trade measure they undergo (helper facing): "E-bikes imported from Zembla face EU duties",
 * "Solar panels from Zembla and Qorvia are subject to US tariffs", "Zemblan-made drones will face a 30% levy in Ruritania", "Zemblan
 * lumber is subject to US duties". As after a measure's "on" ("tariffs on Zemblan steel": duty-rates.ts, goods-origin-lists.ts), the
 * state whose goods they are is the party the measure restricts; the subject reader (trigger-relations.ts's undergoes) finds only
 * names, and a demonym or a state after "from" names none. Only goods: "Zemblan officials face US sanctions" and "firms from Zembla"
 * name people and firms, not their state; sanctions only on goods sanctions are told of (oil, steel, wood).
 */

import { PEOPLE_NOUNS, SANCTIONED_GOODS } from './duty-rates';
import { isKindNoun } from './cue-words';
import { isEnglishWord } from './name-rules';
import { LIFTS } from './listing-phrases';
import { MADE_IN_PARTICIPLES } from './goods-origin-lists';

/** Verbs of undergoing the measure, right before it (its state's words aside): "face", "faced", "suffer". */
const FACING_VERBS: ReadonlySet<string> = new Set(['face', 'faces', 'faced', 'facing', 'suffer', 'suffers', 'suffered', 'suffering', 'incur', 'incurs', 'incurred', 'attract', 'attracts', 'attracted']);
/** Auxiliaries, copulas and adverbs between the goods and the verb: "will now face", "are also subject to", "remain subject to". */
const VERB_GROUP_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'shall', 'now', 'also', 'still', 'already', 'soon', 'currently', 'effectively', 'increasingly', 'all', 'both', 'to', 'set', 'likely', 'unlikely', 'expected', 'not', 'no', 'longer', 'never', 'have', 'has', 'had', 'do', 'does', 'did', 'typically', 'often', 'generally', 'thus', 'therefore', 'then', 'henceforth']);
/** Participles between goods and the "from" or "in" of their origin: "imported from", "shipped from", and the making ones ("made in"). */
const ORIGIN_PARTICIPLES: ReadonlySet<string> = new Set(['imported', 'shipped', 'exported', 'coming', 'arriving', 'sourced', 'originating', ...MADE_IN_PARTICIPLES]);
/** Suffixes of a demonym's compound that keep it the goods' origin: "Zemblan-made", "Zemblan-built", "Zemblan-origin". */
const DEMONYM_COMPOUND = /^[a-z]+(?:-(?:made|built|produced|manufactured|assembled|grown|origin|sourced))?$/;
/** Words opening the goods before their kind, skipped: "all", "some", "the", "imports of", "shipments of". */
const GOODS_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'all', 'some', 'most', 'many', 'certain', 'cheap', 'cheaper', 'low-cost', 'imported', 'of', 'imports', 'shipments', 'exports']);
/** Nouns that name firms or parties, not goods: "Zemblan firms", "companies from Zembla". */
const PARTY_HEADS: ReadonlySet<string> = new Set([...PEOPLE_NOUNS, 'firms', 'firm', 'companies', 'company', 'businesses', 'entities', 'banks', 'groups', 'makers', 'manufacturers', 'producers', 'exporters', 'importers', 'suppliers', 'vendors', 'sellers', 'buyers', 'consumers', 'customers', 'executives', 'oligarchs', 'individuals', 'leaders', 'ministers', 'diplomats', 'lawmakers', 'authorities', 'regulators', 'government', 'state', 'states', 'countries', 'nations', 'economy', 'economies', 'markets', 'farmers', 'shipowners', 'airlines', 'carriers', 'operators', 'retailers', 'shops', 'stores', 'brands', 'apps', 'platforms', 'services', 'sites', 'websites', 'those', 'others', 'it', 'they', 'which', 'that', 'who']);
/** Plural nouns of firms by their trade: "carmakers", "steelmakers", "chipmakers", "exporters", "producers". */
const FIRM_TRADE_PLURAL = /(?:makers|producers|exporters|importers|manufacturers|companies|firms|suppliers|growers|traders|miners|mills|groups)$/;
const isParty = (w: string): boolean => PARTY_HEADS.has(w) || FIRM_TRADE_PLURAL.test(w);
/** Words that end the goods going back: a clause's verb of speech or a clause word, not a goods word. */
const GOODS_STOPS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'warned', 'noted', 'added', 'that', 'which', 'who', 'while', 'because', 'as', 'after', 'since', 'when', 'if', 'unless', 'whether', 'and', 'or', 'but', 'to', 'by', 'for', 'with', 'in', 'on', 'at', 'from', 'than', 'under', 'into', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'it', 'they', 'we', 'he', 'she', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had']);
/** The longest goods phrase read before the origin or the verb (words). */
const GOODS_REACH = 5;

/** What the reader is told of the sentence: which word is a state's demonym, which a state's name, which a sentence-opening common word. */
export interface GoodsOriginWords {
  readonly isDemonym: (word: string) => boolean;
  /** Whether the word at `k` is a mention of a state. */
  readonly isStateAt: (k: number) => boolean;
  /** Whether the word at `k` is a mention that is only a common word capitalised to open the sentence ("Steel", "Goods"). */
  readonly isOpeningWordAt: (k: number) => boolean;
}

/**
 * Whether a word capitalised only to open the sentence may be goods ("Steel", "Goods", "Solar", "Drones"): a word of the goods lists,
 * a kind of made thing (or its plural), or an English word the tagger knows. A firm's name ("Zenco") is none of these.
 */
export function isOpeningGoodsWord(word: string): boolean {
  const w = word.toLowerCase();
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return SANCTIONED_GOODS.has(w) || isKindNoun(w) || isKindNoun(one) || isEnglishWord(w);
}

/**
 * Where the verb group of undergoing the measure at `t` starts ("will face", "are now subject to", "remain under"), or -1 when the
 * measure is no such verb's object. Between the verb and the measure only its describing words, rate and state stand.
 */
function undergoingVerbStart(words: readonly string[], t: number): number {
  for (let k = t - 1; k >= 0 && k >= t - 9; k--) {
    const w = words[k]!;
    if (FACING_VERBS.has(w)) return k;
    if (w === 'to' && (words[k - 1] === 'subject' || words[k - 1] === 'subjected')) return k - 1;
    if (w === 'under') return k;
    if (w === 'by' && /^(?:hit|targeted|affected|covered)$/.test(words[k - 1] ?? '')) return k - 1;
    if (w === 'with' && /^(?:hit|slapped)$/.test(words[k - 1] ?? '')) return k - 1;
    // Only the measure's own words stand between: no clause word, no other preposition.
    if (/^(?:[.,;:()]|that|which|who|from|of|on|for|against|over|after|and|or|but)$/.test(w) && !(w === 'of' && /^(?:rounds?|package|wave|batch|set)$/.test(words[k - 1] ?? ''))) return -1;
  }
  return -1;
}

/** The states of a list ending at `end` ("Zembla", "Zembla and Qorvia", "Zembla, Qorvia and Borduria"), read back; its first index. */
function stateListBack(words: readonly string[], end: number, at: GoodsOriginWords): { states: number[]; first: number } | undefined {
  const states: number[] = [];
  let k = end;
  for (;;) {
    if (!at.isStateAt(k)) return undefined;
    states.push(k);
    const sep = words[k - 1];
    const j = words[k - 2] === 'the' ? k - 3 : k - 2;
    if ((sep === 'and' || sep === 'or' || sep === ',') && at.isStateAt(j)) {
      k = j;
      continue;
    }
    if (sep === 'and' && words[k - 2] === ',' && at.isStateAt(k - 3)) {
      k -= 3;
      continue;
    }
    break;
  }
  return { states, first: words[k - 1] === 'the' ? k - 1 : k };
}

/** Whether the goods run ending before `end` (exclusive) is plain goods back to a clause's edge: lower-case words, or the opening word. */
function goodsRunBack(words: readonly string[], end: number, at: GoodsOriginWords, head: (w: string) => boolean): boolean {
  const last = words[end - 1] ?? '';
  if (!/^[a-z][a-z-]*$/.test(last) || GOODS_STOPS.has(last) || isParty(last) || !head(last)) {
    // "Steel from Zembla …": the sentence's opening common word is the goods.
    return end - 1 === 0 && at.isOpeningWordAt(0);
  }
  let k = end - 1;
  while (k > 0 && end - k < GOODS_REACH && /^[a-z][a-z-]*$/.test(words[k - 1]!) && !GOODS_STOPS.has(words[k - 1]!)) k--;
  // "Solar panels from …": the opening word before lower-case goods.
  if (k === 1 && at.isOpeningWordAt(0)) return true;
  // A name or its possessive before the goods makes them its own ("Zenco's steel from Zembla"): not read.
  return k === 0 || !/^(?:@\d+|its@\d+|'s|')$/.test(words[k - 1]!);
}

/**
 * The states whose goods are the subject of the measure at `t` that the subject undergoes: indexes of their demonyms (form "Zemblan
 * steel") or of their mentions (form "steel from Zembla"); empty when the subject is no state's goods. `sanctions`: the measure is
 * sanctions, which fall on a state's goods only where the goods are what sanctions are told of ("Zemblan oil", not "Zemblan banks").
 */
export function facedGoodsOrigins(words: readonly string[], t: number, at: GoodsOriginWords, sanctions: boolean): number[] {
  const verb = undergoingVerbStart(words, t);
  if (verb <= 0) return [];
  let end = verb - 1;
  while (end > 0 && VERB_GROUP_WORDS.has(words[end]!)) end--;
  // "Zemblan cars, which face a 15 % US tariff, …", "steel that faces US duties": the relative's antecedent.
  if (words[end] === 'which' || words[end] === 'that') end -= words[end - 1] === ',' ? 2 : 1;
  const head = (w: string): boolean => !sanctions || SANCTIONED_GOODS.has(w);
  // "steel from Zembla (and Qorvia)", "e-bikes imported from Zembla", "goods made in Zembla".
  const list = stateListBack(words, end, at);
  if (list) {
    const prep = words[list.first - 1];
    const participle = ORIGIN_PARTICIPLES.has(words[list.first - 2] ?? '');
    if (prep === 'in' && !participle) return [];
    if (prep !== 'from' && prep !== 'in') return [];
    const goodsEnd = participle ? list.first - 2 : list.first - 1;
    return goodsRunBack(words, goodsEnd, at, head) ? list.states.reverse() : [];
  }
  // "Zemblan steel", "Zemblan electric vehicles", "Zemblan-made drones", "imports of Zemblan and Qorvian steel".
  const kind = words[end] ?? '';
  if (!/^[a-z][a-z-]*$/.test(kind) || isParty(kind) || GOODS_STOPS.has(kind) || !head(kind)) return [];
  let k = end - 1;
  // "Zemblan aluminium and steel": goods joined by "and" or "or" share the demonym.
  const goodsWord = (j: number): boolean => /^[a-z][a-z-]*$/.test(words[j]!) && !at.isDemonym(words[j]!.split('-')[0]!) && !isParty(words[j]!)
    && (!GOODS_STOPS.has(words[j]!) || ((words[j] === 'and' || words[j] === 'or') && /^[a-z][a-z-]*$/.test(words[j - 1] ?? '') && !at.isDemonym(words[j - 1]!.split('-')[0]!)));
  while (k >= 0 && end - k <= 4 && goodsWord(k)) k--;
  const states: number[] = [];
  const isOrigin = (j: number): boolean => (DEMONYM_COMPOUND.test(words[j] ?? '') && at.isDemonym(words[j]!.split('-')[0]!)) || at.isStateAt(j);
  while (k >= 0 && isOrigin(k)) {
    states.push(k);
    if ((words[k - 1] === 'and' || words[k - 1] === ',' || words[k - 1] === 'or') && isOrigin(k - 2)) k -= 2;
    else break;
  }
  if (states.length === 0) return [];
  // Back to the clause's edge: the goods' openers, then the start, a comma or "that" (not a name's possessive: "Zenco's Zemblan steel").
  let s = states.at(-1)! - 1;
  while (s >= 0 && GOODS_OPENERS.has(words[s]!)) s--;
  return s < 0 || /^(?:,|;|:|that|said|says|while|as|because|since|after|when)$/.test(words[s]!) ? states.reverse() : [];
}

/** Past forms of undergoing: "faced", "were subject to", "remained under". */
const PAST_UNDERGOING: ReadonlySet<string> = new Set(['faced', 'was', 'were', 'had', 'remained', 'suffered', 'incurred', 'attracted']);
/** Copulas of a passive taking back: "they were lifted", "the duties have been scrapped". */
const TAKEN_BACK_COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'got']);

/**
 * Whether the measure at `t`, undergone from the verb group at `from`, is told as no longer in force after it: undergone in the past
 * "until" a time ("were subject to US tariffs until 2019"), taken back in the passive ("… until they were lifted", "before the
 * duties were scrapped") or run out ("after the duties expired"). "faces US tariffs until 2027" and "until it ends its dealings" stand.
 */
export function undergoneMeasureEnded(words: readonly string[], from: number, t: number): boolean {
  const past = words.slice(Math.max(0, from), t).some((w) => PAST_UNDERGOING.has(w));
  for (let k = t + 1; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'until' && past) return true;
    if (w === 'expired' || w === 'lapsed') return true;
    if (LIFTS.has(w) && (TAKEN_BACK_COPULAS.has(words[k - 1] ?? '') || TAKEN_BACK_COPULAS.has(words[k - 2] ?? ''))) return true;
  }
  return false;
}
