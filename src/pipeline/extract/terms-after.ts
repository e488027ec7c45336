import { lowerWordsOf, type Token } from '../text/tokens';
import type { FoundRelation, TypeUnknown } from './claim-check';
import type { SentenceMention } from './mention';

/** An act a state body took on firms whose terms may bind them: a clearance of their deal, a settlement with them. */
export interface BindingAct {
  body: SentenceMention;
  /** The firms the act is about, as the sentence names them (the receiver of a clearance first). */
  parties: readonly SentenceMention[];
}

/** The parties an act binds that no claim of the sentence restricts yet: firms, and names nothing typed that the tagger takes for no person or place. */
export function bindParties(act: BindingAct, claims: readonly FoundRelation[], typeUnknown: TypeUnknown): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const party of act.parties) {
    if (party.key === act.body.key || out.some((m) => m.key === party.key)) continue;
    if (party.source === 'unknown') {
      if (typeUnknown(party, 'company', false) !== 'company') continue;
      party.type = 'company';
    }
    if (party.type !== 'company') continue;
    if (claims.some((c) => c.source.key === act.body.key && c.relation === 'restricts' && c.target.key === party.key)) continue;
    out.push(party);
  }
  return out;
}

/**
 * An act told in one sentence whose terms the very next sentence of the paragraph states ("The Commission approved Zenco's
 * purchase of Qorva. The approval is conditional on …", "The Department reached a settlement with Zenco. The settlement prevents
 * the firm from …"): the terms make the act restrict its parties. One reader per kind of act, each with the sentence that states
 * its terms (conditioned-clearances.ts, settlement-terms.ts).
 */
export class TermsAfter {
  private last: { sentence: number; act: BindingAct } | undefined;

  constructor(
    /** A sentence, in lower-case words, that states the terms of the act just told. */
    private readonly terms: RegExp,
    private readonly rule: string,
  ) {}

  /** A blank line: an act of the paragraph before has no terms here. */
  newParagraph(): void {
    this.last = undefined;
  }

  /** The claims the sentence adds: restrictions on the parties of an act told in the sentence before. Remembers the sentence's own act. */
  read(index: number, tokens: readonly Token[], act: BindingAct | undefined, claims: readonly FoundRelation[], typeUnknown: TypeUnknown): FoundRelation[] {
    const before = this.last?.sentence === index - 1 ? this.last.act : undefined;
    this.last = act ? { sentence: index, act } : undefined;
    // "… reached a settlement with Zenco; under it the company must …": terms after a semicolon bind the sentence's own act (stop 75).
    const semicolon = act ? tokens.findIndex((t) => t.text === ';') : -1;
    const bound = semicolon >= 0 ? act : before;
    if (!bound) return [];
    // Read only after such an act: the rare sentence that needs its words.
    const terms = this.terms.exec(lowerWordsOf(semicolon >= 0 ? tokens.slice(semicolon + 1) : tokens).join(' '));
    if (!terms) return [];
    return bindParties(bound, claims, typeUnknown).map((party) => ({ source: bound.body, relation: 'restricts', target: party, status: 'asserted', trigger: terms[0], rule: this.rule }));
  }
}
