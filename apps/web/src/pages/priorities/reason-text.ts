import type { Schemas } from '../../api/client';
import { formatNumber, formatPercent } from '../../components/format';

type Reason = Schemas['PriorityReasonView'];

const CRITERION_LABELS: Record<string, string> = {
  mean_score: 'Mean score',
  end_customers: 'End customers',
  rework_rate: 'Rework rate',
  touchpoints: 'Touchpoints',
  standard_compliance: 'Standard compliance',
  strategy_impact: 'Strategy impact',
  customers: 'Customers involved',
  margins: 'Margins involved',
  ease: 'Ease of transformation',
};

/** Shares (0..1) read as percents; everything else as a number. */
const PERCENT_CRITERIA = new Set(['rework_rate', 'standard_compliance']);

export function criterionLabel(criterion: string): string {
  return CRITERION_LABELS[criterion] ?? criterion.replaceAll('_', ' ');
}

export function criterionValue(reason: Reason | undefined): string {
  if (!reason) {
    return '—';
  }
  return PERCENT_CRITERIA.has(reason.criterion)
    ? formatPercent(reason.value)
    : formatNumber(reason.value, 3);
}

/** One reason as a sentence: its value, its note, and under the weighted rule what it adds. */
export function reasonText(reason: Reason): string {
  const parts = [`${criterionLabel(reason.criterion)}: ${criterionValue(reason)}`];
  if (reason.weight !== undefined) {
    parts.push(
      `weight ${formatNumber(reason.weight)}, adds ${formatNumber(reason.contribution ?? 0, 4)}`,
    );
  }
  if (reason.note) {
    parts.push(reason.note);
  }
  return parts.join('; ');
}

/** The reason for `criterion`, where the weighted rule's criteria carry their rated value. */
export function reasonFor(item: Schemas['RankedServiceView'], criterion: string) {
  return item.reasons.find((reason) => reason.criterion === criterion);
}
