/**
 * Decoders: functions that take a value read from outside (JSON, GEXF, a records line) and
 * return it typed, or throw a SchemaError saying where and what is wrong. Every reader of
 * newsgraph's formats uses these, so a value one reader accepts, every reader accepts.
 */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

export type Decoder<T> = (value: unknown, where: string) => T;

const fail = (where: string, expected: string): never => {
  throw new SchemaError(`${where}: expected ${expected}`);
};

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const object: Decoder<Record<string, unknown>> = (value, where) => (isObject(value) ? value : fail(where, 'an object'));

export const array: Decoder<unknown[]> = (value, where) => (Array.isArray(value) ? value : fail(where, 'an array'));

export const text: Decoder<string> = (value, where) => (typeof value === 'string' ? value : fail(where, 'a string'));

export const name: Decoder<string> = (value, where) => (typeof value === 'string' && value !== '' ? value : fail(where, 'a non-empty string'));

export const finite: Decoder<number> = (value, where) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(where, 'a number');

/** A count or an offset: an integer ≥ 0. */
export const count: Decoder<number> = (value, where) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fail(where, 'an integer ≥ 0');

export const flag: Decoder<boolean> = (value, where) => (typeof value === 'boolean' ? value : fail(where, 'true or false'));

export function listOf<T>(item: Decoder<T>): Decoder<T[]> {
  return (value, where) => array(value, where).map((v, i) => item(v, `${where}[${i}]`));
}

export const texts = listOf(text);
export const counts = listOf(count);

/** `{name: count}` as a record without a prototype, so that any name ("__proto__") is an ordinary key. */
export const tally: Decoder<Record<string, number>> = (value, where) => {
  const result: Record<string, number> = Object.create(null);
  for (const [key, n] of Object.entries(object(value, where))) result[key] = count(n, `${where}.${key}`);
  return result;
};

/** One of a fixed set of strings. */
export function oneOf<T extends string>(allowed: readonly T[]): Decoder<T> {
  return (value, where) => (allowed.includes(value as T) ? (value as T) : fail(where, `one of ${allowed.join(', ')}`));
}
