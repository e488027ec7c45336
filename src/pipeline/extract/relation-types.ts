import { relationAccepts } from '../relation-registry';
import type { EntityType, RelationKind } from '../types';

export { relationAccepts };

/** The type an otherwise untyped name takes from its role ("X banned …": X is a company). */
export function typeFromRole(relation: RelationKind, role: 'source' | 'target'): EntityType {
  if (relation === 'develops' || relation === 'banned') return role === 'source' ? 'company' : 'product';
  return 'company';
}
