import type { Token } from '../text/tokens';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper rld94 (stop 94), from start-up funding news in biotech: a drug maker's pipeline asset named after a long description of it.
 * "its lead drug candidate, Z-101" already held; trade news writes more between the possessive and the name ("its lead antisense
 * oligonucleotide candidate, ZX-12", "its lead next-generation antibody-drug conjugate (ADC), ZX-12", "its lead program, Zeta"). The
 * "its" there is bound to the firm by leadAssetSetOff below (coreference.ts). A table of its own, spread at the end of
 * RELATION_PATTERNS (TS2590).
 */

/** The words that make the asset the firm's own front runner. */
const LEAD_WORDS = 'lead|leading|most advanced|most-advanced|investigational|experimental|clinical-stage';
/** Kinds of a drug maker's asset. */
const ASSET_KINDS = 'candidate|compound|molecule|asset|program|programme|drug|therapy|therapeutic|antibody|conjugate|inhibitor|vaccine|treatment|medicine|product';
/** Up to three words describing the asset; no preposition, article or conjunction, nor a tie to another party ("its lead investor"). */
const ASSET_DESCRIBING = String.raw`(?:(?!(?:in|of|for|with|from|on|at|by|to|into|and|or|the|a|an|investor|investors|partner|partners|rival|rivals|competitor|competitors|licensee|licensor|customer|customers|backer|backers) )[a-z0-9-]+ ){0,3}`;
/** The asset's kind spelt out in brackets after it: "conjugate (ADC)". */
const KIND_IN_BRACKETS = String.raw`(?:\( (?:[a-z0-9-]+|@\d+) \) )?`;
/** After the name, one that belongs to another party: "its lead candidate, Qorva's Zeta". */
const OTHERS_AFTER = /^(?:'s|’s)\b/;

export const PIPELINE_ASSETS: readonly RelationPattern[] = [
  // "its lead antisense oligonucleotide candidate, ZX-12, for …", "its lead program, Zeta, in …".
  { relation: 'develops', id: 'pattern:develops:rld94-lead-described-asset', template: `POSS T(${LEAD_WORDS}) ${ASSET_DESCRIBING}(?:${ASSET_KINDS}) ${KIND_IN_BRACKETS}, (?:the )?Y1`, notFollowedBy: OTHERS_AFTER, targetNotType: 'company', requires: [','] },
];

/** The lead words as a regex over lower-case words, and the asset kinds as a set, for the "its" they follow. */
const LEAD_WORD = new RegExp(`^(?:${LEAD_WORDS})$`);
const ASSET_KIND_SET: ReadonlySet<string> = new Set(ASSET_KINDS.split('|'));
const NOT_ASSET_DESCRIBING = new RegExp(`^(?:in|of|for|with|from|on|at|by|to|into|and|or|the|a|an|investor|investors|partner|partners|rival|rivals|competitor|competitors|licensee|licensor|customer|customers|backer|backers)$`);

/**
 * Whether the name starting at `first` is set off after "its" at `its` and a lead asset's description: "its lead antisense
 * oligonucleotide candidate, ZX-12", "its lead antibody-drug conjugate (ADC), ZX-12". Then "its" is the firm's, and the name its asset.
 */
export function leadAssetSetOff(tokens: readonly Token[], its: number, first: number): boolean {
  const words = tokens.map((t) => t.lower);
  const texts = tokens.map((t) => t.text);
  let k = its + 1;
  if (words[k] === 'most' && /^advanced$/.test(words[k + 1] ?? '')) k++;
  else if (!LEAD_WORD.test(words[k] ?? '')) return false;
  // The kind is the last word before the comma (or before its bracketed acronym), after at most three describing words.
  for (let n = 0; n <= 3; n++) {
    const at = k + 1 + n;
    const word = words[at] ?? '';
    if (ASSET_KIND_SET.has(word)) {
      let next = at + 1;
      if (texts[next] === '(' && texts[next + 2] === ')') next += 3;
      if (texts[next] !== ',') return false;
      if (words[next + 1] === 'the') next++;
      return next + 1 === first;
    }
    if (!/^[a-z0-9-]+$/.test(texts[at] ?? '') || NOT_ASSET_DESCRIBING.test(word)) return false;
  }
  return false;
}
