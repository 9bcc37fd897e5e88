import { standardCompliance } from './standard-compliance';

describe('compliance with a service standard', () => {
  it('is the share of requests served within the standard, to four decimals', () => {
    expect(standardCompliance({ requests: 200, withinStandard: 150 })).toBe(0.75);
    expect(standardCompliance({ requests: 3, withinStandard: 2 })).toBe(0.6667);
    expect(standardCompliance({ requests: 40, withinStandard: 40 })).toBe(1);
    expect(standardCompliance({ requests: 40, withinStandard: 0 })).toBe(0);
  });

  it('is unknown, not zero, for a period without requests', () => {
    expect(standardCompliance({ requests: 0, withinStandard: 0 })).toBeNull();
  });
});
