/**
 * Scoring of a fresh annotated sample (see bench/fresh-sample.ts): matches the scored edges an
 * extractor finds in each excerpt to that excerpt's gold claims with ../shared/eval/score.py's
 * normalisation, and tallies precision, recall by kind and recall by construction. Pure: the
 * extractor is passed in, so the CLI runs the real pipeline and tests can pin the matching rules.
 */

export const KINDS = ['banned', 'competes_with', 'develops', 'restricts'] as const;
export type Kind = (typeof KINDS)[number];
const SCORED_TYPES = new Set(['company', 'product', 'model', 'government']);
const SYMMETRIC = new Set<string>(['competes_with']);

/** One gold claim: an end is a name, or a name with its aliases (the first form names it). */
export interface GoldClaim {
  source: string | string[];
  relation: Kind;
  target: string | string[];
  /** How the sentence states the claim ("agentless passive", "later list member"). */
  construction: string;
  /** Optional claims (false) are neither needed nor errors, as in score.py. Default true. */
  required?: boolean;
}

export interface Excerpt {
  id: string;
  outlet: string;
  url?: string;
  text: string;
  claims: GoldClaim[];
}

/** One edge as the extractor's graph holds it: node labels and types, edge relation. */
export interface FoundEdge {
  source: string;
  sourceType: string;
  relation: string;
  target: string;
  targetType: string;
}

/** One node of an excerpt's graph: its label and type. */
export interface FoundNode {
  label: string;
  type: string;
}

/**
 * Why a required claim was missed: both its ends are nodes of the excerpt's graph (the relation
 * was not read), or an end is not. An unknown name becomes a node only through a claim, so "no
 * node" holds names lost (not found, cut, typed out of the scored types) and relations not read
 * between names the lexicon does not know.
 */
export type MissCause = 'relation' | 'no node';

export interface Tally {
  required: number;
  found: number;
}

export interface SampleScore {
  excerpts: number;
  outlets: number;
  relations: { predicted: number; correct: number; required: number; found: number; precision: number; recall: number; f1: number };
  byKind: Record<Kind, Tally & { predicted: number; correct: number }>;
  /** Sorted by number of required claims, most first. */
  byConstruction: Record<string, Tally>;
  missed: string[];
  /** Missed required claims by cause (only when the scorer was given the excerpts' nodes). */
  missCauses?: Record<MissCause, number>;
  falsePositives: string[];
}

/** score.py's norm(), character for character. */
export function norm(name: string): string {
  let s = name.trim().toLowerCase().replace(/\u2019/g, "'").replace(/\u2018/g, "'");
  s = s.replace(/'s$/, '').replace(/^the\s+/, '').replace(/[.,]/g, '').replace(/[-_/]+/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

export const forms = (end: string | string[]): string[] => (Array.isArray(end) ? end : [end]);

/** Checks a parsed sample file; throws an Error naming the excerpt and the problem. */
export function parseSample(data: unknown): Excerpt[] {
  const excerpts = (data as { excerpts?: unknown } | null)?.excerpts;
  if (!Array.isArray(excerpts)) throw new Error('no "excerpts" array');
  excerpts.forEach((x: Partial<Excerpt>, i) => {
    const where = `excerpt ${i} (${x.id ?? 'no id'})`;
    if (typeof x.id !== 'string' || typeof x.text !== 'string' || typeof x.outlet !== 'string') throw new Error(`${where}: needs string id, outlet and text`);
    if (!Array.isArray(x.claims)) throw new Error(`${where}: needs a claims array`);
    for (const c of x.claims) {
      if (!KINDS.includes(c.relation)) throw new Error(`${where}: unknown relation "${String(c.relation)}"`);
      if (typeof c.construction !== 'string' || c.construction === '') throw new Error(`${where}: a claim without construction`);
      if (forms(c.source).length === 0 || forms(c.target).length === 0) throw new Error(`${where}: a claim without source or target`);
    }
  });
  return excerpts as Excerpt[];
}

/**
 * One name space per excerpt: the forms given together for an end name one entity, and an entity
 * written with its forms in another order, or with fewer of them, in another claim is still that
 * entity (annotators list aliases as they come). Returns each normalised form's entity, named by
 * the first form it was given under.
 */
export function entityNames(claims: readonly GoldClaim[]): Map<string, string> {
  const entityOf = new Map<string, string>();
  for (const end of claims.flatMap((c) => [c.source, c.target])) {
    const names = forms(end).map(norm);
    const known = [...new Set(names.map((n) => entityOf.get(n)).filter((e): e is string => e !== undefined))];
    const entity = known[0] ?? forms(end)[0]!;
    // Forms that join two entities met before merge them into the first one.
    for (const [form, e] of entityOf) if (known.includes(e)) entityOf.set(form, entity);
    for (const n of names) entityOf.set(n, entity);
  }
  return entityOf;
}

const bump = (map: Map<string, Tally>, key: string, found: boolean): void => {
  const t = map.get(key) ?? { required: 0, found: 0 };
  t.required += 1;
  t.found += found ? 1 : 0;
  map.set(key, t);
};

/**
 * Scores every excerpt on its own: an edge counts when its relation is scored and both ends are of
 * scored types; it is correct when both ends' labels normalise to forms of one gold claim's ends
 * (competes_with either way round), else a false positive. A found optional claim counts neither way.
 */
export function scoreSample(
  excerpts: readonly Excerpt[],
  edgesOf: (excerpt: Excerpt) => Iterable<FoundEdge>,
  nodesOf?: (excerpt: Excerpt) => Iterable<FoundNode>,
): SampleScore {
  const byKind = new Map<string, Tally>();
  const byConstruction = new Map<string, Tally>();
  const predictedByKind = new Map<string, { predicted: number; correct: number }>();
  const missed: string[] = [];
  const falsePositives: string[] = [];
  const outlets = new Set<string>();
  const missCauses: Record<MissCause, number> = { relation: 0, 'no node': 0 };
  let predicted = 0;
  let correct = 0;

  for (const x of excerpts) {
    outlets.add(x.outlet);
    const canon = entityNames(x.claims);
    const entity = (end: string | string[]): string => canon.get(norm(forms(end)[0]!))!;
    const key = (s: string, rel: string, t: string): string => (SYMMETRIC.has(rel) ? [rel, ...[s, t].sort()] : [rel, s, t]).join(' | ');
    const gold = new Map<string, GoldClaim>();
    for (const c of x.claims) gold.set(key(entity(c.source), c.relation, entity(c.target)), c);

    const found = new Set<string>();
    for (const e of edgesOf(x)) {
      if (!KINDS.includes(e.relation as Kind)) continue;
      if (!SCORED_TYPES.has(e.sourceType) || !SCORED_TYPES.has(e.targetType)) continue;
      const k = key(canon.get(norm(e.source)) ?? `?${e.source}`, e.relation, canon.get(norm(e.target)) ?? `?${e.target}`);
      if (found.has(k)) continue;
      found.add(k);
      const g = gold.get(k);
      if (g?.required === false) continue;
      const stat = predictedByKind.get(e.relation) ?? { predicted: 0, correct: 0 };
      predictedByKind.set(e.relation, stat);
      stat.predicted += 1;
      predicted += 1;
      if (g) {
        stat.correct += 1;
        correct += 1;
      } else falsePositives.push(`${x.id}: ${k}`);
    }
    // The gold entities some scored node of the excerpt's graph names.
    const named = new Set<string>();
    if (nodesOf) for (const n of nodesOf(x)) if (SCORED_TYPES.has(n.type)) named.add(canon.get(norm(n.label)) ?? '');
    for (const [k, c] of gold) {
      if (c.required === false) continue;
      bump(byKind, c.relation, found.has(k));
      bump(byConstruction, c.construction, found.has(k));
      if (found.has(k)) continue;
      if (!nodesOf) {
        missed.push(`${x.id}: ${k} [${c.construction}]`);
        continue;
      }
      const absent = [c.source, c.target].map(entity).filter((e) => !named.has(e));
      const cause: MissCause = absent.length ? 'no node' : 'relation';
      missCauses[cause] += 1;
      missed.push(`${x.id}: ${k} [${c.construction}] (${absent.length ? `no node for ${absent.join(', ')}` : cause})`);
    }
  }

  const required = [...byKind.values()].reduce((n, t) => n + t.required, 0);
  const recalled = [...byKind.values()].reduce((n, t) => n + t.found, 0);
  const precision = predicted ? correct / predicted : 0;
  const recall = required ? recalled / required : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { ...(byKind.get(k) ?? { required: 0, found: 0 }), ...(predictedByKind.get(k) ?? { predicted: 0, correct: 0 }) }])) as SampleScore['byKind'];
  const constructions = [...byConstruction].sort((a, b) => b[1].required - a[1].required || a[0].localeCompare(b[0]));
  return {
    excerpts: excerpts.length,
    outlets: outlets.size,
    relations: { predicted, correct, required, found: recalled, precision, recall, f1 },
    byKind: kinds,
    byConstruction: Object.fromEntries(constructions),
    missed,
    ...(nodesOf && { missCauses }),
    falsePositives,
  };
}
