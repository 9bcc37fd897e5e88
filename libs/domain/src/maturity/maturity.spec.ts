import { DomainError } from '../errors/domain-error';
import { CAPABILITIES, CapabilityCategory } from './capabilities';
import { maturityGaps } from './maturity-assessment';
import { scoreSelfTest, SelfTestBand } from './self-test';

describe('maturity capabilities', () => {
  it('are 25 in four categories: 5, 5, 7 and 8', () => {
    const count = (category: CapabilityCategory) =>
      CAPABILITIES.filter((c) => c.category === category).length;
    expect(CAPABILITIES).toHaveLength(25);
    expect(new Set(CAPABILITIES.map((c) => c.id)).size).toBe(25);
    expect([
      count(CapabilityCategory.BusinessProcessAlignment),
      count(CapabilityCategory.TalentManagement),
      count(CapabilityCategory.CustomerInteraction),
      count(CapabilityCategory.Infrastructure),
    ]).toEqual([5, 5, 7, 8]);
    CAPABILITIES.forEach((c) => expect(c.id).toMatch(/^[a-z]+(_[a-z]+)*$/));
  });
});

describe('maturity gaps', () => {
  it('lists each capability below its target, largest first, then in catalogue order', () => {
    expect(
      maturityGaps([
        { capability: 'security', current: 3, target: 4 },
        { capability: 'billing', current: 1, target: 4 },
        { capability: 'talent_training', current: 2, target: 3 },
        { capability: 'business_intelligence', current: 4, target: 4 },
        { capability: 'applications', current: 4, target: 2 },
      ]),
    ).toEqual([
      { capability: 'billing', category: 'customer_interaction', current: 1, target: 4, size: 3 },
      {
        capability: 'talent_training',
        category: 'talent_management',
        current: 2,
        target: 3,
        size: 1,
      },
      { capability: 'security', category: 'infrastructure', current: 3, target: 4, size: 1 },
    ]);
  });

  it.each([
    [[{ capability: 'telepathy', current: 1, target: 2 }], 'ratings.0.capability'],
    [
      [
        { capability: 'billing', current: 1, target: 2 },
        { capability: 'billing', current: 2, target: 3 },
      ],
      'ratings.1.capability',
    ],
    [[{ capability: 'billing', current: 0, target: 2 }], 'ratings.0.current'],
    [[{ capability: 'billing', current: 1, target: 5 }], 'ratings.0.target'],
  ])('refuses %j naming %s', (ratings, field) => {
    let error: unknown;
    try {
      maturityGaps(ratings);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields[0]?.field).toBe(field);
  });
});

describe('the four-question self-test', () => {
  it.each([
    [['a', 'a', 'a', 'a'], 4, SelfTestBand.LongWayToGo],
    [['a', 'a', 'b', 'b'], 6, SelfTestBand.LongWayToGo],
    [['a', 'b', 'b', 'b'], 7, SelfTestBand.DoingWell],
    [['c', 'c', 'b', 'b'], 10, SelfTestBand.DoingWell],
    [['c', 'c', 'c', 'b'], 11, SelfTestBand.OnTopOfIt],
    [['c', 'c', 'c', 'd'], 13, SelfTestBand.OnTopOfIt],
  ])('%j scores %i points: %s', (answers, points, band) => {
    expect(scoreSelfTest(answers)).toEqual({ points, band });
  });

  it.each([
    [['d', 'a', 'a', 'a'], 'answers.0'],
    [['a', 'a', 'a', 'e'], 'answers.3'],
    [['a', 'a', 'a'], 'answers'],
  ])('refuses %j naming %s', (answers, field) => {
    expect(() => scoreSelfTest(answers)).toThrow(DomainError);
    try {
      scoreSelfTest(answers);
    } catch (error) {
      expect((error as DomainError).fields[0]?.field).toBe(field);
    }
  });
});
