import { DomainError } from '@app/domain';
import { decodeCursor, encodeCursor, isCursor, toKeysetPage, toPage } from './pagination';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset pagination', () => {
  const row = (id: string, at: string) => ({ id, createdAt: new Date(at) });
  const uuid = '5f0c1a9e-3b7d-4c2e-9a1f-0d6b8e4c2a11';

  it('round-trips a cursor', () => {
    const position = { at: '2026-11-22T10:00:00.123Z', id: uuid };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(isCursor(encodeCursor(position))).toBe(true);
  });

  it.each([
    ['not base64 JSON', 'bm90LWEtY3Vyc29y'],
    ['not base64 at all', '%%%'],
    ['a word', 'garbage'],
    ['base64 of junk bytes', Buffer.from([0xff, 0x00, 0x81, 0x7b]).toString('base64')],
    ['a number', cursorOf(42)],
    ['a time PostgreSQL refuses though Date.parse takes it', cursorOf(['1', uuid])],
    ['a time before PostgreSQL’s range', cursorOf(['-271821-04-20T00:00:00.000Z', uuid])],
    ['year zero', cursorOf(['0000-01-01T00:00:00.000Z', uuid])],
    ['an impossible date', cursorOf(['2026-02-30T00:00:00.000Z', uuid])],
    ['an id of hyphens only', cursorOf(['2026-01-01T00:00:00.000Z', '-'.repeat(36)])],
    ['an id that is no UUID', cursorOf(['2026-01-01T00:00:00.000Z', 'z'.repeat(36)])],
    ['a third element', cursorOf(['2026-01-01T00:00:00.000Z', uuid, 'x'])],
  ])('refuses a cursor it did not issue: %s', (_what, cursor) => {
    expect(isCursor(cursor)).toBe(false);
    expect(() => decodeCursor(cursor)).toThrow(DomainError);
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
    expect(decodeCursor(first.nextCursor ?? '')).toEqual({ at: '2026-01-02T00:00:00.000Z', id: b });
    expect(toPage(rows.slice(2), 2).nextCursor).toBeNull();
  });

  it('positions a page by another timestamp when asked', () => {
    const rows = [
      { id: uuid, measuredAt: new Date('2026-03-01T00:00:00Z') },
      { id: uuid, measuredAt: new Date('2026-02-01T00:00:00Z') },
    ];
    const page = toKeysetPage(rows, 1, (item) => item.measuredAt);
    expect(decodeCursor(page.nextCursor ?? '')).toEqual({
      at: '2026-03-01T00:00:00.000Z',
      id: uuid,
    });
  });
});
