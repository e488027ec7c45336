import { RELATIONS, isRelationKind } from '../relation-registry';
import { TRIGGER_RULES } from './trigger-relations';
import { CANDIDATE_RULE } from './claim-scorer';
import { COMPOUND_RULES } from './compound-relations';
import { LISTING_RULES } from './listing-relations';
import { NAMED_AFTER_MAKING_RULE } from './named-after-making';

/** Rules that come from how an entity is named, not from a relation's words. */
const NAME_RULES: ReadonlyMap<string, string> = new Map([
  ['name:owner', 'the name starts with its maker\'s ("Samsung Gauss", "DeepSeek-V3.1")'],
  ['name:version', 'the name is a version of a model or product family ("Llama 3.1" of Llama)'],
  ['name:agency-of-state', 'the body is named as part of its state ("Japan\'s trade ministry")'],
  [NAMED_AFTER_MAKING_RULE, 'the sentence before told a firm making a thing of a kind it left unnamed; this one names the thing of that kind ("Dubbed Zeta, the reactor …")'],
  [CANDIDATE_RULE, 'no hand-written rule: the learned claim scorer rated this candidate at or above its threshold'],
]);

/** What a claim's rule id means, for the evidence view: "why is this edge here?". */
export function ruleReason(rule: string | undefined): string | undefined {
  if (rule === undefined) return undefined;
  const trigger = (TRIGGER_RULES as Record<string, string>)[rule];
  if (trigger !== undefined && Object.hasOwn(TRIGGER_RULES, rule)) return trigger;
  const named = NAME_RULES.get(rule);
  if (named) return named;
  const listing = Object.values(LISTING_RULES).find((r) => r.name === rule);
  if (listing) return listing.reason;
  const compound = COMPOUND_RULES.find((r) => rule === `compound:${r.suffix}`);
  if (compound) return compound.reason;
  const pattern = /^pattern:([a-z_]+):[\w-]+$/.exec(rule);
  if (pattern && isRelationKind(pattern[1]!)) return `a construction pattern of "${pattern[1]}": ${RELATIONS[pattern[1]].reason}`;
  return undefined;
}
