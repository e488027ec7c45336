/**
 * Node keys that graphology can hold. graphology keeps each node's neighbours in plain objects
 * keyed by node key, so a key that names an Object.prototype member ("constructor", "toString",
 * "__proto__") reads or writes the prototype's property instead (a node "constructor" set
 * `Object.previous`; one "__proto__" polluted Object.prototype). Such a key gets a "~" suffix
 * wherever a key enters the pipeline (names, records, JSON, GEXF); the label keeps the name.
 * Idempotent: a suffixed key is already safe.
 */
export function safeKey(key: string): string {
  return key in Object.prototype ? `${key}~` : key;
}
