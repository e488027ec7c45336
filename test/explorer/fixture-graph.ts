/**
 * A small knowledge graph for the explorer's unit tests, built the way the app builds one: from
 * extraction records through the pipeline's buildGraph.
 */
import { buildGraph } from '../../src/pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../../src/pipeline/graph/knowledge-graph';
import type { ArticleRecord, ClaimRecord, EntityRecord, EntityType, RelationKind } from '../../src/pipeline/types';

export interface FixtureEntity {
  key: string;
  label: string;
  type: EntityType;
  aliases?: string[];
  /** How many times the article mentions it. */
  mentions?: number;
}

/** `[source, relation, target, sentences]`: the claim is stated in that many sentences. */
export type FixtureClaim = [string, RelationKind, string, number?];

export function fixtureRecord(id: string, entities: FixtureEntity[], claims: FixtureClaim[]): ArticleRecord {
  const sentences: string[] = [];
  const claimRecords: ClaimRecord[] = [];
  let text = '';
  for (const [source, relation, target, count = 1] of claims) {
    for (let i = 0; i < count; i++) {
      const sentence = `${source} ${relation} ${target} (${i + 1}).`;
      const start = text.length;
      text += `${sentence} `;
      sentences.push(sentence);
      claimRecords.push({
        source,
        relation,
        target,
        status: 'asserted',
        evidence: { article: id, sentence, start, end: start + sentence.length, trigger: relation },
      });
    }
  }
  const entityRecords: EntityRecord[] = entities.map((entity) => ({
    key: entity.key,
    label: entity.label,
    type: entity.type,
    aliases: entity.aliases ?? [],
    mentions: Array.from({ length: entity.mentions ?? 1 }, () => ({ start: 0, end: 1, surface: entity.label })),
  }));
  return { article: { id }, text, entities: entityRecords, claims: claimRecords };
}

export const ENTITIES: FixtureEntity[] = [
  { key: 'alibaba', label: 'Alibaba', type: 'company', aliases: ['Alibaba Group'], mentions: 9 },
  { key: 'anthropic', label: 'Anthropic', type: 'company', mentions: 5 },
  { key: 'claude-code', label: 'Claude Code', type: 'product', mentions: 7 },
  { key: 'claude', label: 'Claude', type: 'model', mentions: 3 },
  { key: 'qwen', label: 'Qwen', type: 'model', aliases: ['Tongyi Qianwen'], mentions: 2 },
  { key: 'china', label: 'China', type: 'government', mentions: 1 },
];

export const CLAIMS: FixtureClaim[] = [
  ['alibaba', 'banned', 'claude-code', 3],
  ['anthropic', 'develops', 'claude-code', 2],
  ['anthropic', 'develops', 'claude'],
  ['alibaba', 'develops', 'qwen'],
  ['alibaba', 'competes_with', 'anthropic'],
];

/** Six entities, five relations; China has none. */
export function fixtureGraph(): KnowledgeGraph {
  return buildGraph([fixtureRecord('article-1', ENTITIES, CLAIMS)]);
}
