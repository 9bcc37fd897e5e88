import type { GapSourceKind } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { at, begin, gap, iris, refusal } from './cycle-machine.fixtures';

describe('a gap’s source', () => {
  it('is kept with the gap, and only of a known kind with an id', () => {
    const m = begin();
    const withSource = { ...gap, source: { kind: 'kpi' as GapSourceKind, id: 'kpi-1' } };
    const unknownKind = { ...gap, source: { kind: 'rumour' as GapSourceKind, id: 'x' } };
    const noId = { ...gap, source: { kind: 'survey' as GapSourceKind, id: '' } };

    expect(refusal(() => m.checks.recordGap(unknownKind, iris))).toBe(
      CycleFailureType.InvalidCommand,
    );
    expect(refusal(() => m.checks.recordGap(noId, iris))).toBe(CycleFailureType.InvalidCommand);
    m.recordGap(withSource, iris, at(1));
    expect(m.state.gap?.source).toEqual({ kind: 'kpi', id: 'kpi-1' });
  });
});
