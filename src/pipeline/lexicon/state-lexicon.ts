import type { LexiconData, LexiconEntry, StateNames } from './lexicon-data';

/**
 * The field lexicon with every state of the world: a state the field lexicon writes keeps its
 * id, name and field-specific names ("Beijing", "Chinese regulators", leaders) and gains the
 * maintained names and demonyms; any other state becomes an entry of its own. A maintained name
 * or demonym that the field lexicon gives to another entry stays that entry's.
 */
export function withStates(field: LexiconData, states: readonly StateNames[]): LexiconData {
  const owner = new Map<string, string>();
  const demonymOwner = new Map<string, string>();
  for (const e of field.entities) {
    for (const name of [e.name, ...(e.aliases ?? [])]) owner.set(name, e.id);
    for (const d of e.demonyms ?? []) demonymOwner.set(d, e.id);
  }
  const isState = (e: LexiconEntry | undefined): e is LexiconEntry => e?.type === 'government' && !e.partOf;
  const byId = new Map(field.entities.map((e) => [e.id, e]));
  const merged = new Map<string, LexiconEntry>();

  const statedDemonyms = new Set([...demonymOwner.keys(), ...states.flatMap((s) => s.demonyms ?? [])]);

  for (const state of states) {
    const names = [state.name, ...(state.aliases ?? [])];
    const ownerId = names.map((n) => owner.get(n)).find((id) => id !== undefined && isState(byId.get(id)));
    const base = ownerId !== undefined ? byId.get(ownerId)! : byId.get(state.id);
    const own = isState(base) ? base : undefined;
    const id = own?.id ?? state.id;
    const free = (n: string): boolean => {
      const o = owner.get(n);
      if (o === undefined) owner.set(n, id);
      return o === undefined || o === id;
    };
    const freeDemonym = (d: string): boolean => {
      const o = demonymOwner.get(d);
      if (o === undefined) demonymOwner.set(d, id);
      return o === undefined || o === id;
    };
    const aliases = union(own?.aliases, names.filter((n) => n !== (own?.name ?? state.name) && free(n)));
    const demonyms = union(own?.demonyms, [...(state.demonyms ?? []), ...spelledDemonyms(state.name, statedDemonyms)].filter(freeDemonym));
    if (!own && !free(state.name)) continue;
    merged.set(id, {
      ...(own ?? { id, name: state.name, type: 'government' as const, onlyStateData: true as const }),
      ...(aliases.length > 0 && { aliases }),
      ...(demonyms.length > 0 && { demonyms }),
    });
  }
  const entities = field.entities.map((e) => merged.get(e.id) ?? e);
  const fieldIds = new Set(field.entities.map((e) => e.id));
  for (const [id, e] of merged) if (!fieldIds.has(id)) entities.push(e);
  return { entities };
}

function union(first: readonly string[] | undefined, second: readonly string[]): string[] {
  return [...new Set([...(first ?? []), ...second])];
}

/**
 * Helper apl100 (stop 99), from real news on states blocking apps: a demonym the news spells as the state's one-word name ending
 * in "a" plus "n" ("the Somalian government", "Slovakian regulators") where the maintained demonym is another ("Somali"). Only
 * when no state already writes that word as its own demonym ("Dominican" stays the Dominican Republic's).
 */
function spelledDemonyms(name: string, stated: ReadonlySet<string>): string[] {
  if (!/^\p{Lu}\p{Ll}+a$/u.test(name)) return [];
  const spelled = `${name}n`;
  return stated.has(spelled) ? [] : [spelled];
}
