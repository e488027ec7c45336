/**
 * Syndicated copies: the same sentence in several articles (a wire story reprinted by many
 * outlets) is one piece of evidence read once, with the articles it appears in. Pure, so it is
 * unit-tested in Node.
 */
import type { Evidence } from '../pipeline/types';

export interface EvidenceCopies {
  /** The first occurrence, in evidence order: its article opens on the sentence. */
  first: Evidence;
  /** Every occurrence, `first` included, in evidence order. */
  copies: Evidence[];
  /** The distinct articles the sentence appears in. */
  articles: string[];
}

/** Same sentence: equal once case and runs of white space (line breaks of a reprint) are ignored. */
export function sentenceKey(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The evidence grouped by sentence, groups in order of first appearance. */
export function groupCopies(evidence: readonly Evidence[]): EvidenceCopies[] {
  const groups = new Map<string, EvidenceCopies>();
  for (const item of evidence) {
    const key = sentenceKey(item.sentence);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: item, copies: [item], articles: [item.article] });
      continue;
    }
    group.copies.push(item);
    if (!group.articles.includes(item.article)) group.articles.push(item.article);
  }
  return [...groups.values()];
}
