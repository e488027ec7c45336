import type { EdgeAttributes, Evidence } from '../types';

/** Sentences per article of an edge: as written (`articleSentences`), or read off its evidence. */
export function sentenceCounts(attributes: EdgeAttributes): Map<string, number> {
  const { articles, articleSentences } = attributes;
  if (articleSentences && articleSentences.length === articles.length) {
    return new Map(articles.map((article, i) => [article, articleSentences[i]!]));
  }
  return countEvidence(attributes.evidence);
}

/** Distinct sentences per article in an evidence list. */
export function countEvidence(evidence: readonly Evidence[]): Map<string, number> {
  const starts = new Map<string, Set<number>>();
  for (const item of evidence) {
    let set = starts.get(item.article);
    if (!set) starts.set(item.article, (set = new Set()));
    set.add(item.start);
  }
  return new Map([...starts].map(([article, set]) => [article, set.size]));
}
