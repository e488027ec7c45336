import { RELATIONS } from '../relation-registry';

/**
 * The rate a tariff or a duty is told with, between the noun and what it falls on (helper tar89, from fresh samples on steel,
 * solar and electric-car trade cases): "duties of up to 35% on Zenco", "tariffs averaging 20% on Zembla's steel", "duties ranging
 * from 17% for Zenco to 35% for Qorva". The reader skips the rate so the target after "on" or "for" is read as after the bare noun.
 */

/**
 * The trade measures whose rate may stand between the noun and its target: the last words of the registry's restricts `stateNouns`
 * ("tariffs", "levy", "rates" of "duty rates", "taxes" of "anti-dumping taxes"), so the two lists cannot drift apart. Made on first
 * use: the registry is read after every module has loaded (made at load, the import's cycle left other modules' lists empty).
 */
let ratedNouns: ReadonlySet<string> | undefined;

/** Whether the trigger's last word is a rated trade measure. */
export function isRatedMeasure(lastWord: string): boolean {
  ratedNouns ??= new Set((RELATIONS.restricts.stateNouns ?? []).map((noun) => noun.split(' ').at(-1)!));
  return ratedNouns.has(lastWord);
}

/** Words that open the rate after the noun: "of 25%", "averaging 20%", "at 10%", "ranging from 17% to 35%", "as high as 35%". */
const RATE_OPENERS: ReadonlySet<string> = new Set(['of', 'averaging', 'at', 'totalling', 'totaling', 'worth']);
/** Words that bound the number: "up to", "as much as", "nearly", "more than". */
const BOUNDS: ReadonlySet<string> = new Set(['up', 'to', 'as', 'much', 'high', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'more', 'less', 'than', 'between', 'from', 'an', 'additional', 'extra', 'a', 'further', 'average']);
const NUMBER = /^\$?[0-9][0-9.,]*$/;
/** A copula that tells a measure's rates: "tariffs stood at 15 %", "duties now stand at", "the levies were at". */
const STANDING = /^(?:stood|stand|stands|were|are|remain|remained|remains|sat|sit|sits)$/;

/** Words ending in -s or -ed that are no verb: "across", "plus". */
const NOT_FINITE = /^(?:across|towards|plus|less|unless|versus|thus|as|its|this|alias|news|respectively|used|based|needed)$/;
/**
 * Whether the word at `k` is a finite verb or an auxiliary, which makes the name before it the subject of a new clause, not one more
 * target: "for Canada and Mexico said it would retaliate", "for Japan and Vietnam announced talks" (fixer fxr90c).
 */
export function opensClauseAt(words: readonly string[], k: number): boolean {
  const w = words[k] ?? '';
  if (/^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|shall|did|does|do|said|says|say|announced|announces|faced|faces|plans|planned|warned|warns|called|calls|responded|responds|vowed|vows|threatened|threatens|retaliated|imposed|imposes|agreed|agrees)$/.test(w)) return true;
  return /^[a-z]{3,}(?:ed|s)$/.test(w) && !NOT_FINITE.test(w);
}

/** Words of an aside after a rate's target that the list goes on past: ", the lowest rate ,", ", the highest ,". */
const ASIDE_OPENERS = /^(?:the|a|an|its|their|which|who)$/;

/** After a number at `at`, the index past its unit ("%", "percent", "per cent"), or undefined when none follows. */
function pastUnit(words: readonly string[], at: number): number | undefined {
  // "$ 2 per kg", "US$ 0.5 a kilogram": a sum's currency before its number.
  if (CURRENCY_SIGNS.test(words[at] ?? '') && NUMBER.test(words[at + 1] ?? '')) at++;
  if (!NUMBER.test(words[at] ?? '')) return undefined;
  const unit = words[at + 1];
  const end = unit === '%' || unit === 'percent' || unit === 'pc' ? at + 2 : unit === 'per' && words[at + 2] === 'cent' ? at + 3 : pastSumPerUnit(words, at + 1);
  // "79.3 % ad valorem": the rate's kind after it.
  return end !== undefined && words[end] === 'ad' && words[end + 1] === 'valorem' ? end + 2 : end;
}

/** Signs of a currency before a sum's number: "$", "US$", "€". */
const CURRENCY_SIGNS = /^(?:\$|us\$|usd|€|£|¥|a\$|c\$)$/i;
/** A currency's words after a sum's number: "25 cents", "2 dollars". */
const CURRENCY_NAMES_AFTER_SUM = /^(?:cents?|dollars?|euros?|yuan|yen|rupees?|usd|eur)$/i;
/** Units a duty is charged per: "per kg", "a tonne", "per metric ton". */
const CHARGED_UNITS = /^(?:kg|kgs|kilogram|kilograms|kilo|kilos|tonne|tonnes|ton|tons|pound|pounds|lb|lbs|litre|liter|unit|head|piece)$/i;

/**
 * A duty charged as a sum per unit (helper san93, from the eighty-sixth fresh sample's seafood duties): "$ 2 per kg", "25 cents a
 * pound", "2 dollars per metric ton"; from `k`, the word after the number, the index past the unit, or undefined.
 */
function pastSumPerUnit(words: readonly string[], k: number): number | undefined {
  if (CURRENCY_NAMES_AFTER_SUM.test(words[k] ?? '')) k++;
  if (words[k] !== 'per' && words[k] !== 'a') return undefined;
  const unitAt = words[k + 1] === 'metric' ? k + 2 : k + 1;
  return CHARGED_UNITS.test(words[unitAt] ?? '') ? unitAt + 1 : undefined;
}

/**
 * The index past a rate that opens at `at` ("of up to 35.3 %", "ranging from 17 % to 35 %", "of between 17 % and 35 %"), or `at`
 * itself when none does. A range whose ends name their own targets ("from 17 % for Zenco to 35 % for Qorva") is read by
 * `rateTargetStarts`, not skipped.
 */
export function pastRate(words: readonly string[], at: number): number {
  let k = at;
  if (words[k] === 'ranging' && words[k + 1] === 'from') k += 2;
  else if (RATE_OPENERS.has(words[k] ?? '')) k++;
  else return at;
  for (let n = 0; n < 4 && BOUNDS.has(words[k] ?? ''); n++) k++;
  const first = pastUnit(words, k) ?? (NUMBER.test(words[k] ?? '') && (words[k + 1] === 'to' || words[k + 1] === 'and') ? k + 1 : undefined);
  if (first === undefined) return at;
  // "from 17 % to 35 %", "between 17 and 35 %": the other end of the range.
  if ((words[first] === 'to' || words[first] === 'and' || words[first] === '-') && pastUnit(words, first + 1) !== undefined) return pastUnit(words, first + 1)!;
  return first;
}

/**
 * "duties ranging from 17 % for Zenco to 35 % for Qorva", "duties of 17 % for Zenco and 35 % for Qorva": where each end's target
 * begins (the word after its "for" or "on"), read from the rate at `at`; empty when the rate names no targets of its own.
 */
export function rateTargetStarts(words: readonly string[], at: number, isName: (k: number) => boolean): number[] {
  let k = at;
  if (words[k] === 'ranging' && words[k + 1] === 'from') k += 2;
  else if (RATE_OPENERS.has(words[k] ?? '')) k++;
  // "tariffs stood at 15 % for Zembla, 19 % for Vexland and Qorvia": rates told by a copula, each with its own target (helper trd90b,
  // from stop 90's eightieth fresh sample); only read when a target follows each rate's "for" or "on".
  else if (STANDING.test(words[k] ?? '') && words[k + 1] === 'at') k += 2;
  else if (words[k] === 'now' && STANDING.test(words[k + 1] ?? '') && words[k + 2] === 'at') k += 3;
  else if (words[k] === ':') return colonRateTargets(words, k + 1, isName);
  else return [];
  const starts: number[] = [];
  for (let end = Math.min(words.length, at + 40); k < end; ) {
    while (BOUNDS.has(words[k] ?? '') && k < end) k++;
    const past = pastUnit(words, k);
    if (past === undefined || !(words[past] === 'for' || words[past] === 'on') || !isName(past + 1)) break;
    starts.push(past + 1);
    // On past the name to the next end: ", 20 % for Vexa", "to 35 % for Qorva", "and 35 % for Qorva".
    let j = past + 2;
    while (j < end && isName(j)) j++;
    // "19 % for Vexland and Qorvia, 25 % for …": names joined after one rate share it; go on to the next rate past them.
    while (j < end && (words[j] === 'and' || words[j] === ',') && isName(j + 1)) {
      let n = j + 1;
      while (n < end && isName(n)) n++;
      // "for Canada and Mexico said …": the name opens a new clause, which ends the rates.
      if (opensClauseAt(words, n)) return starts;
      j = n;
    }
    // "for Japan , the lowest rate , and 25 % for Vietnam": an aside set off by commas after the target.
    if (words[j] === ',' && ASIDE_OPENERS.test(words[j + 1] ?? '')) {
      let n = j + 2;
      while (n < Math.min(end, j + 8) && words[n] !== ',' && !NUMBER.test(words[n] ?? '')) n++;
      if (words[n] === ',' && (NUMBER.test(words[n + 1] ?? '') || words[n + 1] === 'and')) j = n;
    }
    while (j < end && /^[a-z][a-z.-]*$/.test(words[j]!) && !/^(?:to|and|or)$/.test(words[j]!) && !NUMBER.test(words[j]!)) j++;
    if (words[j] === ',') j++;
    if (words[j] === 'to' || words[j] === 'and' || words[j] === 'or') j++;
    if (!NUMBER.test(words[j] ?? '') && !BOUNDS.has(words[j] ?? '')) break;
    k = j;
  }
  return starts;
}

/** Words that end the goods of a later rate before its "from": a verb, a relative word, a comparison ("20 % more than …"). */
const NOT_GOODS = /^(?:from|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|of|which|who|whom|than|more|less|to|by|at|with|in|into|for|if|when)$/;
/**
 * "40 % on clinker from Zembla , 20 % on that from Qorvia", "… and 30 % on those from Borduria": later rates after a first target that
 * drop the repeated goods, each with its own state after "from" (helper trx93, from the round 1-2 reports on duty lists). Read from
 * `at`, the word after the first target; the start of each later target, or none. A rate on goods of its own ("20 % on glass from
 * Qorvia") names its state too.
 */
export function laterRateOrigins(words: readonly string[], at: number, isName: (k: number) => boolean): number[] {
  const starts: number[] = [];
  let k = at;
  for (let n = 0; n < 6; n++) {
    if (words[k] === ',' && words[k + 1] === 'and') k += 2;
    else if (words[k] === ',' || words[k] === 'and') k++;
    else break;
    const past = pastUnit(words, k);
    if (past === undefined || (words[past] !== 'on' && words[past] !== 'for')) break;
    const zeroRate = Number((words[k] ?? '').replace(/,/g, '')) === 0;
    // The goods, repeated or left out: up to three words before "from" ("that", "those", "the same", "flat steel").
    let j = past + 1;
    let goods = 0;
    // ("those" may carry the mention it was resolved to: "those@1".)
    while (goods < 3 && /^[a-z][a-z-]*(?:@\d+)?$/.test(words[j] ?? '') && !NOT_GOODS.test(words[j]!)) {
      j++;
      goods++;
    }
    if (words[j] !== 'from' || !isName(j + 1)) break;
    k = j + 2;
    while (k < words.length && isName(k)) k++;
    // "and 20 % on that from Qorvia was proposed": the name opens a clause of its own, no target of the act.
    if (opensClauseAt(words, k)) break;
    // "and 0 % on that from Qorvia": a rate of nothing exempts that state's goods, no restriction (re-read rr93a).
    if (zeroRate) continue;
    starts.push(j + 1);
  }
  return starts;
}

/** Words before a trade value: "on another $60 billion of", "on some $5 billion of". */
const BEFORE_VALUE: ReadonlySet<string> = new Set(['another', 'an', 'additional', 'a', 'further', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'over', 'up', 'to', 'more', 'than', 'at', 'least']);
/** A value of trade as a number: "5", "200bn", "1.2". */
const VALUE_NUMBER = /^\d[\d.,]*(?:bn|m|b|tn)?$/;
/** Its scale: "billion", "million". */
const VALUE_SCALES: ReadonlySet<string> = new Set(['billion', 'million', 'trillion', 'bn', 'mn', 'tn']);

/**
 * "tariffs on $5 billion of Zembian goods", "on another $60 billion worth of Zembian imports", "on US$200bn in Zembian products": the
 * value of the trade hit, skipped to the goods (helper sta92, set 84's tariff readers). Returns `at` itself when no value stands there.
 */
export function pastTradeValue(words: readonly string[], at: number): number {
  let k = at;
  for (let n = 0; n < 3 && BEFORE_VALUE.has(words[k] ?? ''); n++) k++;
  if (/^(?:us|usd|c|a|nz|hk)$/.test(words[k] ?? '') && words[k + 1] === '$') k++;
  const dollar = words[k] === '$' || words[k] === '€' || words[k] === '£' || words[k] === '¥';
  if (dollar) k++;
  if (!VALUE_NUMBER.test(words[k] ?? '')) return at;
  k++;
  const scaled = VALUE_SCALES.has(words[k] ?? '');
  if (scaled) k++;
  const currency = /^(?:dollars|euros|pounds|yuan|usd)$/.test(words[k] ?? '');
  if (currency) k++;
  // A bare number is no value ("on 5 Zembian firms"): a currency sign, a scale or a currency word makes it one.
  if (!dollar && !scaled && !currency && !/[a-z]$/.test(words[k - 1]!)) return at;
  if (words[k] === "'" || words[k] === "'s") k++;
  if (words[k] === 'worth') k++;
  return words[k] === 'of' || words[k] === 'in' ? k + 1 : at;
}

/** Words that may stand between a measure's "on" and the demonym of the goods it falls on: "on imports of certain Zembian steel". */
// "duties on imported Zemblan newsprint", "on most Zemblan lumber" (helper dty93, set 87's timber reader).
// "on four Zemblan chemicals", "on certain types of Zemblan steel imports": a count of the goods, or their kinds (helper rsx96).
const BEFORE_GOODS_DEMONYM: ReadonlySet<string> = new Set(['imports', 'of', 'all', 'certain', 'some', 'the', 'a', 'an', 'array', 'range', 'wide', 'raft', 'host', 'slew', 'variety', 'cheap', 'cheaper', 'subsidised', 'subsidized', 'low-cost', 'low-priced', 'imported', 'most', 'many',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'types', 'type', 'kinds', 'kind', 'grades', 'forms']);
/** What a demonym before it names as people, not goods: "tariffs on Zembian students" says nothing of trade. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['students', 'people', 'nationals', 'citizens', 'tourists', 'travellers', 'travelers', 'visitors', 'workers', 'officials', 'users', 'investors']);

/**
 * "tariffs on Zembian steel", "a 25 % levy on imports of Zembian-made cars", "duties on Zembian and Borduran panels": where the
 * demonyms of the goods a measure falls on stand, read from the preposition at `at` (the state whose goods they are is restricted).
 */
export function goodsDemonymsAt(words: readonly string[], at: number, isDemonym: (word: string) => boolean): number[] {
  // "raising duties for most Zemblan lumber" (helper dty93): "for" too, but not before people who pay or buy ("tariffs for Zemblan
  // consumers", "for Zemblan importers").
  const forGoods = words[at] === 'for';
  if (words[at] !== 'on' && words[at] !== 'upon' && words[at] !== 'against' && !forGoods) return [];
  // Duties paid back or waived "for" goods fall on none: "refunded duties for Zemblan lumber", "waived tariffs for Zemblan steel".
  if (forGoods && words.slice(Math.max(0, at - 4), at).some((w) => DUTIES_RETURNED.test(w))) return [];
  let k = pastTradeValue(words, at + 1);
  for (let n = 0; n < 5 && BEFORE_GOODS_DEMONYM.has(words[k] ?? ''); n++) k++;
  const found: number[] = [];
  while (isDemonym((words[k] ?? '').split('-')[0]!)) {
    found.push(k);
    if ((words[k + 1] === 'and' || words[k + 1] === ',' || words[k + 1] === 'or') && isDemonym((words[k + 2] ?? '').split('-')[0]!)) k += 2;
    else if (words[k + 1] === ',' && words[k + 2] === 'and' && isDemonym((words[k + 3] ?? '').split('-')[0]!)) k += 3;
    else break;
  }
  // "duties against Zemblan and U.S. steel": a state's name joined after the last demonym (read as the measure's own target) shares
  // its goods (helper rsx96).
  if (found.length > 0 && (words[k + 1] === 'and' || words[k + 1] === 'or') && /^@\d+$/.test(words[k + 2] ?? '') && /^[a-z][a-z-]*$/.test(words[k + 3] ?? '')) k += 2;
  // The goods: a plain word after the last demonym ("steel", "electric"), not people.
  const goods = words[k + 1] ?? '';
  // "tariffs on Zemblan steel maker Zenco": the goods only describe the firm named after them, which the measure falls on, not its state.
  if (describesNamedFirm(words, k + 1)) return [];
  if (forGoods && !FOR_GOODS_HEADS.has(goods) && !FOR_GOODS_HEADS.has(words[k + 2] ?? '')) return [];
  return found.length > 0 && /^[a-z][a-z-]*$/.test(goods) && !PEOPLE_NOUNS.has(goods) && goods !== 'and' && goods !== 'or' ? found : [];
}

/** Nouns of a firm's kind: "steel maker", "chemical producer". */
const FIRM_KIND_NOUNS = /^(?:maker|makers|producer|producers|manufacturer|manufacturers|company|companies|firm|firms|exporter|exporters|group|giant|supplier|suppliers|steelmaker|steelmakers|carmaker|carmakers|automaker|automakers|mill|mills)$/;

/** Whether the words from `at` describe a firm named right after them: "steel maker Zenco", "solar panel producer Zenco". */
function describesNamedFirm(words: readonly string[], at: number): boolean {
  for (let k = at; k < at + 4 && /^[a-z][a-z-]*$/.test(words[k] ?? ''); k++) {
    if (FIRM_KIND_NOUNS.test(words[k]!)) return /^@\d+$/.test(words[k + 1] ?? '') || words[k + 1] === ',' && /^@\d+$/.test(words[k + 2] ?? '');
  }
  return false;
}

/** Verbs and nouns of duties paid back or waived. */
const DUTIES_RETURNED = /^(?:refund|refunds|refunded|refunding|repaid|repay|repays|reimburse|reimbursed|waive|waived|waives|waiving|exemption|exemptions|exempted|exempt|relief|rebate|rebates)$/;

/** Goods a duty "for" a demonym may name (people after "for" are who pays or is spared, not the goods hit): "for Zemblan lumber". */
const FOR_GOODS_HEADS_LIST = ['goods', 'products', 'imports', 'exports', 'shipments', 'lumber', 'timber', 'wood', 'softwood', 'paper', 'newsprint', 'steel',
  'aluminium', 'aluminum', 'cars', 'vehicles', 'biodiesel', 'oil', 'wine', 'beef', 'pork', 'fish', 'seafood', 'glass', 'panels', 'tyres', 'tires', 'solar'];
const FOR_GOODS_HEADS: ReadonlySet<string> = new Set(FOR_GOODS_HEADS_LIST);

/** Goods sanctions may fall on by their state's demonym: "sanctions against Zemblan wood", "sanctions on Zemblan oil and gas". */
export const SANCTIONED_GOODS: ReadonlySet<string> = new Set([...FOR_GOODS_HEADS_LIST, 'coal', 'gas', 'crude', 'gold', 'diamonds', 'fertilizer', 'fertiliser', 'potash', 'iron',
  'metals', 'grain', 'vodka', 'caviar', 'plywood', 'birch', 'commodities']);

/**
 * "imposed sanctions against Zemblan wood", "sanctions on imports of Zemblan steel": the demonyms of goods a state's sanctions fall on
 * (helper lvy93, set 87's timber reader); the state whose goods they are is restricted. Only before a goods noun: "sanctions against
 * Zemblan officials", "on Zemblan banks" name people or firms, not the state.
 */
export function sanctionedGoodsDemonymsAt(words: readonly string[], at: number, isDemonym: (word: string) => boolean): number[] {
  const found = goodsDemonymsAt(words, at, isDemonym);
  const last = found.at(-1);
  // "sanctions on Zemblan oil buyers", "on Zemblan steel makers": the goods qualify the parties sanctioned, no state's goods.
  const after = words[(last ?? 0) + 2] ?? '';
  const goodsEnd = !/^[a-z][a-z-]*$/.test(after) || SANCTIONED_GOODS.has(after) || /^(?:and|or|from|in|to|by|on|over|after|since|as|that|which|is|are|was|were|will|would|has|have|had|imposed|announced)$/.test(after);
  return last !== undefined && SANCTIONED_GOODS.has(words[last + 1] ?? '') && goodsEnd ? found : [];
}

/** Words that end a list of goods after a measure's "on": a clause's verb or a relative word ("tariffs on steel were …"). */
const GOODS_LIST_END = /^(?:[.;:()]|that|which|who|from|by|in|to|were|was|is|are|will|would|has|have|had|after|before|because|since|as|but)$/;

/**
 * "tariffs on Parmesan cheese and French wine", "duties on steel, aluminium and Zembian cars": a demonym later in the list of goods,
 * after "and", "or" or a comma, names a state whose goods are hit, whatever the first goods are (helper fxr89, stop 89's re-read).
 */
export function laterGoodsDemonymsAt(words: readonly string[], at: number, isDemonym: (word: string) => boolean): number[] {
  if (words[at] !== 'on' && words[at] !== 'upon' && words[at] !== 'against') return [];
  const from = at + 1;
  const found: number[] = [];
  for (let k = from; k < words.length && k <= from + 12 && !GOODS_LIST_END.test(words[k]!); k++) {
    const w = words[k]!;
    if (!/^(?:and|or|,)$/.test(words[k - 1] ?? '') || !isDemonym(w.split('-')[0]!)) continue;
    const goods = words[k + 1] ?? '';
    if (/^[a-z][a-z-]*$/.test(goods) && !PEOPLE_NOUNS.has(goods) && goods !== 'and' && goods !== 'or') found.push(k);
  }
  return found;
}

/**
 * Goods nouns after a capitalised name that make the name the goods' kind, not a firm: "Parmesan cheese", "Scotch whisky", "Bourbon
 * whiskey", "Basmati rice" (helper fxr89: after a rated measure's "on", such a name was read as the restricted firm).
 */
const NAMED_GOODS_NOUNS: ReadonlySet<string> = new Set(['cheese', 'cheeses', 'wine', 'wines', 'whisky', 'whiskies', 'whiskey', 'whiskeys', 'spirits', 'brandy',
  'vodka', 'gin', 'rum', 'beer', 'beers', 'ham', 'hams', 'beef', 'pork', 'lamb', 'rice', 'coffee', 'tea', 'teas', 'chocolate', 'olive', 'olives', 'oil',
  'butter', 'yoghurt', 'yogurt', 'salmon', 'vinegar', 'sausages', 'pasta', 'cigars', 'tobacco']);

/** Whether the name at `at` qualifies the goods noun after it ("Parmesan cheese", "Scotch whisky"), and names no firm. */
export function namesGoodsKind(words: readonly string[], at: number): boolean {
  return /^@\d+$/.test(words[at] ?? '') && NAMED_GOODS_NOUNS.has(words[at + 1] ?? '');
}

/** A state's putting its own trade measure off: "suspended its tariffs on …", "paused the duties", "waived levies on …". */
const PAUSING = /^(?:suspended|suspends|suspend|suspending|paused|pauses|pause|pausing|waived|waives|waive|waiving|postponed|postpones|postpone|delayed|delays|delay|deferred|defers|defer)$/;

/**
 * "Ruritania suspended its tariffs on Zembian steel", "paused the planned duties on Zenco": a rated measure put off holds no
 * restriction (a court's "suspended the ban" is read by claim-status.ts; a state suspending its own tariffs lifts them).
 */
export function measurePausedBefore(words: readonly string[], t: number): boolean {
  let k = t - 1;
  if (/^(?:planned|new|additional|extra|retaliatory|punitive|proposed)$/.test(words[k] ?? '')) k--;
  if (/^(?:the|its|their|all|some|most)$/.test(words[k] ?? '') || /^its@/.test(words[k] ?? '')) k--;
  return PAUSING.test(words[k] ?? '');
}

/** Cutting verbs before a trade measure: "cut tariffs on …", "is lowering the duties on …". */
const CUTTING = /^(?:cut|cuts|cutting|lowered|lowers|lower|lowering|reduced|reduces|reduce|reducing|slashed|slashes|slash|slashing)$/;

/**
 * "cut its tariffs on Zembian cars to zero", "lowered the duties on Zenco to 0 %": a rated measure cut to nothing holds no restriction,
 * as one removed does. Cut to a rate ("cut tariffs on Zembian cars to 15 %") it still stands, and still restricts (helper tar89b).
 */
export function measureCutToNothing(words: readonly string[], t: number): boolean {
  let k = t - 1;
  if (/^(?:planned|new|additional|extra|retaliatory|punitive|import|customs)$/.test(words[k] ?? '')) k--;
  if (/^(?:the|its|their|all|some|most)$/.test(words[k] ?? '') || /^its@/.test(words[k] ?? '')) k--;
  if (!CUTTING.test(words[k] ?? '')) return false;
  for (let j = t + 1; j < words.length && j <= t + 12; j++) {
    const w = words[j]!;
    if (w === '.' || w === ';' || w === ',') return false;
    if (w === 'to' && (words[j + 1] === 'zero' || words[j + 1] === 'nil' || (words[j + 1] === '0' && /^(?:%|percent|per)$/.test(words[j + 2] ?? '')))) return true;
  }
  return false;
}

/** "a 25 % duty", "a duty of 25 %", "a 10 per cent duty": whether the bare "duty" at `t` is told with a rate, the only way it names a levy. */
export function isRatedDuty(words: readonly string[], t: number): boolean {
  const before = words[t - 1] ?? '';
  return before === '%' || before === 'percent' || (before === 'cent' && words[t - 2] === 'per') || pastRate(words, t + 1) > t + 1 || isImposedDutyOn(words, t) || isTradeDutyOn(words, t);
}

/** Verbs that lay a levy on goods: "imposed a duty on", "levying a provisional duty on". */
const LEVYING_VERBS = /^(?:imposed|imposes|impose|imposing|levied|levies|levy|levying|slapped|slaps|slap|slapping)$/;
/** Words between the verb and "duty": an article and a kind ("a provisional", "an additional"). */
const DUTY_KIND_WORDS = /^(?:a|an|the|new|provisional|definitive|additional|extra|temporary|further|final|preliminary)$/;

/**
 * "imposed a duty on vexium from Zembla", "imposing provisional duty on imports of …": a duty laid on something by a verb of
 * levying is a levy without its rate (helper trd91, fresh sample s81c); "a duty of care", "a duty to protect" have no "on" after.
 */
function isImposedDutyOn(words: readonly string[], t: number): boolean {
  if (words[t + 1] !== 'on') return false;
  let k = t - 1;
  for (let n = 0; n < 2 && DUTY_KIND_WORDS.test(words[k] ?? ''); n++) k--;
  return LEVYING_VERBS.test(words[k] ?? '');
}

/** Kinds of duty that only a levy on trade has: "retaliatory duty", "punitive duty", "countervailing duty". */
const TRADE_DUTY_KINDS = /^(?:retaliatory|punitive|countervailing|anti-subsidy|safeguard|import|customs|tit-for-tat)$/;

/**
 * "Zembla's retaliatory duty on Ruritanian lawn mowers", "a punitive duty on imports of …": a duty of a trade kind laid "on" something
 * is a levy without its rate or its verb (helper rsx96, set 93's reader); "a moral duty on us", "on duty" have no trade kind.
 */
function isTradeDutyOn(words: readonly string[], t: number): boolean {
  return (words[t + 1] === 'on' || words[t + 1] === 'against') && TRADE_DUTY_KINDS.test(words[t - 1] ?? '');
}

/**
 * "imposed the following duties: Zenco 14.27 %, Qorva 16.25 % and all others 20 %": firms listed after a colon, each with its rate
 * (helper trd91, fresh sample s81c); where each name begins. Stops at the first item that is no name followed by a rate ("all others").
 */
function colonRateTargets(words: readonly string[], at: number, isName: (k: number) => boolean): number[] {
  const starts: number[] = [];
  for (let k = at, end = Math.min(words.length, at + 40); k < end && isName(k); ) {
    let j = k;
    while (j < end && isName(j)) j++;
    const past = pastUnit(words, j);
    if (past === undefined) break;
    starts.push(k);
    k = words[past] === ',' || words[past] === ';' ? past + 1 : past;
    if (words[k] === 'and') k++;
  }
  return starts;
}
