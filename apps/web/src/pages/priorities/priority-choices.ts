import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isUuid } from '../../components/ids';

export type PriorityRule = 'default' | 'weighted';

export const WEIGHT_FIELDS = [
  { key: 'strategyImpact', label: 'Impact on the current strategy' },
  { key: 'customers', label: 'Customers involved' },
  { key: 'margins', label: 'Margins involved' },
  { key: 'ease', label: 'Ease of transformation' },
  { key: 'touchpoints', label: 'Journey touchpoints' },
] as const;

export type WeightKey = (typeof WEIGHT_FIELDS)[number]['key'];
export type Weights = Record<WeightKey, number>;

/** What the weighted rule starts from: every criterion counts the same. */
export const EQUAL_WEIGHTS: Weights = {
  strategyImpact: 20,
  customers: 20,
  margins: 20,
  ease: 20,
  touchpoints: 20,
};

export const QUARTER = /^\d{4}-Q[1-4]$/;

/** The ranking asked for; anything left out is the API's default (latest survey, latest quarter). */
export interface PriorityChoices {
  surveyId?: string;
  period?: string;
  rule: PriorityRule;
  weights: Weights;
}

function weightOf(raw: string | null, fallback: number): number {
  const value = raw === null || raw === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : fallback;
}

/** The choices kept in the query string, so a reload or a shared link shows the same ranking. */
export function usePriorityChoices(): [PriorityChoices, (next: PriorityChoices) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const choices = useMemo<PriorityChoices>(() => {
    const read = new URLSearchParams(search);
    const surveyId = read.get('surveyId');
    const period = read.get('period');
    const weights = { ...EQUAL_WEIGHTS };
    for (const { key } of WEIGHT_FIELDS) {
      weights[key] = weightOf(read.get(key), EQUAL_WEIGHTS[key]);
    }
    return {
      ...(isUuid(surveyId) ? { surveyId } : {}),
      ...(period && QUARTER.test(period) ? { period } : {}),
      rule: read.get('rule') === 'weighted' ? 'weighted' : 'default',
      weights,
    };
  }, [search]);
  const setChoices = (next: PriorityChoices) => {
    const write = new URLSearchParams();
    if (next.surveyId) {
      write.set('surveyId', next.surveyId);
    }
    if (next.period) {
      write.set('period', next.period);
    }
    if (next.rule === 'weighted') {
      write.set('rule', 'weighted');
      for (const { key } of WEIGHT_FIELDS) {
        write.set(key, String(next.weights[key]));
      }
    }
    setParams(write);
  };
  return [choices, setChoices];
}

/** The query of `GET /v1/priorities`: weights only with the weighted rule. */
export function priorityQuery(choices: PriorityChoices) {
  return {
    ...(choices.surveyId ? { surveyId: choices.surveyId } : {}),
    ...(choices.period ? { period: choices.period } : {}),
    rule: choices.rule,
    ...(choices.rule === 'weighted' ? choices.weights : {}),
  };
}
