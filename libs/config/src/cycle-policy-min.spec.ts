import { DEFAULT_POLICY_MINIMUM } from '@app/domain';
import { ConfigError, loadConfig } from './load-config';

describe('CYCLE_POLICY_MIN', () => {
  it(`defaults to ${DEFAULT_POLICY_MINIMUM}`, () => {
    expect(loadConfig({}).CYCLE_POLICY_MIN).toBe(DEFAULT_POLICY_MINIMUM);
  });

  it.each(['PT1S', 'PT2S', 'PT5M', 'P1D', 'P90D'])('accepts %s', (value) => {
    expect(loadConfig({ CYCLE_POLICY_MIN: value }).CYCLE_POLICY_MIN).toBe(value);
  });

  it.each(['PT0S', 'PT0.5S', 'P91D', 'P1Y', 'P300000Y', '1 minute', 'PT'])(
    'refuses %s, naming the variable and its bounds',
    (value) => {
      expect(() => loadConfig({ CYCLE_POLICY_MIN: value })).toThrow(ConfigError);
      expect(() => loadConfig({ CYCLE_POLICY_MIN: value })).toThrow(
        /CYCLE_POLICY_MIN must be an ISO 8601 duration from PT1S to P90D/,
      );
    },
  );
});
