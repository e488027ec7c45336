import type { ClaimRecord, EntityRecord } from '../types';

/**
 * A firm that stops selling, pulls or blocks a thing it makes discontinues it; it does not ban it
 * ("Zenco launched Zeta in 2020. … Zenco stopped selling Zeta"). A company's ban of a target the
 * same article says it develops is dropped. States never develop, so their bans stay.
 */
export function withoutOwnBans(claims: readonly ClaimRecord[], entities: readonly EntityRecord[]): ClaimRecord[] {
  const company = new Set(entities.filter((e) => e.type === 'company').map((e) => e.key));
  const made = new Set(claims.filter((c) => c.relation === 'develops').map((c) => `${c.source}\u0000${c.target}`));
  if (made.size === 0) return [...claims];
  return claims.filter((c) => !(c.relation === 'banned' && company.has(c.source) && made.has(`${c.source}\u0000${c.target}`)));
}
