import { Injectable } from '@nestjs/common';
import type { Capability, CapabilityGap, CapabilityRating, SelfTestResult } from '@app/domain';
import { CAPABILITIES, DomainError, maturityGaps, scoreSelfTest } from '@app/domain';
import type { ChangeContext, MaturityAssessmentEntity, Page, PageRequest } from '@app/persistence';
import { MaturityRepository } from '@app/persistence';

export interface AssessmentInput {
  name: string;
  ratings: CapabilityRating[];
}

export interface AssessmentResult {
  id: string;
  name: string;
  ratings: CapabilityRating[];
  /** Largest gap first. */
  gaps: CapabilityGap[];
  createdAt: string;
}

function resultOf(assessment: MaturityAssessmentEntity): AssessmentResult {
  const { id, name, ratings, gaps } = assessment;
  return { id, name, ratings, gaps, createdAt: assessment.createdAt.toISOString() };
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
    return resultOf(await this.assessments.save(input.name, ratings, gaps, change));
  }

  async list(page: PageRequest): Promise<Page<AssessmentResult>> {
    const found = await this.assessments.list(page);
    return { items: found.items.map(resultOf), nextCursor: found.nextCursor };
  }

  async get(id: string): Promise<AssessmentResult> {
    const assessment = await this.assessments.findById(id);
    if (!assessment) {
      throw DomainError.notFound('maturity assessment', id);
    }
    return resultOf(assessment);
  }

  selfTest(answers: string[]): SelfTestResult {
    return scoreSelfTest(answers);
  }
}
