import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, newMention, type SentenceMention } from './mention';

/**
 * Crops named after their engineered trait: "Bt brinjal", "Bt cotton", "HB4 wheat" (helper ent94, from stop 93's ninetieth fresh
 * sample, seed makers' news). The name finder stopped at the trait's short code, so "Zenco's Bt brinjal" was read as Zenco
 * developing "Bt" (and a state banning "Bt"); and "GM" (genetically modified) before a crop was taken for a carmaker's initials,
 * "BT" for a telecom group's. A short trait code right before a crop's name is one product with it; "GM"/"GE" before a crop or a
 * food is no firm at all.
 */

/** Crops and farmed animals a trait's code names: "Bt cotton", "HB4 wheat", "GM salmon". Singular and plural. */
const CROPS: ReadonlySet<string> = new Set([
  'cotton', 'brinjal', 'brinjals', 'begun', 'eggplant', 'eggplants', 'aubergine', 'aubergines', 'corn', 'maize', 'soybean', 'soybeans',
  'soy', 'soya', 'wheat', 'rice', 'mustard', 'potato', 'potatoes', 'canola', 'rapeseed', 'sugarcane', 'alfalfa', 'papaya', 'papayas',
  'banana', 'bananas', 'cassava', 'sorghum', 'cowpea', 'cowpeas', 'chickpea', 'chickpeas', 'pigeonpea', 'salmon', 'tomato', 'tomatoes',
  'apple', 'apples', 'beet', 'beets', 'okra', 'cabbage', 'cauliflower',
]);
/**
 * Words after "GM"/"GE"/"GMO" that make it "genetically modified/engineered", not a firm: a crop, or food and farming in general
 * ("GM foods", "a GM moratorium", "GM-free"). The one list for both guards: joinCropTraitNames here, and qualifiesCrop
 * (lexicon-mentions.ts), which drops the lexicon's "GM" before them.
 */
const MODIFIED_THINGS: ReadonlySet<string> = new Set([
  ...CROPS, 'crop', 'crops', 'food', 'foods', 'seed', 'seeds', 'organism', 'organisms', 'ingredient', 'ingredients', 'feed',
  'variety', 'varieties', 'trait', 'traits', 'animal', 'animals', 'mosquito', 'mosquitoes', 'fish', 'cattle', 'pigs', 'grain',
  'grains', 'fruit', 'fruits', 'farming', 'cultivation', 'labelling', 'labeling', 'moratorium', 'free',
]);
/** A determiner or possessive after the word: "GM seeds its new unit" makes "seeds" a verb and "GM" the carmaker. */
const DETERMINER = /^(?:its|their|his|her|our|the|a|an|this|that|these|those)$/;

/** Whether the words at `k` are a crop or a food that "GM" qualifies ("GM mustard", "GM foods"), not a verb ("GM seeds its unit"). */
export function modifiedThingAt(tokens: readonly Token[], k: number): boolean {
  return MODIFIED_THINGS.has(tokens[k]?.lower ?? '') && !DETERMINER.test(tokens[k + 1]?.lower ?? '');
}
// Not "plant", "technology", "produce": "the GM plant in Zembla", "GM technology chief" are the carmaker's.
/** The initials of "genetically modified/engineered". */
const MODIFIED_INITIALS: ReadonlySet<string> = new Set(['GM', 'GE']);
/**
 * A trait's short code: "Bt", "BT", "HT", "RR", "HB4". Longer codes ("MON810", "DBN9936") are events named alone, and their
 * crop stays out of the name as written in their makers' news.
 */
const TRAIT_CODE = /^(?:Bt|BT|HT|RR|[A-Z]{1,3}[0-9]{1,2})$/;

/** Words after a crop that make a numbered code the strain's own name ("its DX1 corn strain" is "DX1"), or that a strain's name follows. */
const STRAIN_WORDS: ReadonlySet<string> = new Set(['strain', 'strains', 'variety', 'varieties', 'event', 'events', 'line', 'lines', 'hybrid', 'hybrids', 'cultivar', 'cultivars']);

/** The lower-case word right after token `k` when it is glued to nothing but a space ("Bt brinjal", not "Bt-brinjal"). */
function wordAfter(tokens: readonly Token[], k: number): Token | undefined {
  const next = tokens[k];
  return next !== undefined && next.word && next.start > tokens[k - 1]!.end ? next : undefined;
}

/**
 * Joins a trait's code and the crop after it into one product ("Bt brinjal"), and drops "GM"/"GE" read as a firm before a crop or
 * a food ("GM mustard", "GM foods"). People's, places' and governments' names stay as they are.
 */
export function joinCropTraitNames(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (let i = 0; i < (out ?? mentions).length; i++) {
    const list = out ?? mentions;
    const m = list[i]!;
    // "BT Cotton", "Bt Brinjal" in title case, read whole as a name and credited to the telecom group by its first word: the crop's
    // own name, no one's (review rr94a).
    if (m.last - m.first === 2 && m.owner !== undefined && TRAIT_CODE.test(tokens[m.first]!.text) && CROPS.has(tokens[m.first + 1]!.lower)) {
      out ??= mentions.slice();
      out[i] = newMention({ first: m.first, last: m.last, key: keyOfName(m.surface), label: m.surface, type: 'product', surface: m.surface, start: m.start, end: m.end, source: 'rule' });
      continue;
    }
    if (m.last - m.first !== 1 || m.source === 'coref' || m.type === 'person' || m.type === 'place' || m.type === 'government') continue;
    const after = wordAfter(tokens, m.last);
    if (after === undefined || after.text !== after.lower) continue;
    // A name right after the crop's word keeps both apart ("GM Zenco"): only a lower-case word joins.
    if (list[i + 1] !== undefined && list[i + 1]!.first === m.last) continue;
    if (MODIFIED_INITIALS.has(m.surface) && modifiedThingAt(tokens, m.last)) {
      out ??= mentions.slice();
      out.splice(i, 1);
      i--;
      continue;
    }
    if (!TRAIT_CODE.test(m.surface) || !CROPS.has(after.lower)) continue;
    // Of the lexicon's names only the telecom group's "BT" is a trait's code ("BT cotton"); "G20 wheat talks" is the summit's.
    if (m.source === 'lexicon' && m.surface !== 'BT') continue;
    // "non-Bt brinjal" is every other brinjal.
    const before = tokens[m.first - 1];
    if (before !== undefined && before.end === m.start && before.text === '-') continue;
    // "Zenco's Bt cotton seeds" keeps "seeds" out; "Bt brinjal-2" (a numbered variety) keeps its number; "the Bt cotton-growing
    // states" is no product's name.
    let last = m.last + 1;
    const glued = tokens[last];
    if (glued !== undefined && glued.start === after.end && glued.text === '-') {
      const number = tokens[last + 1];
      if (number === undefined || number.start !== glued.end || !/^[0-9]{1,2}$/.test(number.text)) continue;
      last += 2;
    }
    // "the HT mustard hybrid Z-11": a strain named after the kind word is the product, and the crop is its description.
    if (glued !== undefined && STRAIN_WORDS.has(glued.lower) && (/[0-9]/.test(m.surface) || list[i + 1]?.first === last + 1)) continue;
    // A name the widened span would run into keeps it from widening.
    if (list[i + 1] !== undefined && list[i + 1]!.first < last) continue;
    const surface = surfaceOf(tokens, m.first, last);
    out ??= mentions.slice();
    out[i] = newMention({ first: m.first, last, key: keyOfName(surface), label: surface, type: 'product', surface, start: m.start, end: tokens[last - 1]!.end, source: 'rule' });
  }
  return out ?? (mentions as SentenceMention[]);
}
