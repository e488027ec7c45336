import { describe, expect, it } from 'vitest';
import { ruleReason } from '../src/pipeline/extract/rule-reasons';
import { LISTING_RULES } from '../src/pipeline/extract/listing-relations';
import { RELATION_PATTERNS } from '../src/pipeline/extract/relation-patterns';

// The evidence view says why an edge is there ("Found by <rule>: <reason>"): every rule id a
// claim can carry must have its reason, the listing rules included.
describe('ruleReason', () => {
  it('explains trigger, listing, name and pattern rules, and nothing for an unknown id', () => {
    expect(ruleReason('trigger:designation')).toMatch(/threat/);
    for (const rule of Object.values(LISTING_RULES)) expect(ruleReason(rule.name)).toBe(rule.reason);
    expect(ruleReason('listing:membership')).toMatch(/on the list/);
    expect(ruleReason('name:version')).toMatch(/version/);
    expect(ruleReason('pattern:develops:3')).toMatch(/develops/);
    expect(ruleReason('listing:nothing')).toBeUndefined();
    expect(ruleReason('constructor')).toBeUndefined();
  });

  it('explains every construction pattern by the id its claims carry', () => {
    RELATION_PATTERNS.forEach((pattern, index) => expect(ruleReason(pattern.id ?? `pattern:${pattern.relation}:${index}`), pattern.template).toMatch(new RegExp(pattern.relation)));
  });

  // The scorer reads a rule's id as a feature: two rules under one id would share one weight.
  it('gives every construction pattern its own id', () => {
    const ids = RELATION_PATTERNS.map((pattern, index) => pattern.id ?? `pattern:${pattern.relation}:${index}`);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
