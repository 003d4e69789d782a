// Narrowing for typed test helpers: an action's answer is often a union (a decision's count or an
// election's) or may be missing; these fail the test with a plain message instead of letting a
// later line trip over the wrong shape.

/** The value as the member of its union with this `kind`; fails the test if it is another kind or missing. */
export function ofKind<T extends { kind: string }, K extends T['kind']>(value: T | null | undefined, kind: K): Extract<T, { kind: K }> {
  expect(value?.kind).toBe(kind);
  return value as Extract<T, { kind: K }>;
}

/** The value, failing the test when it is null or undefined (a `find` that found nothing). */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${value}`);
  return value;
}

/** The value as the members of its union that have this field; fails the test if it has not. */
export function withField<T extends object, K extends string>(value: T, key: K): Extract<T, { [P in K]: unknown }> {
  expect(value).toHaveProperty(key);
  return value as Extract<T, { [P in K]: unknown }>;
}
