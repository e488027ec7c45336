import type { ArticleRecord, ClaimRecord, EntityRecord, EntityType, RelationKind } from '../types';
import { buildGraph } from './build-graph';
import type { KnowledgeGraph } from './knowledge-graph';
import { seededRandom } from './seeded-random';

/**
 * Deterministic fake extraction output of any size, for tests and the benchmark: about
 * `nodeCount` entities in `nodeCount / 10` articles of about ten entities and thirty claims each,
 * so the graph has about three edges per node. Same arguments, same records.
 */
export function syntheticRecords(nodeCount: number, seed = 1): ArticleRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const entitiesPerArticle = Math.min(10, nodeCount);
  const articleCount = Math.max(1, Math.ceil(nodeCount / entitiesPerArticle));
  const records: ArticleRecord[] = [];
  for (let a = 0; a < articleCount; a++) {
    const id = `synthetic-${String(a).padStart(6, '0')}`;
    // A window of consecutive entities (the windows cover every entity) plus one far-away
    // entity, so that articles overlap and the graph is connected.
    const indices = new Set<number>();
    for (let i = 0; i < entitiesPerArticle; i++) indices.add((a * entitiesPerArticle + i) % nodeCount);
    indices.add(Math.floor(random() * nodeCount));
    const keys = [...indices].map((index) => `entity-${index}`);
    const sentences: string[] = [];
    let offset = 0;
    const entities: EntityRecord[] = keys.map((key, i) => {
      const label = `Entity ${key.slice('entity-'.length)}`;
      const sentence = `${label} was mentioned in article ${a}. `;
      const entity: EntityRecord = {
        key,
        label,
        type: ENTITY_TYPES[(a + i) % ENTITY_TYPES.length]!,
        aliases: [],
        mentions: [{ start: offset, end: offset + label.length, surface: label }],
      };
      sentences.push(sentence);
      offset += sentence.length;
      return entity;
    });
    const claims: ClaimRecord[] = [];
    for (let c = 0; c < entitiesPerArticle * 3 && entities.length > 1; c++) {
      const source = pick(entities);
      const target = pick(entities);
      if (source === target) continue;
      const relation = pick(RELATIONS);
      const sentence = `${source.label} ${relation.replace('_', ' ')} ${target.label}. `;
      claims.push({
        source: source.key,
        relation,
        target: target.key,
        status: 'asserted',
        evidence: { article: id, sentence: sentence.trim(), start: offset, end: offset + sentence.length - 1, trigger: relation },
      });
      sentences.push(sentence);
      offset += sentence.length;
    }
    // Dated over two months, one article in ten undated: the timeline has something to show.
    const date = a % 10 === 9 ? undefined : new Date(Date.UTC(2026, 0, 1 + (a % 60))).toISOString().slice(0, 10);
    records.push({ article: { id, title: `Synthetic article ${a}`, ...(date && { date }) }, text: sentences.join(''), entities, claims });
  }
  return records;
}

/** buildGraph over syntheticRecords. Texts are left out to keep large graphs light. */
export function syntheticGraph(nodeCount: number, seed = 1): KnowledgeGraph {
  return buildGraph(syntheticRecords(nodeCount, seed), { keepText: false });
}

/**
 * A corpus where a few entities are everywhere and most are rare, as in real news: entity i is
 * in every ⌈1.3^i⌉-th article (entity 0 in all of them), so with 300 articles and 20 entities
 * mentions run from 300 down to 3, two orders of magnitude, and each article's entities are
 * chained by claims, so the claims between common entities get far more support than the rest.
 */
export function skewedRecords(articleCount = 300, entityCount = 20): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  const steps = Array.from({ length: entityCount }, (_, i) => Math.ceil(1.3 ** i));
  for (let a = 0; a < articleCount; a++) {
    const id = `skewed-${String(a).padStart(4, '0')}`;
    let text = '';
    const entities: EntityRecord[] = [];
    for (let i = 0; i < entityCount; i++) {
      if (a % steps[i]! !== 0) continue;
      const label = `Entity ${i}`;
      entities.push({ key: `entity-${i}`, label, type: ENTITY_TYPES[i % ENTITY_TYPES.length]!, aliases: [], mentions: [{ start: text.length, end: text.length + label.length, surface: label }] });
      text += `${label} is in the news. `;
    }
    const claims: ClaimRecord[] = [];
    for (let k = 1; k < entities.length; k++) {
      const [source, target] = [entities[k - 1]!, entities[k]!];
      const relation = RELATIONS[k % RELATIONS.length]!;
      const sentence = `${source.label} ${relation.replace('_', ' ')} ${target.label}.`;
      claims.push({ source: source.key, relation, target: target.key, status: 'asserted', evidence: { article: id, sentence, start: text.length, end: text.length + sentence.length, trigger: relation } });
      text += `${sentence} `;
    }
    records.push({ article: { id, date: new Date(Date.UTC(2026, 0, 1 + (a % 30))).toISOString().slice(0, 10) }, text, entities, claims });
  }
  return records;
}

const ENTITY_TYPES: readonly EntityType[] = ['company', 'product', 'model', 'government'];
const RELATIONS: readonly RelationKind[] = ['banned', 'develops', 'competes_with', 'restricts', 'partners_with', 'invests_in'];
