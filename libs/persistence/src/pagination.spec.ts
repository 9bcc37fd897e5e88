import { DomainError } from '@app/domain';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('keyset pagination', () => {
  const row = (id: string, at: string) => ({ id, createdAt: new Date(at) });

  it('round-trips a cursor', () => {
    const position = {
      createdAt: '2026-11-22T10:00:00.123Z',
      id: '5f0c1a9e-3b7d-4c2e-9a1f-0d6b8e4c2a11',
    };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow(DomainError);
    expect(() => decodeCursor('%%%')).toThrow(DomainError);
  });

  it('gives a next cursor only when a further row exists', () => {
    const a = '00000000-0000-4000-8000-00000000000a';
    const b = '00000000-0000-4000-8000-00000000000b';
    const c = '00000000-0000-4000-8000-00000000000c';
    const rows = [
      row(a, '2026-01-01T00:00:00Z'),
      row(b, '2026-01-02T00:00:00Z'),
      row(c, '2026-01-03T00:00:00Z'),
    ];
    const first = toPage(rows, 2);
    expect(first.items.map((item) => item.id)).toEqual([a, b]);
    expect(decodeCursor(first.nextCursor ?? '')).toEqual({
      createdAt: '2026-01-02T00:00:00.000Z',
      id: b,
    });
    expect(toPage(rows.slice(2), 2).nextCursor).toBeNull();
  });
});
