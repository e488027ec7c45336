import type { Token } from '../text/tokens';
import { keyOfName, mentionOver, type SentenceMention } from './mention';
import { isCoinedWord } from './name-rules';
import { MAKER_NOUNS } from './cue-words';

/**
 * Farm chemicals and other substances sold under a lower-case common name ("Zenco's weedkiller zetaquat", "glyzetate maker
 * Qorva", "zetamine, a herbicide made by Vexa"): news writes them like any noun, so no capital marks them, and the maker's
 * relation was lost with the name (a fresh sample of news on agrochemicals). Such a word is a product only in a frame that
 * makes it one, and only when it has a chemical's shape: English nouns after a kind ("herbicide sales", "pesticide residues")
 * or before a maker ("wine maker", "chocolate maker") have none.
 */

/** Kinds of substance a name may follow or be set off by: "the herbicide zetamine", "zetamine, a weedkiller". */
const SUBSTANCE_KINDS: ReadonlySet<string> = new Set([
  'herbicide', 'herbicides', 'weedkiller', 'weedkillers', 'weed-killer', 'pesticide', 'pesticides', 'insecticide', 'insecticides',
  'fungicide', 'fungicides', 'nematicide', 'rodenticide', 'fumigant', 'defoliant', 'chemical', 'chemicals', 'compound',
  'painkiller', 'opioid', 'drug', 'sweetener', 'solvent', 'additive', 'refrigerant',
]);

/**
 * Maker nouns a substance's name may qualify: "glyzetate maker Zenco", "the zetaquat producer Qorva". The shared maker nouns, and
 * the bulk trade's own: its makers are named in the plural ("zetamine makers Zenco and Qorva") and as its manufacturers or suppliers.
 */
const SUBSTANCE_MAKERS: ReadonlySet<string> = new Set([...MAKER_NOUNS, 'makers', 'manufacturer', 'manufacturers', 'producers', 'supplier']);

/**
 * Endings of the common names of pesticides and other synthetic substances (glyphosate, glufosinate, paraquat, diquat, atrazine,
 * chlorpyrifos, imidacloprid, permethrin, tebuconazole, diuron, mancozeb, thiamethoxam, clothianidin, dicamba, oxycodone,
 * fentanyl); "-ate" only after s, t or n and in long words ("laminate", "estate" and "climate" fall short or out).
 */
const CHEMICAL_ENDING = /(?:quat|[iy]fos|phos|azine|amine|prid|thrin|azole|uron|zeb|oxam|nidin|camba|codone|fentanyl|\p{Ll}{5,}[snt]ate)$/u;

/** The endings' last three letters: a set lookup turns away almost every word before the regex runs. */
const ENDING_TAILS: ReadonlySet<string> = new Set(['uat', 'fos', 'hos', 'ine', 'rid', 'rin', 'ole', 'ron', 'zeb', 'xam', 'din', 'mba', 'one', 'nyl', 'ate']);

/**
 * English words of those shapes that are no substance's name, and the body's own amines (dopamine, thiamine), which no firm makes:
 * the generic kinds "drug", "compound" and "chemical" take them in ("the drug dopamine is made in the brain"; rr89b).
 */
const NOT_SUBSTANCES: ReadonlySet<string> = new Set([
  'magazine', 'magazines', 'examine', 'determine', 'undermine', 'famine', 'stamina',
  'dopamine', 'histamine', 'tyramine', 'tryptamine', 'octopamine', 'phenethylamine', 'thiamine', 'glutamine', 'monoamine',
  'catecholamine',
]);

/** Whether a lower-case word has a substance's name's shape (drugs' stems are drug-names.ts's, read everywhere). */
function isSubstanceName(t: Token | undefined): boolean {
  if (t === undefined || !t.word || t.capitalized || t.text.length < 6 || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  return ENDING_TAILS.has(t.text.slice(-3)) && CHEMICAL_ENDING.test(t.text) && !NOT_SUBSTANCES.has(t.text) && isCoinedWord(t.text);
}

/** Whether a kind of substance is set off after the word at `i`: "zetamine, a herbicide", "zetamine, the weedkiller made by …". */
function apposedKind(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',' || !/^(?:a|an|the|its|their)$/.test(tokens[i + 2]?.lower ?? '')) return false;
  for (let k = i + 3; k < i + 6 && k < tokens.length; k++) {
    if (SUBSTANCE_KINDS.has(tokens[k]!.lower)) return true;
    if (!tokens[k]!.word || tokens[k]!.capitalized) return false;
  }
  return false;
}

/** The substances a sentence names in lower case within a frame: after a kind, before a maker noun, or set off by a kind. */
export function findChemicalMentions(tokens: readonly Token[]): SentenceMention[] {
  const mentions: SentenceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isSubstanceName(t)) continue;
    // "glyzetate maker Zenco": the maker's name must follow, or "zetamine makers" is the trade's name alone.
    const beforeMaker = SUBSTANCE_MAKERS.has(tokens[i + 1]?.lower ?? '') && (tokens[i + 2]?.capitalized ?? false);
    const afterKind = SUBSTANCE_KINDS.has(tokens[i - 1]?.lower ?? '');
    if (!beforeMaker && !afterKind && !apposedKind(tokens, i)) continue;
    mentions.push(mentionOver(tokens, i, i + 1, { key: keyOfName(t.text), label: t.text, type: 'product' }, 'rule'));
  }
  return mentions;
}
