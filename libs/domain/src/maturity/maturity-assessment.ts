import { DomainError } from '../errors/domain-error';
import type { CapabilityCategory, MaturityLevel } from './capabilities';
import { CAPABILITIES, MATURITY_LEVELS } from './capabilities';

export interface CapabilityRating {
  capability: string;
  current: number;
  target: number;
}

export interface CapabilityGap {
  capability: string;
  category: CapabilityCategory;
  current: MaturityLevel;
  target: MaturityLevel;
  size: number;
}

const ORDER = new Map(CAPABILITIES.map((capability, index) => [capability.id, index]));

/**
 * The gaps of an assessment: every capability rated below its target, largest gap first, then in
 * the catalogue's order. Unknown or repeated capabilities and levels outside 1..4 are refused.
 */
export function maturityGaps(ratings: CapabilityRating[]): CapabilityGap[] {
  const seen = new Set<string>();
  ratings.forEach((rating, index) => {
    if (!ORDER.has(rating.capability)) {
      throw DomainError.invalid(
        `ratings.${index}.capability`,
        `${rating.capability} is not one of the 25 capabilities`,
      );
    }
    if (seen.has(rating.capability)) {
      throw DomainError.invalid(
        `ratings.${index}.capability`,
        `${rating.capability} is rated twice`,
      );
    }
    seen.add(rating.capability);
    for (const field of ['current', 'target'] as const) {
      if (!MATURITY_LEVELS.includes(rating[field] as MaturityLevel)) {
        throw DomainError.invalid(`ratings.${index}.${field}`, 'must be a level from 1 to 4');
      }
    }
  });
  return ratings
    .filter((rating) => rating.current < rating.target)
    .map((rating) => ({
      capability: rating.capability,
      category: CAPABILITIES[ORDER.get(rating.capability) ?? 0]?.category as CapabilityCategory,
      current: rating.current as MaturityLevel,
      target: rating.target as MaturityLevel,
      size: rating.target - rating.current,
    }))
    .sort(
      (a, b) => b.size - a.size || (ORDER.get(a.capability) ?? 0) - (ORDER.get(b.capability) ?? 0),
    );
}
