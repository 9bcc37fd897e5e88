import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-body.parser';

/** `depth` arrays or objects inside one another, built without recursion. */
function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'core';
  for (let level = 0; level < depth; level += 1) {
    value = kind === 'array' ? [value] : { inner: value };
  }
  return value;
}

describe('the depth of a JSON body', () => {
  it.each(['array', 'object'] as const)(
    'admits %ss nested as deep as the limit and refuses one level more',
    (kind) => {
      expect(nestsDeeperThan(nested(MAX_JSON_DEPTH, kind), MAX_JSON_DEPTH)).toBe(false);
      expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1, kind), MAX_JSON_DEPTH)).toBe(true);
    },
  );

  it('measures a body nested a million deep without overflowing the stack', () => {
    expect(nestsDeeperThan(nested(1_000_000, 'array'), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(nested(1_000_000, 'object'), MAX_JSON_DEPTH)).toBe(true);
  });

  it('counts only nesting: scalars, wide bodies and deep mixed ones', () => {
    expect(nestsDeeperThan('text', 1)).toBe(false);
    expect(nestsDeeperThan(null, 1)).toBe(false);
    // Four levels: the body, its array, each object in it, and that object's array.
    const wide = { items: Array.from({ length: 10_000 }, () => ({ a: [1] })) };
    expect(nestsDeeperThan(wide, 4)).toBe(false);
    expect(nestsDeeperThan(wide, 3)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: [{ c: [] }] }] }, 5)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: [{ c: [] }] }] }, 6)).toBe(false);
  });
});
