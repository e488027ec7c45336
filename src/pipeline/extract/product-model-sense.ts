import { isPossessive, type Token } from '../text/tokens';
import { GOODS_NOUNS, WORDNET_GOODS } from './cue-words';

/**
 * Helper kinds, from news on car, phone and appliance launches: "model" names a product's model as often as an AI model ("its first
 * model, the Zelta crossover", "its new model, the Zelta EV", "the Nimbus, its first electric model"), and the word typed every such
 * name an AI model. The model is a product's where the thing's own kind of goods follows its name ("the Zelta crossover", "the Vexa 9
 * phone"), where a goods noun or a vehicle's describing word qualifies "model" ("its first electric model", "its new phone model"),
 * or where the name ends with a vehicle's variant word ("the Zelta EV"). "its Zeta 3 language model" and "Qorva's new model, Zeta-2,
 * writes code" name AI models still: nothing there says goods.
 */

/** Devices and vehicles that neither the hand-kept goods nor WordNet's list as such (WordNet files "phone" under sounds). */
const DEVICE_KINDS: ReadonlySet<string> = new Set(['phone', 'smartphone', 'handset', 'tablet', 'laptop', 'watch', 'smartwatch', 'tv', 'television', 'camera', 'router', 'soundbar', 'speaker', 'projector', 'console', 'headset', 'e-bike', 'ebike', 'e-scooter', 'dashcam', 'drone', 'printer', 'pc', 'ev', 'suv']);

/** Words that say a model is a vehicle's: its drive, its fuel, its size or its body. */
const VEHICLE_MODEL_WORDS: ReadonlySet<string> = new Set(['electric', 'all-electric', 'battery-electric', 'fully-electric', 'hybrid', 'plug-in', 'petrol', 'diesel', 'gasoline', 'hydrogen', 'midsize', 'mid-size', 'compact', 'full-size', 'subcompact', 'four-door', 'two-door', 'seven-seat', 'seven-seater', 'five-seat', 'off-road', 'production', 'car', 'vehicle', 'ev', 'suv']);

/** A vehicle's variant word that ends its name: "the Zelta EV", "the Vexa PHEV". */
const VEHICLE_VARIANTS: ReadonlySet<string> = new Set(['EV', 'PHEV', 'HEV', 'BEV', 'SUV']);

/** Words that make "model" an AI model's or no made thing's, whatever else qualifies it: "its first electric language model". */
const NOT_GOODS_MODEL_WORDS: ReadonlySet<string> = new Set(['language', 'ai', 'reasoning', 'foundation', 'business', 'role', 'diffusion', 'vision', 'video', 'image', 'coding', 'weather', 'climate', 'pricing', 'revenue', 'operating', 'data', 'risk']);

/** Words that end the name's noun phrase before any kind: "the Zeta, which …", "the Zeta will …". */
const PHRASE_BREAKS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'has', 'had', 'have', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'which', 'as']);

/** Whether the lower-case word names goods: a device, a vehicle or any WordNet made thing (not "model" itself). */
function isGoodsWord(word: string): boolean {
  return word !== 'model' && (DEVICE_KINDS.has(word) || GOODS.has(word) || WORDNET_GOODS.has(word));
}
const GOODS: ReadonlySet<string> = new Set(GOODS_NOUNS);

/**
 * Whether the "model" at `at` is qualified as goods within its noun phrase: "its first electric model", "its new phone model", "an EV
 * model" (up to three words back to a determiner or a possessive). Not "its language model", nor a phrase with an AI word in it.
 */
export function qualifiesGoodsModel(tokens: readonly Token[], at: number): boolean {
  let goods = false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k]!;
    if (isPossessive(t) || /^(?:its|their|his|her|a|an|the|this|that)$/.test(t.lower)) break;
    if (!t.word) return false;
    if (NOT_GOODS_MODEL_WORDS.has(t.lower)) return false;
    if (VEHICLE_MODEL_WORDS.has(t.lower) || isGoodsWord(t.lower)) goods = true;
  }
  return goods;
}

/**
 * Whether the name that ends at `end` is a product's by what follows or ends it: a vehicle's variant word as its last word ("the
 * Zelta EV"), or a lower-case kind of goods after it, perhaps after two describing words ("the Zelta crossover", "the Zelta 5 midsize
 * crossover", "the Vexa 9 phone").
 */
export function namesGoodsKind(tokens: readonly Token[], end: number): boolean {
  if (VEHICLE_VARIANTS.has(tokens[end - 1]?.text ?? '')) return true;
  for (let k = end; k < end + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || PHRASE_BREAKS.has(t.lower)) return false;
    if (isGoodsWord(t.lower)) return true;
    if (NOT_GOODS_MODEL_WORDS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Whether the name that ends at `end`, set off by commas after "model", is then said to be goods: "Qorva's new model, the Zelta, is a
 * hatchback", "its first model, the Zelta, is an SUV" (helper copmak: the car was typed an AI model). The copula's noun phrase is read
 * up to three words, a vehicle's or goods' word in it (lower case, or an acronym such as "SUV"); an AI word there ("is a large language
 * model") keeps the AI model.
 */
export function isSetOffGoodsAfterName(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^(?:is|was)$/.test(tokens[end + 1]?.lower ?? '') || !/^(?:a|an)$/.test(tokens[end + 2]?.lower ?? '')) return false;
  for (let k = end + 3; k < end + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || NOT_GOODS_MODEL_WORDS.has(t.lower) || PHRASE_BREAKS.has(t.lower)) return false;
    if (isGoodsWord(t.lower) || VEHICLE_VARIANTS.has(t.text)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  }
  return false;
}

/** Forms of "recall": what is recalled is goods ("Zorbo eBikes recalled its E5 model"). */
const RECALL_WORDS: ReadonlySet<string> = new Set(['recall', 'recalls', 'recalled', 'recalling']);

/**
 * Whether the "model" at `at`, right after a name (perhaps after one describing word), is a product's model: qualified as goods ("the
 * Zelta electric model"), a model of goods ("the Plix X2 model of its dishwasher"), or recalled ("recalled its E5 model").
 */
export function isGoodsModelAfterName(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'model') return false;
  if (qualifiesGoodsModel(tokens, at)) return true;
  if (tokens[at + 1]?.lower === 'of') {
    for (let k = at + 2; k < at + 5 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (isGoodsWord(t.lower)) return true;
      if (!t.word || NOT_GOODS_MODEL_WORDS.has(t.lower)) break;
    }
  }
  return tokens.some((t) => RECALL_WORDS.has(t.lower));
}
