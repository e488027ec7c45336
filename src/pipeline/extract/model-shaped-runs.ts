import { YEAR } from '../lexicon/model-versions';
import { TIER_WORDS } from './name-rules';

/**
 * A maker's longer model name, read by its shape alone: "Samsung Galaxy Buds 3", "Huawei MatePad Pro 13.2", "Zenco Vela Watch
 * Ultra". After a known firm's name a run of three or four name words was its product only when a product's kind closed it ("the
 * Zenco Vela D tire"); launch news writes a device's name bare, ending in its generation's number or a tier ("Buds 3 Pro"), and
 * the whole name was lost (helper xlaunch, from real launch news on tablets, earbuds and watches). The run opens on a capitalised
 * word and holds only capitalised words, model codes and numbers, and it ends on a number or code (not a year: "Zenco Vela 2025"
 * may be a date) or a tier word. What the run may not hold (a region, a unit, a title, an event's word) is fitsModelRun's.
 */

/** A model's number or code: "3", "13.2", "S24", "V3", "Fold6" (a letter run with a digit in it). */
const MODEL_NUMBER = /^(?:\d{1,3}(?:\.\d)?|\p{L}{1,8}\d{1,4}\p{L}{0,2})$/u;
/** A name word: capitalised ("Galaxy", "MatePad") or a model number. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\d]*)$/u;

/** Whether three or four words after a firm's name have a model name's shape. */
export function isModelShapedRun(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > 4 || !/^\p{Lu}/u.test(words[0]!)) return false;
  if (!words.every((w) => NAME_WORD.test(w) || MODEL_NUMBER.test(w))) return false;
  const last = words[words.length - 1]!;
  return TIER_WORDS.has(last) || (MODEL_NUMBER.test(last) && !YEAR.test(last));
}
