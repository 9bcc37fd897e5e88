import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined, so equal values give equal text', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes dates as JSON.stringify does', () => {
    const at = new Date('2026-11-22T09:00:00.000Z');
    expect(canonicalJson({ at })).toBe(JSON.stringify({ at }));
  });
});
