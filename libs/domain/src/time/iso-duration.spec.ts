import { addIsoDuration, isIsoDuration, isoDurationToMs, parseIsoDuration } from './iso-duration';

describe('ISO 8601 durations', () => {
  it.each(['P6M', 'P5D', 'PT2S', 'P1DT12H', 'P1Y2M3W4DT5H6M7.5S', 'PT0.5S'])(
    'accepts %s',
    (text) => {
      expect(isIsoDuration(text)).toBe(true);
    },
  );

  it.each(['', 'P', 'PT', '5D', 'P5', 'P-1D', 'five days', 'P1.5D', 'PT1H2'])(
    'refuses %p',
    (text) => {
      expect(isIsoDuration(text)).toBe(false);
    },
  );

  it('reads every part', () => {
    expect(parseIsoDuration('P1Y2M3W4DT5H6M7.5S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7.5,
    });
  });

  it('adds months on the calendar, clamping to the end of a shorter month', () => {
    expect(addIsoDuration(new Date('2026-08-31T10:00:00Z'), 'P6M').toISOString()).toBe(
      '2027-02-28T10:00:00.000Z',
    );
    expect(addIsoDuration(new Date('2026-01-15T00:00:00Z'), 'P1Y').toISOString()).toBe(
      '2027-01-15T00:00:00.000Z',
    );
  });

  it('adds clock time exactly', () => {
    const from = new Date('2026-11-22T00:00:00Z');
    expect(isoDurationToMs('PT2S', from)).toBe(2_000);
    expect(isoDurationToMs('P5D', from)).toBe(5 * 24 * 3600 * 1000);
    expect(isoDurationToMs('P1W', from)).toBe(7 * 24 * 3600 * 1000);
  });

  it('throws on text that is not a duration', () => {
    expect(() => addIsoDuration(new Date(), 'soon')).toThrow(RangeError);
  });
});
