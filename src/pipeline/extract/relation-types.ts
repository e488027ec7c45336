import type { EntityType, RelationKind } from '../types';

type Role = 'source' | 'target';

const COMPANY_LIKE: readonly EntityType[] = ['company'];
const THINGS: readonly EntityType[] = ['product', 'model'];

/** Which entity types each relation accepts at each end: the guard against nonsense edges. */
const ALLOWED: Record<RelationKind, { source: readonly EntityType[]; target: readonly EntityType[] }> = {
  banned: { source: ['company', 'government'], target: ['product', 'model', 'company'] },
  restricts: { source: ['government', 'company'], target: ['company', 'product', 'model', 'government'] },
  develops: { source: COMPANY_LIKE, target: THINGS },
  competes_with: { source: ['company', 'product', 'model'], target: ['company', 'product', 'model'] },
  reported: { source: COMPANY_LIKE, target: ['company', 'product', 'model', 'government'] },
  invests_in: { source: ['company', 'government'], target: ['company', 'product', 'model'] },
  acquired: { source: COMPANY_LIKE, target: ['company', 'product', 'model'] },
  partners_with: { source: ['company', 'government'], target: ['company', 'government'] },
  sued: { source: ['company', 'government'], target: ['company', 'government'] },
  part_of: { source: ['government'], target: ['government'] },
};

/** The type an otherwise untyped name takes from its role ("X banned …": X is a company). */
export function typeFromRole(relation: RelationKind, role: Role): EntityType {
  if (relation === 'develops' || relation === 'banned') return role === 'source' ? 'company' : 'product';
  return 'company';
}

export function relationAccepts(relation: RelationKind, source: EntityType, target: EntityType): boolean {
  const allowed = ALLOWED[relation];
  if (!allowed.source.includes(source) || !allowed.target.includes(target)) return false;
  // Competition is between peers: companies with companies, products and models with each other.
  if (relation === 'competes_with') return (source === 'company') === (target === 'company');
  return true;
}
