import { Injectable } from '@nestjs/common';
import type { Capability, CapabilityGap, CapabilityRating, SelfTestResult } from '@app/domain';
import { CAPABILITIES, maturityGaps, scoreSelfTest } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { MaturityRepository } from '@app/persistence';

export interface AssessmentInput {
  name: string;
  ratings: CapabilityRating[];
}

export interface AssessmentResult {
  id: string;
  name: string;
  /** Largest gap first. */
  gaps: CapabilityGap[];
}

/** The maturity assessment: capability gaps against targets, and the four-question self-test. */
@Injectable()
export class MaturityService {
  constructor(private readonly assessments: MaturityRepository) {}

  capabilities(): readonly Capability[] {
    return CAPABILITIES;
  }

  /** Works out the assessment's gaps and records it on the catalog chain. */
  async assess(input: AssessmentInput, change: ChangeContext): Promise<AssessmentResult> {
    const ratings = input.ratings.map(({ capability, current, target }) => ({
      capability,
      current,
      target,
    }));
    const gaps = maturityGaps(ratings);
    const saved = await this.assessments.save(input.name, ratings, gaps, change);
    return { id: saved.id, name: saved.name, gaps };
  }

  selfTest(answers: string[]): SelfTestResult {
    return scoreSelfTest(answers);
  }
}
