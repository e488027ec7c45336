import type { EdgeDraft, NodeDraft } from '../graph/graph-draft';
import { compareText, edgeEnds } from '../graph/knowledge-graph';
import type { EntityType, RelationKind } from '../types';
import type { Correction, CorrectionReport, CorrectionsFile, EntityRef, UnmatchedCorrection } from './types';

/** What corrections work on: the draft's nodes and edges, keyed as the draft keys them. */
export interface DraftParts {
  nodes: Map<string, NodeDraft>;
  edges: Map<string, EdgeDraft>;
}

export interface CorrectedParts extends DraftParts {
  /** Where each node key went: merged keys to their group's key, deleted keys to undefined. */
  keyOf(key: string): string | undefined;
  report: CorrectionReport;
}

/** The marks written on corrected nodes and edges (`corrected` in GEXF and JSON). */
export const MARKS = { merged: 'merged', renamed: 'renamed', retyped: 'retyped', rejected: 'evidence rejected', added: 'added by analyst' } as const;

/**
 * Applies a corrections file to a draft. The result depends on the set of corrections, not on
 * their order: merges first (a union of every merge), then deletions, labels and types (rival
 * ones resolved by `when`, then by text), then rejected claims, then added ones. Applying the
 * same file twice gives what applying it once does, so a corrected graph can be corrected again.
 * Corrections that find nothing are reported, never dropped in silence.
 */
export function applyCorrections(parts: DraftParts, file: CorrectionsFile): CorrectedParts {
  const unmatched: UnmatchedCorrection[] = [];
  const miss = (index: number, correction: Correction, reason: string): void => void unmatched.push({ index, correction, reason });
  const indexed = file.corrections.map((correction, index) => ({ correction, index }));
  const ofKind = <A extends Correction['action']>(action: A) =>
    indexed.filter((item): item is { correction: Extract<Correction, { action: A }>; index: number } => item.correction.action === action);

  // 1. Merges: every merge joins its entities into one group, keyed by the group's first key.
  let names = nameIndex(parts.nodes);
  const groups = new UnionFind();
  for (const { correction, index } of ofKind('merge')) {
    const keys = correction.entities.flatMap((ref) => [...resolve(ref, parts.nodes, names)]);
    if (keys.length === 0) miss(index, correction, 'none of its entities is in the graph');
    for (const key of keys.slice(1)) groups.union(keys[0]!, key);
  }
  const nodes = new Map<string, NodeDraft>();
  const keyMap = new Map<string, string>();
  for (const key of [...parts.nodes.keys()].sort(compareText)) {
    const groupKey = groups.smallest(key);
    keyMap.set(key, groupKey);
    const node = parts.nodes.get(key)!;
    const into = nodes.get(groupKey);
    if (!into) nodes.set(groupKey, copyNode(node, groupKey !== key || groups.size(key) > 1));
    else foldNode(into, node);
  }
  let edges = rekeyEdges(parts.edges, (key) => keyMap.get(key));
  names = nameIndex(nodes);

  // 2. Deletions.
  for (const { correction, index } of ofKind('delete')) {
    const keys = resolve(correction.entity, nodes, names);
    if (keys.size === 0) miss(index, correction, 'no entity of that key or name is in the graph');
    for (const key of keys) {
      nodes.delete(key);
      for (const [old, now] of keyMap) if (now === key) keyMap.delete(old);
    }
  }
  if (ofKind('delete').length > 0) edges = rekeyEdges(edges, (key) => (nodes.has(key) ? key : undefined));

  // 3. Labels (merges and renames) and types: the latest wins, ties by text, so order is irrelevant.
  const labels = new Map<string, { value: string; when: string }>();
  for (const { correction } of ofKind('merge')) {
    const keys = correction.entities.flatMap((ref) => [...resolve(ref, nodes, names)]);
    for (const key of keys) choose(labels, key, correction.label, correction.when);
  }
  for (const { correction, index } of ofKind('rename')) {
    const keys = resolve(correction.entity, nodes, names);
    if (keys.size === 0) miss(index, correction, 'no entity of that key or name is in the graph');
    for (const key of keys) choose(labels, key, correction.label, correction.when);
  }
  const types = new Map<string, { value: string; when: string }>();
  for (const { correction, index } of ofKind('retype')) {
    const keys = resolve(correction.entity, nodes, names);
    if (keys.size === 0) miss(index, correction, 'no entity of that key or name is in the graph');
    for (const key of keys) choose(types, key, correction.type, correction.when);
  }
  for (const [key, { value }] of labels) {
    const node = nodes.get(key)!;
    node.labelVotes = forced(node.labelVotes, value);
    node.forms.add(value);
    if (!node.corrected.has(MARKS.merged)) node.corrected.add(MARKS.renamed);
  }
  for (const [key, { value }] of types) {
    const node = nodes.get(key)!;
    node.typeVotes = forced(node.typeVotes, value as EntityType);
    node.corrected.add(MARKS.retyped);
  }

  // Claims are named by the entities' names before and after their labels were corrected.
  for (const [name, keys] of nameIndex(nodes)) {
    const known = names.get(name);
    if (known) for (const key of keys) known.add(key);
    else names.set(name, keys);
  }

  // 4. Rejected claims: the named sentences, or the whole claim.
  for (const { correction, index } of ofKind('reject')) {
    let found = 0;
    for (const key of claimKeys(correction.source, correction.relation, correction.target, nodes, names)) {
      const edge = edges.get(key);
      if (!edge) continue;
      if (!correction.sentences) {
        edges.delete(key);
        found++;
        continue;
      }
      for (const { article, sentence } of correction.sentences) {
        for (const [sentenceKey, evidence] of edge.evidence) {
          if (evidence.article !== article || evidence.sentence.trim() !== sentence.trim()) continue;
          edge.evidence.delete(sentenceKey);
          const left = (edge.sentences.get(article) ?? 1) - 1;
          if (left > 0) edge.sentences.set(article, left);
          else edge.sentences.delete(article);
          found++;
        }
      }
      if (edge.sentences.size === 0 && !edge.corrected.has(MARKS.added)) edges.delete(key);
      else edge.corrected.add(MARKS.rejected);
    }
    if (found === 0) miss(index, correction, correction.sentences ? 'the claim is not stated by those sentences in the graph' : 'the claim is not in the graph');
  }

  // 5. Added claims.
  for (const { correction, index } of ofKind('add')) {
    const sources = resolve(correction.source, nodes, names);
    const targets = resolve(correction.target, nodes, names);
    if (sources.size === 0 || targets.size === 0) {
      miss(index, correction, `its ${sources.size === 0 ? 'source' : 'target'} is not in the graph`);
      continue;
    }
    for (const source of sources) {
      for (const target of targets) {
        if (source === target) continue;
        const ends = edgeEnds(source, correction.relation, target);
        let edge = edges.get(ends.key);
        if (!edge) edges.set(ends.key, (edge = { source: ends.source, target: ends.target, relation: correction.relation, undirected: ends.undirected, evidence: new Map(), sentences: new Map(), corrected: new Set() }));
        edge.corrected.add(correction.note ? `${MARKS.added}: ${correction.note}` : MARKS.added);
      }
    }
  }

  unmatched.sort((a, b) => a.index - b.index);
  return {
    nodes,
    edges,
    keyOf: (key) => (keyMap.has(key) ? keyMap.get(key) : nodes.has(key) ? key : undefined),
    report: { applied: file.corrections.length - new Set(unmatched.map((u) => u.index)).size, unmatched },
  };
}

/**
 * The nodes a reference names: the node with its key, and every node whose label (or, for a
 * merged node, the label of anything merged into it) is one of its names, without case.
 * Aliases are not searched: a short alias shared by two entities must not pull in the other one.
 */
function resolve(ref: EntityRef, nodes: Map<string, NodeDraft>, names: Map<string, Set<string>>): Set<string> {
  const keys = new Set<string>();
  if (ref.key !== undefined && nodes.has(ref.key)) keys.add(ref.key);
  if (ref.key !== undefined) for (const key of names.get(keyName(ref.key)) ?? []) keys.add(key);
  for (const name of ref.names ?? []) for (const key of names.get(fold(name)) ?? []) keys.add(key);
  return keys;
}

/** Labels (every label voted for) and keys of merged members, folded, to node keys. */
function nameIndex(nodes: Map<string, NodeDraft>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, key: string): void => {
    let set = index.get(name);
    if (!set) index.set(name, (set = new Set()));
    set.add(key);
  };
  for (const [key, node] of nodes) {
    for (const label of node.labelVotes.keys()) add(fold(label), key);
    for (const member of node.memberKeys) if (member !== key) add(keyName(member), key);
  }
  return index;
}

const fold = (name: string): string => name.trim().toLowerCase();
/** Member keys share the index with names under a prefix no name has. */
const keyName = (key: string): string => `\u0000${key}`;

function claimKeys(source: EntityRef, relation: RelationKind, target: EntityRef, nodes: Map<string, NodeDraft>, names: Map<string, Set<string>>): string[] {
  const keys: string[] = [];
  for (const s of resolve(source, nodes, names)) for (const t of resolve(target, nodes, names)) if (s !== t) keys.push(edgeEnds(s, relation, t).key);
  return keys;
}

function choose(chosen: Map<string, { value: string; when: string }>, key: string, value: string, when = ''): void {
  const known = chosen.get(key);
  if (!known || when > known.when || (when === known.when && compareText(value, known.value) < 0)) chosen.set(key, { value, when });
}

/** All the votes, on one name: the correction decides, and a later merge of the graph keeps it. */
function forced<K extends string>(votes: Map<K, number>, winner: K): Map<K, number> {
  let total = 0;
  for (const n of votes.values()) total += n;
  return new Map([[winner, Math.max(1, total)]]);
}

function copyNode(node: NodeDraft, merged: boolean): NodeDraft {
  const copy: NodeDraft = {
    labelVotes: new Map(node.labelVotes),
    typeVotes: new Map(node.typeVotes),
    forms: new Set(node.forms),
    mentions: node.mentions,
    articles: new Set(node.articles),
    corrected: new Set(node.corrected),
    memberKeys: new Set(node.memberKeys),
  };
  if (merged) copy.corrected.add(MARKS.merged);
  return copy;
}

function foldNode(into: NodeDraft, node: NodeDraft): void {
  for (const [label, n] of node.labelVotes) into.labelVotes.set(label, (into.labelVotes.get(label) ?? 0) + n);
  for (const [type, n] of node.typeVotes) into.typeVotes.set(type, (into.typeVotes.get(type) ?? 0) + n);
  for (const form of node.forms) into.forms.add(form);
  for (const article of node.articles) into.articles.add(article);
  for (const mark of node.corrected) into.corrected.add(mark);
  for (const key of node.memberKeys) into.memberKeys.add(key);
  into.mentions += node.mentions;
  into.corrected.add(MARKS.merged);
}

/** Edges with their ends moved (or dropped, where `move` gives undefined), folded where two now coincide. */
function rekeyEdges(edges: Map<string, EdgeDraft>, move: (key: string) => string | undefined): Map<string, EdgeDraft> {
  const result = new Map<string, EdgeDraft>();
  for (const key of [...edges.keys()].sort(compareText)) {
    const edge = edges.get(key)!;
    const [source, target] = [move(edge.source), move(edge.target)];
    if (source === undefined || target === undefined || source === target) continue;
    const ends = edgeEnds(source, edge.relation, target);
    const into = result.get(ends.key);
    if (!into) {
      result.set(ends.key, { ...edge, source: ends.source, target: ends.target, evidence: new Map(edge.evidence), sentences: new Map(edge.sentences), corrected: new Set(edge.corrected) });
      continue;
    }
    // Two claims that became one: per article, the sentences of both, less those they share.
    for (const [article, n] of edge.sentences) {
      let shared = 0;
      for (const [sentenceKey, evidence] of edge.evidence) if (evidence.article === article && into.evidence.has(sentenceKey)) shared++;
      into.sentences.set(article, (into.sentences.get(article) ?? 0) + n - shared);
    }
    for (const [sentenceKey, evidence] of edge.evidence) if (!into.evidence.has(sentenceKey)) into.evidence.set(sentenceKey, evidence);
    for (const mark of edge.corrected) into.corrected.add(mark);
  }
  return result;
}

/** Union-find over node keys; each group answers with its smallest key (code-unit order). */
class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly sizes = new Map<string, number>();

  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    // The smaller key becomes the root, so the root is the group's smallest key.
    const [root, child] = compareText(ra, rb) <= 0 ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    this.parent.set(root, root);
    this.sizes.set(root, (this.sizes.get(root) ?? 1) + (this.sizes.get(child) ?? 1));
  }

  smallest(key: string): string {
    return this.find(key);
  }

  size(key: string): number {
    return this.sizes.get(this.find(key)) ?? 1;
  }
}
