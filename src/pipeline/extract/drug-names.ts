import { surfaceOf, type Token } from '../text/tokens';
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
  // Stop 53, from stop 52's readers (oral breast-cancer drugs, obesity drugs) and the INN stem book's other common classes.
  { stem: 'estrant', reason: 'oestrogen receptor antagonists (fulvestrant, elacestrant)' },
  { stem: 'lintide', reason: 'amylin analogues (pramlintide, cagrilintide)' },
  { stem: 'rasib', reason: 'KRAS inhibitors (sotorasib, adagrasib)' },
  { stem: 'sertib', reason: 'AKT and other serine/threonine kinase inhibitors (capivasertib)' },
  { stem: 'degib', reason: 'hedgehog pathway inhibitors (vismodegib)' },
  { stem: 'sidenib', reason: 'IDH inhibitors (ivosidenib)' },
  { stem: 'toclax', reason: 'BCL-2 inhibitors (venetoclax)' },
  { stem: 'lutamide', reason: 'androgen receptor antagonists (enzalutamide)' },
  { stem: 'trozole', reason: 'aromatase inhibitors (letrozole)' },
  { stem: 'xaban', reason: 'factor Xa inhibitors (apixaban)' },
  { stem: 'gatran', reason: 'thrombin inhibitors (dabigatran)' },
  { stem: 'gepant', reason: 'CGRP receptor antagonists (rimegepant)' },
  { stem: 'orexant', reason: 'orexin receptor antagonists (suvorexant)' },
  { stem: 'golix', reason: 'GnRH receptor antagonists (relugolix)' },
  { stem: 'piprazole', reason: 'antipsychotics (aripiprazole)' },
  { stem: 'triptan', reason: 'migraine serotonin agonists (sumatriptan)' },
  { stem: 'oxetine', reason: 'reuptake inhibitors (fluoxetine)' },
  { stem: 'dipine', reason: 'calcium channel blockers (amlodipine)' },
  { stem: 'glipron', reason: 'small-molecule GLP-1 agonists (orforglipron)' },
  { stem: 'limus', reason: 'mTOR inhibitors and immunosuppressants (everolimus)' },
  { stem: 'grastim', reason: 'colony-stimulating factors (filgrastim)' },
  { stem: 'floxacin', reason: 'fluoroquinolone antibiotics' },
];

const DRUG_NAME = new RegExp(`^\\p{Ll}{3,}(?:${DRUG_STEMS.map((s) => s.stem).join('|')})$`, 'u');
/** The stems' last three letters: a set lookup turns away almost every word before the regex runs. */
const STEM_ENDINGS: ReadonlySet<string> = new Set(DRUG_STEMS.map((s) => s.stem.slice(-3)));

/** Whether a lower-case word is a generic drug's name. */
export function isDrugName(word: string): boolean {
  return word.length >= 8 && STEM_ENDINGS.has(word.slice(-3)) && DRUG_NAME.test(word) && isCoinedWord(word);
}

/**
 * The generic drug names of a sentence, as products ("tirzepatide"). A generic in brackets right after a brand names the
 * brand's drug ("Zenapex (zenatinib; Qorva)"): both are mentions of the brand, the generic an alias (stop 52's readers: the
 * brand was read as the generic's maker).
 */
export function findDrugMentions(tokens: readonly Token[]): SentenceMention[] {
  const mentions: SentenceMention[] = [];
  tokens.forEach((t, i) => {
    if (!t.word || t.capitalized || t.text.length < 8 || !isDrugName(t.text)) return;
    const before = brandBefore(tokens, i);
    // "zenatinib (Zenapex, Qorva)": the brand in brackets after the generic.
    const after = before === undefined ? brandAfter(tokens, i) : undefined;
    const brand = before !== undefined ? { first: before, last: i - 1 } : after;
    if (brand === undefined) {
      mentions.push(mentionOver(tokens, i, i + 1, { key: keyOfName(t.text), label: t.text, type: 'product' }, 'rule'));
      return;
    }
    const label = surfaceOf(tokens, brand.first, brand.last);
    const name = { key: keyOfName(label), label, type: 'product' as const };
    mentions.push(mentionOver(tokens, brand.first, brand.last, name, 'rule'), mentionOver(tokens, i, i + 1, name, 'rule', t.text));
  });
  return mentions.sort((a, b) => a.first - b.first);
}

/** Where the brand in brackets after the generic at `i` spans: "zenatinib ( Zenapex ," or "zenatinib ( Zenapex )", one or two capitalised words. */
function brandAfter(tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  if (tokens[i + 1]?.text !== '(') return undefined;
  let k = i + 2;
  while (k < tokens.length && k < i + 4 && tokens[k]!.capitalized && tokens[k]!.word) k++;
  return k > i + 2 && /^[,;)]$/.test(tokens[k]?.text ?? '') ? { first: i + 2, last: k } : undefined;
}

/** Where the brand before "(" and the generic at `i` begins: one to three capitalised words, or undefined. */
function brandBefore(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i - 1]?.text !== '(') return undefined;
  let k = i - 2;
  while (k >= 0 && k > i - 5 && tokens[k]!.capitalized && tokens[k]!.word) k--;
  return k + 1 < i - 1 && (k < 0 || !tokens[k]!.capitalized) ? k + 1 : undefined;
}
