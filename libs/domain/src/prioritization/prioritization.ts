/** What the ranking reads for one service: survey results, volumes and the weighted rule's criteria. */
export interface PriorityInput {
  serviceId: string;
  serviceName: string;
  responses: number;
  meanScore: number | null;
  endCustomers: number | null;
  reworkRate: number | null;
  /** 1..5, null until rated. */
  strategyImpact: number | null;
  marginsInvolved: number | null;
  easeOfTransformation: number | null;
  /** How many journey touchpoints the service backs. */
  touchpoints: number;
  /** Within standard / requests in the latest period with results, 0..1; null without any. */
  standardCompliance: number | null;
}

/**
 * How services are ranked: `default`, the internal customers' view (see `rankByDefaultRule`), or
 * `weighted`, the criteria weighed as the caller asks (see `rankByWeights`).
 */
export const PRIORITY_RULES = ['default', 'weighted'] as const;
export type PriorityRule = (typeof PRIORITY_RULES)[number];

export interface PriorityWeights {
  strategyImpact: number;
  customers: number;
  margins: number;
  ease: number;
  /** The journey touchpoints a service backs, against the most any service backs. */
  touchpoints: number;
}

export interface PriorityReason {
  criterion: string;
  value: number | null;
  note?: string;
  weight?: number;
  normalized?: number;
  contribution?: number;
}

export interface RankedService {
  rank: number;
  serviceId: string;
  meanScore: number | null;
  endCustomers: number | null;
  reworkRate: number | null;
  touchpoints: number;
  standardCompliance: number | null;
  /** Weighted rule only: 0..1, higher first. */
  score?: number;
  reasons: PriorityReason[];
}

const nullsLast = (a: number | null, b: number | null, direction: 1 | -1): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : direction * (a - b);

/**
 * The default rule, the internal customers' view: worst rated first, then more end customers,
 * then more rework; services without responses last; ties by name then id so the ranking never
 * depends on row order.
 */
export function compareByDefaultRule(a: PriorityInput, b: PriorityInput): number {
  return (
    Number(a.responses === 0) - Number(b.responses === 0) ||
    nullsLast(a.meanScore, b.meanScore, 1) ||
    nullsLast(a.endCustomers, b.endCustomers, -1) ||
    nullsLast(a.reworkRate, b.reworkRate, -1) ||
    a.serviceName.localeCompare(b.serviceName) ||
    a.serviceId.localeCompare(b.serviceId)
  );
}

function defaultRuleReasons(input: PriorityInput): PriorityReason[] {
  if (input.responses === 0) {
    return [
      {
        criterion: 'mean_score',
        value: null,
        note: 'no survey responses: listed after every rated service',
      },
      { criterion: 'end_customers', value: input.endCustomers },
      { criterion: 'rework_rate', value: input.reworkRate },
    ];
  }
  return [
    {
      criterion: 'mean_score',
      value: input.meanScore,
      note: `${input.responses} responses; lower ranks first`,
    },
    {
      criterion: 'end_customers',
      value: input.endCustomers,
      note: input.endCustomers === null ? 'no volume for the period' : 'more ranks first on a tie',
    },
    {
      criterion: 'rework_rate',
      value: input.reworkRate,
      note: input.reworkRate === null ? 'no volume for the period' : 'more ranks first on a tie',
    },
  ];
}

const view = (
  input: PriorityInput,
  rank: number,
  reasons: PriorityReason[],
  score?: number,
): RankedService => ({
  rank,
  serviceId: input.serviceId,
  meanScore: input.meanScore,
  endCustomers: input.endCustomers,
  reworkRate: input.reworkRate,
  touchpoints: input.touchpoints,
  standardCompliance: input.standardCompliance,
  ...(score === undefined ? {} : { score }),
  reasons,
});

const TOUCHPOINTS_NOTE = 'journey touchpoints where a front area serves the customer with it';

/** The service's standard, shown with every rule's reasons. */
function complianceReason(input: PriorityInput): PriorityReason {
  return {
    criterion: 'standard_compliance',
    value: input.standardCompliance,
    note:
      input.standardCompliance === null
        ? 'no results against its standard yet'
        : 'share of requests within its standard, latest period',
  };
}

/** The default ranking (the internal-customer rule), each criterion's value in `reasons`. */
export function rankByDefaultRule(inputs: PriorityInput[]): RankedService[] {
  return [...inputs]
    .sort(compareByDefaultRule)
    .map((input, index) =>
      view(input, index + 1, [
        ...defaultRuleReasons(input),
        { criterion: 'touchpoints', value: input.touchpoints, note: TOUCHPOINTS_NOTE },
        complianceReason(input),
      ]),
    );
}

/** A 1..5 rating as 0..1; unrated counts as 0. */
const scale5 = (value: number | null) => (value === null ? 0 : (value - 1) / 4);

/**
 * The weighted rule: a score over strategy impact, customers involved (end customers against the
 * largest), margins and ease of transformation; ties and unrated services fall back to the
 * default rule.
 */
export function rankByWeights(inputs: PriorityInput[], weights: PriorityWeights): RankedService[] {
  const total =
    weights.strategyImpact +
    weights.customers +
    weights.margins +
    weights.ease +
    weights.touchpoints;
  const mostCustomers = Math.max(0, ...inputs.map((input) => input.endCustomers ?? 0));
  const mostTouchpoints = Math.max(0, ...inputs.map((input) => input.touchpoints));
  const scored = inputs.map((input) => {
    const criteria: [string, number, number | null, number][] = [
      [
        'strategy_impact',
        weights.strategyImpact,
        input.strategyImpact,
        scale5(input.strategyImpact),
      ],
      [
        'customers',
        weights.customers,
        input.endCustomers,
        mostCustomers > 0 ? (input.endCustomers ?? 0) / mostCustomers : 0,
      ],
      ['margins', weights.margins, input.marginsInvolved, scale5(input.marginsInvolved)],
      ['ease', weights.ease, input.easeOfTransformation, scale5(input.easeOfTransformation)],
      [
        'touchpoints',
        weights.touchpoints,
        input.touchpoints,
        mostTouchpoints > 0 ? input.touchpoints / mostTouchpoints : 0,
      ],
    ];
    const reasons: PriorityReason[] = criteria.map(([criterion, weight, value, normalized]) => ({
      criterion,
      value,
      weight,
      normalized: round(normalized),
      contribution: round(total > 0 ? (weight * normalized) / total : 0),
      ...(value === null ? { note: 'not rated: counts as the lowest' } : {}),
    }));
    const score = round(reasons.reduce((sum, reason) => sum + (reason.contribution ?? 0), 0));
    const shown = [...reasons, ...defaultRuleReasons(input), complianceReason(input)];
    return { input, score, reasons: shown };
  });
  return scored
    .sort(
      (a, b) =>
        Number(a.input.responses === 0) - Number(b.input.responses === 0) ||
        b.score - a.score ||
        compareByDefaultRule(a.input, b.input),
    )
    .map((entry, index) => view(entry.input, index + 1, entry.reasons, entry.score));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
