import type { Token } from '../text/tokens';
import { mentionOver, type SentenceMention } from './mention';

/**
 * Helper lists4, from filings and company releases: a defined term set in brackets and quotes ("Zenco Ltd. (the "Company")",
 * "Qorva Inc. ("Qorva" or the "Issuer")") names the firm right before the brackets, and "the Company" later is that firm. The
 * capitalised term was read as a firm of its own ("Company -develops-> Zeta"). A term defined for no firm (a person's "the
 * "Executive"", a deal's "the "Merger"") names no entity at all, and its mentions are dropped. Per article: the terms are
 * learned sentence by sentence, in reading order.
 */

/** "(the "Company")", "("Qorva" or the "Company")": a capitalised one-word term after "the" in quotes, closing the brackets. */
const DEFINITION = /\((?:[“"][^”"()]{1,60}[”"]\s*(?:,|or|and)\s*)*the\s+[“"](\p{Lu}\p{Ll}+)[”"]\s*\)/gu;
/** Types of host a defined term may stand for. */
const HOST_TYPES: ReadonlySet<string> = new Set(['company', 'government']);
/** Terms a filing defines for a firm: "the "Company"", "the "Issuer"". */
const FIRM_TERMS: ReadonlySet<string> = new Set(['Company', 'Issuer', 'Corporation', 'Registrant', 'Group', 'Bank', 'Firm', 'Borrower', 'Guarantor', 'Seller', 'Buyer', 'Purchaser', 'Parent', 'Manufacturer', 'Supplier', 'Licensor', 'Licensee', 'Partnership', 'Fund', 'Trust', 'Sponsor', 'Lender', 'Developer']);

export class DefinedTerms {
  /** Each term defined so far and the entity it stands for (undefined: defined for no firm). */
  private readonly terms = new Map<string, SentenceMention | undefined>();

  /**
   * The sentence's mentions with its defined terms read: `named` without the terms' own mentions, and `corefs` for those that
   * stand for a firm. `sentence` is the sentence's text from `offset` in the article.
   */
  read(named: readonly SentenceMention[], tokens: readonly Token[], sentence: string, offset: number): { named: readonly SentenceMention[]; corefs: SentenceMention[] } {
    if (this.terms.size === 0 && !(sentence.includes('(') && /["“]/.test(sentence))) return { named, corefs: [] };
    for (const match of sentence.matchAll(DEFINITION)) {
      const open = offset + match.index;
      // The host ends right before the brackets ("Zenco Ltd. (", "Qorva Inc ("): a firm or a state, else no entity.
      const host = named.find((m) => m.end <= open && /^[\s.,]*$/.test(sentence.slice(m.end - offset, match.index)));
      const term = match[1]!;
      // A name no rule typed yet stands for a firm's term only ("Zenco (the "Issuer")"): "John Doe (the "Executive")" names no firm.
      const stands = host !== undefined && (host.source === 'unknown' ? FIRM_TERMS.has(term) : HOST_TYPES.has(host.type));
      this.terms.set(term, stands ? host : undefined);
    }
    if (this.terms.size === 0) return { named, corefs: [] };
    const corefs: SentenceMention[] = [];
    const renamed = new Map<SentenceMention, SentenceMention>();
    const kept = named.filter((m) => {
      if (!this.terms.has(m.surface) || m.source === 'lexicon') return true;
      // The term as it is defined, in its quotes, is no mention; after "the" it stands for its host.
      const quoted = /["“]$/.test(sentence.slice(0, m.start - offset));
      const host = this.terms.get(m.surface);
      if (quoted || !host || tokens[m.first - 1]?.lower !== 'the') return false;
      // A host no rule typed yet is read as if its name stood here, so the rules that type it read this mention too.
      if (host.source === 'unknown') {
        renamed.set(m, { ...m, key: host.key, label: host.label, type: host.type, surface: host.surface });
        return true;
      }
      corefs.push(mentionOver(tokens, m.first - 1, m.last, host, 'coref', ''));
      return false;
    });
    return { named: renamed.size > 0 ? kept.map((m) => renamed.get(m) ?? m) : kept, corefs };
  }
}
