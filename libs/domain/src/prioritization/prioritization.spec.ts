import type { PriorityInput } from './prioritization';
import { rankByDefaultRule, rankByWeights } from './prioritization';

const service = (id: string, over: Partial<PriorityInput>): PriorityInput => ({
  serviceId: id,
  serviceName: `Service ${id}`,
  responses: 10,
  meanScore: 3,
  endCustomers: 100,
  reworkRate: 0.1,
  strategyImpact: null,
  marginsInvolved: null,
  easeOfTransformation: null,
  touchpoints: 0,
  standardCompliance: null,
  ...over,
});

describe('default (internal-customer) ranking', () => {
  it('puts the worst rated first, then more end customers, then more rework, unrated last', () => {
    const ranked = rankByDefaultRule([
      service('good', { meanScore: 4.5 }),
      service('unrated', { responses: 0, meanScore: null, endCustomers: 99_999 }),
      service('bad-small', { meanScore: 2, endCustomers: 50 }),
      service('bad-big', { meanScore: 2, endCustomers: 500 }),
      service('bad-big-rework', {
        meanScore: 2,
        endCustomers: 500,
        reworkRate: 0.3,
        touchpoints: 3,
        standardCompliance: 0.8,
      }),
    ]);
    expect(ranked.map((r) => [r.rank, r.serviceId])).toEqual([
      [1, 'bad-big-rework'],
      [2, 'bad-big'],
      [3, 'bad-small'],
      [4, 'good'],
      [5, 'unrated'],
    ]);
    expect(ranked[0]?.reasons.map((reason) => [reason.criterion, reason.value])).toEqual([
      ['mean_score', 2],
      ['end_customers', 500],
      ['rework_rate', 0.3],
      ['touchpoints', 3],
      ['standard_compliance', 0.8],
    ]);
    expect(ranked[0]).toMatchObject({ touchpoints: 3, standardCompliance: 0.8 });
    expect(ranked[4]?.reasons[0]?.note).toContain('no survey responses');
  });

  it('breaks full ties by name, then id, whatever the input order', () => {
    const a = service('a', { serviceName: 'Same' });
    const b = service('b', { serviceName: 'Same' });
    const c = service('c', { serviceName: 'Another' });
    expect(rankByDefaultRule([b, c, a]).map((r) => r.serviceId)).toEqual(['c', 'a', 'b']);
    expect(rankByDefaultRule([a, b, c]).map((r) => r.serviceId)).toEqual(['c', 'a', 'b']);
  });
});

describe('weighted ranking', () => {
  it('scores each criterion, shows the breakdown, and ranks by the weighted sum', () => {
    const ranked = rankByWeights(
      [
        service('strategic', {
          strategyImpact: 5,
          marginsInvolved: 1,
          easeOfTransformation: 1,
          endCustomers: 100,
        }),
        service('broad', {
          strategyImpact: 1,
          marginsInvolved: 1,
          easeOfTransformation: 1,
          endCustomers: 1000,
        }),
      ],
      { strategyImpact: 3, customers: 1, margins: 0, ease: 0, touchpoints: 0 },
    );
    expect(ranked.map((r) => [r.serviceId, r.score])).toEqual([
      ['strategic', 0.775],
      ['broad', 0.25],
    ]);
    expect(ranked[0]?.reasons.slice(0, 2)).toEqual([
      { criterion: 'strategy_impact', value: 5, weight: 3, normalized: 1, contribution: 0.75 },
      { criterion: 'customers', value: 100, weight: 1, normalized: 0.1, contribution: 0.025 },
    ]);
  });

  it('weighs the journey touchpoints a service backs against the most any backs', () => {
    const ranked = rankByWeights(
      [service('quiet', { touchpoints: 1 }), service('central', { touchpoints: 4 })],
      { strategyImpact: 0, customers: 0, margins: 0, ease: 0, touchpoints: 1 },
    );
    expect(ranked.map((r) => [r.serviceId, r.score])).toEqual([
      ['central', 1],
      ['quiet', 0.25],
    ]);
    expect(ranked[0]?.reasons.filter((reason) => reason.criterion === 'touchpoints')).toEqual([
      { criterion: 'touchpoints', value: 4, weight: 1, normalized: 1, contribution: 1 },
    ]);
  });
});
