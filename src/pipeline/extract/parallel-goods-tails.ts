import { finiteVerbAt } from './clause-subject';
import { triggersAt } from './trigger-words';

/**
 * "whose brands include Zeta jam and Zuma coffee", "owner of Zeta condoms and Vela footcare products", "Zeta baking soda, Vela stain
 * removers and Lumo wipes": brands named each with the goods they are sold as, the goods in plain lower-case words (helper own96, from
 * real household-goods and food-group news). The list's reading took a kind only from the product nouns (clause.ts's KIND_TAILS), so
 * "jam" or "condoms" closed the list after its first member and the later brands were lost. Here the items must be parallel: the next
 * name must carry such words too, and they must end its item, so a verb's clause ("Zeta grew and Vela fell") is no list.
 */

/** The most lower-case words of goods after each name: "baking soda", "footcare products". */
const MAX_TAIL_WORDS = 2;

/** A lower-case word, perhaps hyphenated ("stain-removing"). */
const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * Words that are no goods: they open a phrase, a clause or a list, a time or a quantity ("Zeta in Ruritania and Vela in Zembla",
 * "Zeta last year and Vela this year"), stand for a firm's people or parts ("Zeta executives and Vela staff" name people), or for
 * securities and rights held in others ("Zeta shares and Vela bonds").
 */
const NOT_GOODS_WORDS: ReadonlySet<string> = new Set([
  'to', 'from', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'than',
  'that', 'which', 'who', 'whose', 'and', 'or', 'but', 'nor', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will',
  'would', 'can', 'could', 'may', 'might', 'must', 'should', 'does', 'did', 'do', 'not', 'also', 'now', 'still', 'then', 'the', 'a', 'an',
  'its', 'their', 'his', 'her', 'this', 'these', 'those', 'other', 'last', 'next', 'today', 'yesterday', 'tomorrow', 'year',
  'years', 'month', 'months', 'week', 'weeks', 'ago', 'earlier', 'later', 'too', 'both', 'alone', 'itself', 'respectively',
  'executives', 'executive', 'staff', 'employees', 'workers', 'officials', 'shareholders', 'investors', 'founder', 'founders', 'ceo',
  'chief', 'boss', 'owner', 'owners', 'parent', 'unit', 'units', 'subsidiary', 'subsidiaries', 'stores', 'store', 'shops', 'plant',
  'plants', 'factory', 'factories', 'headquarters', 'offices', 'said', 'says', 'say',
  // Securities, stakes and rights a firm holds in others: "owns Zeta stock and Vela debt", "Zeta franchises and Vela licences" (crit96b).
  'share', 'shares', 'stock', 'stocks', 'bond', 'bonds', 'debt', 'notes', 'stake', 'stakes', 'options', 'warrants', 'equity', 'assets',
  'holdings', 'loans', 'licence', 'licences', 'license', 'licenses', 'franchise', 'franchises', 'rights', 'patents', 'contracts',
]);

/** Whether the word at `k` may be a word of goods: plain, not NOT_GOODS_WORDS, no past form, no finite verb nor trigger's verb. */
function goodsWordAt(words: readonly string[], k: number): boolean {
  const word = words[k] ?? '';
  return PLAIN_WORD.test(word) && !NOT_GOODS_WORDS.has(word) && !/ed$/.test(word) && !finiteVerbAt(words, k) && !triggersAt(words, k).some((t) => t.form === 'verb' || t.form === 'participle');
}

/** How many words of goods stand after the name at `last` (0 to MAX_TAIL_WORDS): the run of goodsWordAt's words. */
function tailLength(words: readonly string[], last: number): number {
  let n = 0;
  while (n < MAX_TAIL_WORDS && goodsWordAt(words, last + 1 + n)) n++;
  return n;
}

/** Words that close the next item after its goods: punctuation, a conjunction, or the sentence's end. */
const ITEM_END = /^(?:[.,;:)]|and|or)$/;

/**
 * In a list's words (clause.ts: lower case, mentions as "@3"), where the item ending at `last` closes when its name is followed by one
 * or two words of goods and the next item, after a comma or a conjunction, is a name with its own words of goods that end it. Undefined
 * when the words are no such pair. `isName` says whether a name stands at a word.
 */
export function parallelGoodsTailEnd(words: readonly string[], last: number, isName: (k: number) => boolean): number | undefined {
  // "Vexo's glue, Lumo cookers and Tarn candles": a brand named after its founder keeps the founder's "'s" before its goods (helper
  // dvb97, from real household-goods news: the possessive ended the list after its first member).
  const own = words[last + 1] === "'s" ? 1 : 0;
  const n = tailLength(words, last + own);
  if (n === 0) return undefined;
  const end = last + own + n;
  let j = end + 1;
  if (words[j] === ',') j++;
  if (words[j] === 'and' || words[j] === 'or') j++;
  if (j === end + 1) return undefined;
  if (words[j] === 'the') j++;
  if (!isName(j)) return undefined;
  const nextOwn = words[j + 1] === "'s" ? 1 : 0;
  const m = tailLength(words, j + nextOwn);
  if (m === 0) return undefined;
  const after = words[j + nextOwn + m + 1];
  return after === undefined || ITEM_END.test(after) ? end : undefined;
}
