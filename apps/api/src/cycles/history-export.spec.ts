import type { AuditRecord } from '@app/persistence';
import { csvField, historyAsCsv, historyAsJson, neutralizeFormula } from './history-export';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) {
    out += chunk;
  }
  return out;
}

async function* batches(...groups: AuditRecord[][]): AsyncGenerator<AuditRecord[]> {
  yield* groups;
}

const event = (seq: number, data: Record<string, unknown>): AuditRecord => ({
  seq,
  occurredAt: '2026-11-22T09:00:00.000Z',
  cycleId: 'c-1',
  actor: { id: 'ana', roles: ['improver', 'manager'] },
  action: 'gap_recorded',
  stage: 'gap_identification',
  data,
  requestId: 'req-1',
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
});

describe('history export', () => {
  it('quotes CSV fields the way RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'neutralizes a cell a spreadsheet would run as a formula: %j',
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves other cells as they are', () => {
    for (const cell of ['plain', '{"a":"=1"}', '12', '', "'quoted", ' =x']) {
      expect(neutralizeFormula(cell)).toBe(cell);
    }
  });

  it('writes formula-like values as quoted text, still valid RFC 4180', async () => {
    const hostile: AuditRecord = {
      ...event(1, {}),
      actor: { id: '=HYPERLINK("http://evil.example","x")', roles: ['improver'] },
      requestId: '-1+2',
    };
    const line = (await text(historyAsCsv(batches([hostile])))).split('\r\n')[1] ?? '';
    expect(line).toContain(',"\'=HYPERLINK(""http://evil.example"",""x"")",');
    expect(line).toContain(",'-1+2,");
  });

  it('writes a header and one CRLF line per event', async () => {
    const csv = await text(historyAsCsv(batches([event(1, { note: 'a, "b"' })], [event(2, {})])));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'seq,occurredAt,cycleId,actorId,actorRoles,action,stage,data,requestId,prevHash,hash',
    );
    expect(lines[1]).toBe(
      `1,2026-11-22T09:00:00.000Z,c-1,ana,improver;manager,gap_recorded,gap_identification,"{""note"":""a, \\""b\\""""}",req-1,${'a'.repeat(64)},${'b'.repeat(64)}`,
    );
    expect(lines[2]?.startsWith('2,')).toBe(true);
    expect(lines[3]).toBe('');
  });

  it('writes JSON that parses to the events in order, across batches and empty ones', async () => {
    const json = await text(historyAsJson(batches([event(1, {})], [], [event(2, { x: 1 })])));
    expect(JSON.parse(json)).toEqual({ items: [event(1, {}), event(2, { x: 1 })] });
    expect(JSON.parse(await text(historyAsJson(batches())))).toEqual({ items: [] });
  });
});
