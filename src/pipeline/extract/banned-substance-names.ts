import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, mentionOver, type SentenceMention } from './mention';
import { isCoinedWord } from './name-rules';

/**
 * Ingredients named in lower case where a ban names them: "banned lotions containing zenoxate and qorvalide", "a ban on the use
 * of zenoxate", "is banning zenoxate and zetamide from creams" (a fresh sample of news on cosmetics, rr96 chm96). News writes a
 * cosmetic's or a food's ingredient like any noun, so no capital marks it and the ban lost its target, while the same sentence
 * with a capitalised name was read. Such a word is a product only in a ban's frame and with a chemical's shape; chemical-names.ts
 * reads the frames of kinds and makers, drug-names.ts the drugs' stems.
 */

/** Verbs of banning that may take the substance as their object: "banned zenoxate", "is prohibiting zetamide". */
const BAN_VERBS: ReadonlySet<string> = new Set([
  'ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'outlaw', 'outlaws', 'outlawed', 'outlawing',
]);

/**
 * Verbs of restricting or limiting that may take the substance as their object (helper rst97, from real news on chemical rules and
 * export controls on metals): "restricted zenoxate", "curbs zetamide", "restricted exports of zenium". Not before "the use of":
 * "restricted the use of zenoxate in pools operated by Zenco" stays unread (banGovernsUse).
 */
const RESTRICT_VERBS: ReadonlySet<string> = new Set([
  'restrict', 'restricts', 'restricted', 'restricting', 'limit', 'limits', 'limited', 'limiting', 'cap', 'caps', 'capped', 'capping',
  'curb', 'curbs', 'curbed', 'curbing',
]);

/**
 * Nouns of a ban or a restriction before "on": "a ban on zenoxate", "restrictions on zetamide", "export controls on zenium", "limits
 * on zetamide" (rst97).
 */
const BAN_NOUNS: ReadonlySet<string> = new Set(['ban', 'bans', 'prohibition', 'restriction', 'restrictions', 'moratorium', 'phase-out', 'curbs',
  'curb', 'limit', 'limits', 'cap', 'caps', 'controls', 'quota', 'quotas']);

/** Acts a ban forbids before "of": "the use of zenoxate", "the sale of zetamide", "imports of qorvalide", "exports of zenium", "most uses of zetamide". */
const USE_NOUNS: ReadonlySet<string> = new Set(['use', 'uses', 'sale', 'sales', 'import', 'imports', 'importation', 'production', 'manufacture',
  'export', 'exports', 'exportation', 'shipments',
  // The last of a chain of acts (helper sub98b, real additive and drug bans): "banned the manufacture, sale and distribution of zenoxate".
  'distribution', 'manufacturing', 'possession', 'marketing', 'supply', 'purchase', 'cultivation', 'advertising']);

/** Acts of trade a restricting verb may govern: "restricted exports of zenium", unlike "restricted the use of" (banGovernsUse). */
const TRADE_NOUNS: ReadonlySet<string> = new Set(['sale', 'sales', 'import', 'imports', 'importation', 'export', 'exports', 'exportation', 'shipments']);

/**
 * Endings of substances' common names: esters and salts (-ate), halides and oxides (-ide), hydrocarbons (-ene, -ane), ketones
 * (-one), alcohols and phenols (-ol), radicals (-yl), metals (-ium), amines and alkaloids (-ine), parabens, triclosan, the
 * neonicotinoids and pesticides' own endings; each also in the plural ("phthalates", "bisphenols"); veterinary antibiotics' stems
 * (helper ing98, real news on feed drugs whose approvals were withdrawn: "products containing zenomycin", "rescinded zenadox").
 */
const SUBSTANCE_ENDING = /(?:ates?|ides?|enes?|anes?|one|ols?|yl|ium|ines?|abens?|osan|oids|quat|[iy]fos|phos|prid|thrin|azole|uron|zeb|oxam|nidin|camba|mycins?|cillins?|floxacin|cyclines?|istin|adox|indox)$/u;

/**
 * Words of those shapes that no dictionary of the tagger knows and that name no substance a ban targets as a product: things,
 * drinks and drugs in general ("banned the sale of alcohol", "a ban on vaccines"), and the people and places a ban names.
 */
const NOT_SUBSTANCES: ReadonlySet<string> = new Set([
  'alcohol', 'machine', 'machines', 'medicine', 'medicines', 'vaccine', 'vaccines', 'gasoline', 'kitchen', 'cuisine', 'cyclone',
  'cyclones', 'climate', 'candidate', 'candidates', 'aggregate', 'aggregates', 'syndicate', 'syndicates', 'protein', 'proteins',
  'ozone', 'online', 'airline', 'airlines', 'headline', 'headlines', 'deadline', 'deadlines', 'pipeline', 'pipelines', 'engine',
  'engines', 'routine', 'marine', 'discipline', 'smartphone', 'smartphones', 'telephone', 'microphone', 'headphone', 'headphones',
  'hormone', 'hormones', 'someone', 'everyone', 'anyone', 'guideline', 'guidelines', 'timeline', 'hotline', 'offline', 'baseline',
  'magazine', 'magazines', 'gasolines', 'cocaine', 'tobacco', 'nicotine', 'caffeine', 'steroids', 'steroid', 'opioids', 'ozone',
  'trampoline', 'trampolines', 'sunshine', 'doctrine', 'genuine', 'feminine', 'masculine', 'quarantine', 'firearms', 'plastics',
  // People, craft and machines a ban names, of a substance's shape but known to no dictionary of the tagger (critic crit96d):
  // "banned inmates from …", "banned planes from Zenco", "restrictions on the production of turbines".
  'inmate', 'inmates', 'pirate', 'pirates', 'athletes', 'plane', 'planes', 'airplanes', 'crane', 'cranes', 'turbine', 'turbines',
  'shrine', 'shrines', 'limousine', 'limousines', 'submarine', 'submarines', 'stadium', 'stadiums', 'premium', 'podium',
  // A flavour standing for its cigarettes: "Zembla has banned menthols".
  'menthol', 'menthols',
  // Gases whose emissions a cap limits, no product restricted (rst97): "capped methane from wells".
  'methane',
]);

/** A kind of substances at large, no product (critic crit96d): "a ban on the use of pesticides", "banned herbicides and fungicides". */
const SUBSTANCE_KIND = /cides?$/u;

/** Words that may follow a substance that is the ban's whole target; a noun after it would make it a modifier ("menthol cigarettes"). */
const AFTER_TARGET: ReadonlySet<string> = new Set([
  'and', 'or', 'nor', 'in', 'from', 'as', 'for', 'at', 'by', 'after', 'before', 'until', 'beginning', 'starting', 'since', 'because',
  'due', 'on', 'over', 'which', 'that', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'to', 'with', 'within',
  'across', 'under', 'amid', 'but', 'also', 'outright', 'effective', 'last', 'this', 'next', 'entirely', 'altogether', 'when', 'if',
]);

/** Whether a lower-case word has a substance's shape and is no word the tagger or the list above knows. */
function hasSubstanceShape(t: Token | undefined): boolean {
  if (t === undefined || !t.word || (t.capitalized && !/^\d/u.test(t.text)) || t.text.length < 6 || !/^(?:\d{1,2}-)?\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  return isSubstanceWord(t.text);
}

function isSubstanceWord(word: string): boolean {
  return SUBSTANCE_ENDING.test(word) && !SUBSTANCE_KIND.test(word) && !NOT_SUBSTANCES.has(word) && isCoinedWord(word);
}

/**
 * Whether a capitalised word has a substance's shape where capitals mark no name (helper ing98, real news on food additives and
 * feed drugs): the sentence's first word ("Zenium bromate is banned in …") or any word of a headline set in title case ("Ruritania
 * Bans Zenium Dioxide Food Additive").
 */
function hasOpeningSubstanceShape(tokens: readonly Token[], i: number, titled: boolean): boolean {
  const t = tokens[i];
  if (t === undefined || !t.word || !t.capitalized || t.text.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  return (i === 0 || titled) && isSubstanceWord(t.lower);
}

/** Whether every word of four letters or more is capitalised: a headline in title case, where capitals mark no name. */
function isTitleCased(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.word && /^\p{L}{4,}$/u.test(t.text));
  return long.length >= 4 && long.every((t) => t.capitalized);
}

/** Participles of a ban in the passive after the substance: "zenoxate is banned", "the use of zetamide was prohibited in …". */
const PASSIVE_BANS = /^(?:is|are|was|were|be|been|being|remains|remain) (?:(?:already|also|now|still|largely|effectively|currently|widely) )?(?:banned|prohibited|outlawed|forbidden)$/u;

/**
 * Whether a ban in the passive follows the substance ending at `j`, past those joined to it by commas, "and" or "or" (helper ing98,
 * real news on feed additives: "Zenium bromate is banned from food products in …", "zenoxate and zetamide are banned in …").
 */
function passiveBanAfter(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  while (k < j + 10 && k < tokens.length && (/^(?:and|or|,)$/.test(tokens[k]!.lower) || hasSubstanceShape(tokens[k]))) k++;
  // "Zenoxate, which is banned in …": a relative clause set off after it.
  if (tokens[k - 1]?.text === ',' && /^(?:which|that)$/u.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'has' || tokens[k]?.lower === 'have' || tokens[k]?.lower === 'had') k++;
  const words = tokens.slice(k, k + 3).map((t) => t.lower);
  return PASSIVE_BANS.test(words.join(' ')) || PASSIVE_BANS.test(words.slice(0, 2).join(' '));
}

/** An approval a state may end (helper ing98, real news on feed drugs and additives): "withdrew the approval of zenadox". */
const APPROVAL_NOUNS: ReadonlySet<string> = new Set(['approval', 'approvals', 'authorisation', 'authorisations', 'authorization', 'authorizations', 'registration', 'registrations']);

/** Verbs that end an approval: "withdrew", "revoked", "did not renew" ("renew" with a refusal or "not" before it). */
const APPROVAL_ENDING_VERBS = /^(?:withdrew|withdraws|withdraw|withdrawing|withdrawn|revoked|revokes|revoke|revoking|rescinded|rescinds|rescind|rescinding|renew)$/u;

/** Whether the sentence ends an approval: a verb that ends one and an approval's noun. */
function endsApproval(tokens: readonly Token[]): boolean {
  return tokens.some((t) => APPROVAL_ENDING_VERBS.test(t.lower)) && tokens.some((t) => APPROVAL_NOUNS.has(t.lower));
}

/** Acts a law or an order makes illegal, before the substance: "made it illegal to sell zenoxamine" (helper ing98, real news on kratom). */
const ILLEGAL_ACTS = /^(?:sell|use|possess|import|manufacture|distribute|produce|market)$/u;

/**
 * Verbs of holding an ingredient, every tense (helper ins97, from real news on sunscreen and food-additive laws): "sunscreens that
 * contain oxybenzone", "any sunscreen that contains zenoxate", as "containing" was read already.
 */
const CONTAINING_VERBS: ReadonlySet<string> = new Set(['containing', 'contain', 'contains', 'contained']);

/**
 * Kind nouns that name the substance after them in apposition (helper ins97): "the chemicals zenoxate and zetamide", "two common
 * chemicals, zenoxate and zetamide", "the additive zetamide". The kind alone stays no product (SUBSTANCE_KIND, NOT_SUBSTANCES).
 */
const SUBSTANCE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'chemical', 'chemicals', 'substance', 'substances', 'additive', 'additives', 'ingredient', 'ingredients', 'compound', 'compounds',
  'preservative', 'preservatives', 'solvent', 'solvents',
  // Kinds a ban names its target by (helper sub98b, real news on pesticides, supplements and dyes): "banned the herbicide zetaquat",
  // "to ban the herbal supplement zenkra", "the neonicotinoids zenoxam and zetaprid".
  'pesticide', 'pesticides', 'herbicide', 'herbicides', 'insecticide', 'insecticides', 'fungicide', 'fungicides', 'weedkiller',
  'weedkillers', 'neonicotinoid', 'neonicotinoids', 'supplement', 'supplements', 'dye', 'dyes', 'colouring', 'coloring', 'sweetener',
  'sweeteners', 'colours', 'colors',
]);

/**
 * Whether the word at `i` stands where a ban names its target: after a ban verb, "containing" ("contains"), "a ban on", "the use
 * of" or a kind noun in apposition ("the chemicals zenoxate", "two chemicals, zenoxate").
 */
function inBanFrame(tokens: readonly Token[], i: number, approvalEnded = false): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  // "withdrew the approval of zenadox", "declined to renew the approval of the active substance zenoxamine".
  if (approvalEnded && approvalBefore(tokens, i)) return true;
  if (CONTAINING_VERBS.has(before) || BAN_VERBS.has(before) || RESTRICT_VERBS.has(before)) return true;
  const head = tokens[i - 2]?.lower ?? '';
  if (SUBSTANCE_KIND_NOUNS.has(before)) return kindInBanFrame(tokens, i - 1);
  if (before === ',' && SUBSTANCE_KIND_NOUNS.has(head)) return kindInBanFrame(tokens, i - 2);
  if (ILLEGAL_ACTS.test(before) && head === 'to' && /^(?:illegal|unlawful)$/u.test(tokens[i - 3]?.lower ?? '')) return true;
  return (before === 'on' && BAN_NOUNS.has(head)) || (before === 'of' && USE_NOUNS.has(head) && banGovernsUse(tokens, i - 2) && !(EXPORT_NOUNS.has(head) && destinationAfter(tokens, i)));
}

/** Whether an approval's noun and "of" or "for" stand before the word at `i`, past "the" and up to two describing words. */
function approvalBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 4); j--) {
    const w = tokens[j]!.lower;
    if (w === 'of' || w === 'for') return APPROVAL_NOUNS.has(tokens[j - 1]!.lower);
    if (!tokens[j]!.word || tokens[j]!.capitalized) return false;
  }
  return false;
}

/** Nouns of sending goods abroad, whose destination a ban may name after them: "banned exports of zenium to Zembla". */
const EXPORT_NOUNS: ReadonlySet<string> = new Set(['export', 'exports', 'exportation', 'shipments']);

/**
 * Whether the goods from `i` (a few lower-case words, commas, "and", "or") go "to" a named place: "banning exports of gallium and
 * germanium to the United States" restricts the destination, whose name the text gives, not the metals (critic crit97b: an older
 * test, extract-name-edges, wants the country alone).
 */
function destinationAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < i + 8 && k < tokens.length && (/^[a-z-]+$/.test(tokens[k]!.text) || tokens[k]!.text === ',') && tokens[k]!.lower !== 'to') k++;
  if (tokens[k]?.lower !== 'to') return false;
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return next?.capitalized === true;
}

/**
 * Whether the kind noun at `k` itself stands where a ban or a good names its target, past up to three describing words: "banned the
 * chemicals", "sunscreens containing two common chemicals", "a ban on the additives". A firm that "removed the chemicals zenoxate and
 * zetamide from its creams" names its own ingredients, no ban's target, though the sentence tells a state's ban after.
 */
function kindInBanFrame(tokens: readonly Token[], k: number): boolean {
  // Five words back, so that "containing the food and color additives zenoxate" is read (helper sub98b, real food-additive news).
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const w = tokens[j]!.lower;
    if (CONTAINING_VERBS.has(w) || BAN_VERBS.has(w)) return true;
    if (w === 'on') return BAN_NOUNS.has(tokens[j - 1]?.lower ?? '');
    if (!tokens[j]!.word || tokens[j]!.capitalized) return false;
  }
  return false;
}

/**
 * Whether a ban's verb or noun stands just before the act at `k` ("banned the use of", "a ban on the sale of"): the ban elsewhere in
 * the sentence does not make "restricted the use of chlorine in pools operated by Zenco" name a ban's target (critic crit96d: the
 * substance, typed a product, became the pools' operator's product).
 */
function banGovernsUse(tokens: readonly Token[], k: number): boolean {
  // Past the acts chained before it (helper sub98b): "banned the manufacture, sale and distribution of zenoxate".
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const w = tokens[j]!.lower;
    if (BAN_VERBS.has(w) || BAN_NOUNS.has(w) || (RESTRICT_VERBS.has(w) && TRADE_NOUNS.has(tokens[k]!.lower))) return true;
    if (!/^(?:the|on|its|their|all|any|further|new|of|and|or|,|most|some|certain|many)$/.test(w) && !USE_NOUNS.has(w)) return false;
  }
  return false;
}

/** An adverb closing the ban's clause after its target (helper ing98, real news on feed additives): "banned the use of zenoxamine domestically". */
const MANNER_ADVERB = /^[a-z]{3,}(?:ally|ely|ily|ntly|ully|edly)$/u;

/** Whether the word at `i` closes its noun phrase: a function word, a punctuation mark or the sentence's end follows. */
function endsPhrase(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next === undefined || !next.word || next.capitalized || AFTER_TARGET.has(next.lower) || MANNER_ADVERB.test(next.lower);
}

/** A food colour's name before its number (helper sub98b, real news on food-dye bans): "red dye 3", "Red No. 3", "Yellow 5". */
const DYE_COLOURS: ReadonlySet<string> = new Set(['red', 'yellow', 'blue', 'green', 'orange']);

/**
 * The end (exclusive) of a food dye's name opening at `i`, or -1: a colour, "dye", "No." or "number", then the dye's number
 * ("red dye 3", "Red Dye No. 3", "red dye number 3", "Yellow 5"). News on additive bans names dyes so, in lower case or not, and no
 * other rule reads a colour with a number as a name.
 */
function dyeNameEnd(tokens: readonly Token[], i: number): number {
  // "Zeta Red No. 3": a brand's colour is the brand's name's, read whole elsewhere.
  if (!DYE_COLOURS.has(tokens[i]?.lower ?? '') || (i > 0 && tokens[i - 1]!.word && tokens[i - 1]!.capitalized)) return -1;
  let k = i + 1;
  if (tokens[k]?.lower === 'dye') k++;
  if (tokens[k]?.lower === 'number') k++;
  else if (tokens[k]?.lower === 'no' && tokens[k + 1]?.text === '.') k += 2;
  return /^\d{1,2}$/u.test(tokens[k]?.text ?? '') ? k + 1 : -1;
}

/** Marks that open a list a ban names after its clause: "bans three neonicotinoids: zenoxam, zetaprid", "five chemicals – zenoxate, …". */
const LIST_OPENERS: ReadonlySet<string> = new Set([':', '–', '—']);

/**
 * Whether the word at `i` is an item of a list opened by a colon or a dash where a ban is told (helper sub98b, real news on pesticide
 * and additive bans): "the bloc bans three neonicotinoids in crop fields: zenoxam, zetaprid and qorvamid", "the use of two
 * neonicotinoids – zenoxam and zetaprid – is illegal in Ruritania". Walks back over the items before it (a few lower-case words
 * each, an acronym in brackets) to the opener; a ban's word must stand before the opener, or a kind of substance just before it. A
 * kind in a ban's frame opens such a list too, its first item of no substance's shape ("additives brominated zenoil, zenium bromate").
 */
function itemOfOpenedList(tokens: readonly Token[], i: number): boolean {
  if (SUBSTANCE_KIND_NOUNS.has(tokens[i]!.lower)) return false;
  let k = i - 1;
  let words = 0;
  let joined = false;
  let exported = false;
  while (k >= 0 && i - k < 30) {
    const t = tokens[k]!;
    if (SUBSTANCE_KIND_NOUNS.has(t.lower) || CONTAINING_VERBS.has(t.lower) || BAN_VERBS.has(t.lower)) break;
    if (EXPORT_NOUNS.has(t.lower)) exported = true;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or') {
      words = 0;
      joined = true;
    }
    else if (t.text === '(' || t.text === ')' || /^\p{Lu}{2,6}$/u.test(t.text)) { /* an acronym in brackets: "(BVO)" */ }
    else if (t.word && !t.capitalized && ++words <= 3) { /* a word of an item */ }
    else break;
    k--;
  }
  // "containing the color additives brominated zenoil (BZO), zenium bromate and zetaparaben": a kind in a ban's frame opens it too.
  // Only a later item of a list: "bans three zenoids" names none.
  if (k >= 0 && SUBSTANCE_KIND_NOUNS.has(tokens[k]!.lower)) return joined && kindInBanFrame(tokens, k);
  // "containing brominated zenoil, zenium bromate and …": the list's first item stands where a ban names its target.
  // Not goods exported to a named place, as inBanFrame reads the first item: "banning exports of gallium and germanium to the United
  // States" restricts the destination.
  if (joined && (CONTAINING_VERBS.has(tokens[k]?.lower ?? '') || BAN_VERBS.has(tokens[k]?.lower ?? ''))) return !(exported && destinationAfter(tokens, i));
  if (k < 1 || !LIST_OPENERS.has(tokens[k]!.text)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (SUBSTANCE_KIND_NOUNS.has(tokens[j]!.lower)) return true;
  return tokens.slice(0, k).some((t) => BAN_VERBS.has(t.lower) || BAN_NOUNS.has(t.lower));
}

/**
 * Whether a lower-case word no dictionary knows is named right after a kind of substance in a ban's frame, whatever its ending
 * (helper sub98b, real news on supplement and pesticide bans): "to ban the herbal supplement zenkra", "banned the herbicide zetaquat".
 * The kind marks it a substance, as the ending does elsewhere.
 */
function namedAfterKind(tokens: readonly Token[], i: number): boolean {
  return coinedLowerWord(tokens[i]) && SUBSTANCE_KIND_NOUNS.has(tokens[i - 1]?.lower ?? '') && kindInBanFrame(tokens, i - 1);
}

/**
 * A lower-case word of five letters or more that no dictionary of the tagger knows and that names no kind or thing at large. No
 * hyphen: a compound the dictionary lacks is mostly a kind of goods ("banned e-scooters"), no substance's name.
 */
function coinedLowerWord(t: Token | undefined): boolean {
  if (t === undefined || !t.word || t.capitalized || t.text.length < 5 || !/^\p{Ll}+$/u.test(t.text)) return false;
  return !NOT_SUBSTANCES.has(t.text) && !SUBSTANCE_KIND.test(t.text) && !SUBSTANCE_KIND_NOUNS.has(t.text) && isCoinedWord(t.text);
}

/**
 * The substances a sentence names in lower case in a ban's frame, and those joined to them by "and", "or" or commas
 * ("containing zenoxate, zetamide or qorvalide"): each a product, so that the ban's rules find their target.
 */
export function findBannedSubstanceMentions(tokens: readonly Token[]): SentenceMention[] {
  // Only where a ban is told: "Zenco makes creams containing zenoxate" names an ingredient, no product of Zenco's.
  const approvalEnded = endsApproval(tokens);
  if (!approvalEnded && !tokens.some((t) => BAN_VERBS.has(t.lower) || BAN_NOUNS.has(t.lower) || RESTRICT_VERBS.has(t.lower) || t.lower === 'illegal' || t.lower === 'unlawful')) return [];
  const mentions: SentenceMention[] = [];
  const titled = isTitleCased(tokens);
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const dyeEnd = dyeNameEnd(tokens, i);
    if (dyeEnd > 0) {
      const label = surfaceOf(tokens, i, dyeEnd);
      mentions.push(mentionOver(tokens, i, dyeEnd, { key: keyOfName(label), label, type: 'product' }, 'rule'));
      last = dyeEnd - 1;
      i = dyeEnd - 1;
      continue;
    }
    const opening = hasOpeningSubstanceShape(tokens, i, titled);
    const afterKind = namedAfterKind(tokens, i);
    // A list's later item needs no substance's ending once one before it was read (helper sub98b): "zenoxate, tarnil and vexamide".
    const listed = last >= 0 && (i - last === 2 || (i - last === 3 && tokens[last + 1]!.text === ',')) && coinedLowerWord(tokens[i]);
    if (!hasSubstanceShape(t) && !opening && !afterKind && !listed) continue;
    // A substance of two such words, a salt or an oxide named by its parts (helper ins97, from real news on food additives):
    // "potassium bromate", "titanium dioxide", "vinyl chloride"; the first word alone is no target, as a noun follows it.
    const secondWord = hasSubstanceShape(tokens[i + 1]) || (titled && hasOpeningSubstanceShape(tokens, i + 1, titled));
    const j = secondWord && endsPhrase(tokens, i + 1) ? i + 1 : i;
    if (!endsPhrase(tokens, j)) continue;
    // A capitalised word alone is a substance only where a ban names it in a headline or opens a passive ban.
    if (opening && !(titled && BAN_VERBS.has(tokens[i - 1]?.lower ?? '')) && !passiveBanAfter(tokens, j)) continue;
    const joined = last >= 0 && i - last === 2 && /^(?:and|or|,)$/.test(tokens[i - 1]!.lower);
    const joinedAfterComma = last >= 0 && i - last === 3 && tokens[last + 1]!.text === ',' && /^(?:and|or)$/.test(tokens[i - 1]!.lower);
    // "the use of zenoxamine was banned in …", "zenoxate is banned in …": a passive ban after the substance or the act of using it.
    // Also after an opening phrase set off by a comma (helper sub98b, real pesticide news): "As of 2020, zenoxate was banned in …".
    const usedBeforePassive = (tokens[i - 1]?.lower === 'of' && USE_NOUNS.has(tokens[i - 2]?.lower ?? '')) || i === 0 || (i === 1 && tokens[0]!.lower === 'the') || tokens[i - 1]?.text === ',';
    if (!afterKind && !joined && !joinedAfterComma && !inBanFrame(tokens, i, approvalEnded) && !(usedBeforePassive && passiveBanAfter(tokens, j)) && !itemOfOpenedList(tokens, i)) continue;
    const label = surfaceOf(tokens, i, j + 1);
    mentions.push(mentionOver(tokens, i, j + 1, { key: keyOfName(label), label, type: 'product' }, 'rule'));
    last = j;
    i = j;
  }
  return mentions;
}
