import type { Token } from '../text/tokens';
import { isCoinedWord } from './name-rules';
import { keyOfName, mentionOver, type SentenceMention } from './mention';

/**
 * Generic drug names, which news writes in lower case ("Zenpharma's zorvimab"): words built on
 * the stems the WHO's International Nonproprietary Names give each class of medicine. A name
 * with such an ending is a drug wherever it stands; the stems are cut so that no English word
 * ends in one ("intercept", "triumvir"), and the word must also be coined and long.
 */
const DRUG_STEMS: readonly { stem: string; reason: string }[] = [
  { stem: 'mab', reason: 'monoclonal antibodies (tezepelumab, trastuzumab)' },
  { stem: 'tinib', reason: 'kinase inhibitors (imatinib)' },
  { stem: 'ciclib', reason: 'cyclin-dependent kinase inhibitors (ribociclib)' },
  { stem: 'parib', reason: 'PARP inhibitors (olaparib)' },
  { stem: 'rafenib', reason: 'BRAF inhibitors' },
  { stem: 'lisib', reason: 'PI3K inhibitors' },
  { stem: 'zomib', reason: 'proteasome inhibitors (bortezomib)' },
  { stem: 'glutide', reason: 'GLP-1 analogues (semaglutide)' },
  { stem: 'patide', reason: 'dual incretin agonists (tirzepatide)' },
  { stem: 'enatide', reason: 'exenatide-like peptides' },
  { stem: '[aeiuls]vir', reason: 'antivirals (lenacapavir, remdesivir, nirmatrelvir; not "triumvir")' },
  { stem: '(?:ber|ner|ta|na)cept', reason: 'receptor fusion proteins (aflibercept, etanercept, abatacept; not "intercept")' },
  { stem: 'sartan', reason: 'angiotensin receptor blockers' },
  { stem: 'gliflozin', reason: 'SGLT2 inhibitors (dapagliflozin)' },
  { stem: 'gliptin', reason: 'DPP-4 inhibitors' },
  { stem: 'siran', reason: 'small interfering RNAs (inclisiran)' },
  { stem: 'nersen', reason: 'antisense oligonucleotides (nusinersen)' },
  { stem: 'leucel', reason: 'CAR-T cell therapies (tisagenlecleucel)' },
  { stem: 'parvovec', reason: 'gene therapies (onasemnogene abeparvovec)' },
  { stem: 'vedotin', reason: 'antibody-drug conjugates' },
  { stem: 'deruxtecan', reason: 'antibody-drug conjugates' },
  { stem: 'prazole', reason: 'proton-pump inhibitors' },
  { stem: 'vastatin', reason: 'statins' },
];

const DRUG_NAME = new RegExp(`^\\p{Ll}{3,}(?:${DRUG_STEMS.map((s) => s.stem).join('|')})$`, 'u');
/** The stems' last three letters: a set lookup turns away almost every word before the regex runs. */
const STEM_ENDINGS: ReadonlySet<string> = new Set(DRUG_STEMS.map((s) => s.stem.slice(-3)));

/** Whether a lower-case word is a generic drug's name. */
export function isDrugName(word: string): boolean {
  return word.length >= 8 && STEM_ENDINGS.has(word.slice(-3)) && DRUG_NAME.test(word) && isCoinedWord(word);
}

/** The generic drug names of a sentence, as products ("tirzepatide"). */
export function findDrugMentions(tokens: readonly Token[]): SentenceMention[] {
  const mentions: SentenceMention[] = [];
  tokens.forEach((t, i) => {
    if (t.word && !t.capitalized && t.text.length >= 8 && isDrugName(t.text)) {
      mentions.push(mentionOver(tokens, i, i + 1, { key: keyOfName(t.text), label: t.text, type: 'product' }, 'rule'));
    }
  });
  return mentions;
}
