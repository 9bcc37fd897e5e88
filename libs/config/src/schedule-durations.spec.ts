import { ConfigError, loadConfig } from './load-config';

describe.each([
  {
    name: 'IDEMPOTENCY_KEY_TTL',
    defaultValue: 'P1D',
    accepted: ['PT1H', 'PT90M', 'P7D', 'P365D'],
    refused: ['PT59M', 'PT0S', 'P366D', 'P2Y', '1 day', 'P'],
    bounds: /IDEMPOTENCY_KEY_TTL must be an ISO 8601 duration from PT1H to P365D, e.g. P1D/,
  },
  {
    name: 'DELIVERED_MESSAGE_RETENTION',
    defaultValue: 'P30D',
    accepted: ['PT1H', 'P1D', 'P90D', 'P3650D'],
    refused: ['PT30M', 'P3651D', 'P20Y', '30 days'],
    bounds: /DELIVERED_MESSAGE_RETENTION must be an ISO 8601 duration from PT1H to P3650D/,
  },
  {
    name: 'DELIVERY_SWEEP_EVERY',
    defaultValue: 'PT1M',
    accepted: ['PT1S', 'PT2S', 'PT5M', 'PT1H'],
    refused: ['PT0S', 'PT0.5S', 'PT61M', 'P1D', 'every minute'],
    bounds: /DELIVERY_SWEEP_EVERY must be an ISO 8601 duration from PT1S to PT1H, e.g. PT1M/,
  },
] as const)('$name', ({ name, defaultValue, accepted, refused, bounds }) => {
  it(`defaults to ${defaultValue}`, () => {
    expect(loadConfig({})[name]).toBe(defaultValue);
  });

  it.each(accepted)('accepts %s', (value) => {
    expect(loadConfig({ [name]: value })[name]).toBe(value);
  });

  it.each(refused)('refuses %s, naming the variable and its bounds', (value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(bounds);
  });
});
