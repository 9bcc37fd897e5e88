import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { APPROVAL_POLICY_LIMITS as LIMITS } from '@app/domain';
import type { ApprovalPolicyEntity } from '@app/persistence';
import { PersonIdListField } from '../validation/field-rules';

export class ApprovalPolicyDto {
  @PersonIdListField(
    { min: 1, max: LIMITS.maxApprovers },
    'Who decides the service’s gates: person ids (the `sub` of their tokens), each known already.',
  )
  approvers!: string[];

  @ApiProperty({
    minimum: 1,
    maximum: LIMITS.maxApprovers,
    description: 'How many distinct approvers must approve; at most the number of approvers.',
  })
  @IsInt()
  @Min(1)
  @Max(LIMITS.maxApprovers)
  quorum!: number;

  @PersonIdListField(
    { min: 0, max: LIMITS.maxEscalateTo },
    'Who an overdue wait escalates to; empty: the role in the cycle’s policy, as without one.',
  )
  escalateTo!: string[];
}

export class ApprovalPolicyView {
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Counts from 1; null: the service has no policy (any manager decides, alone).',
  })
  version!: number | null;
  @ApiProperty({ type: String, isArray: true }) approvers!: string[];
  @ApiProperty({ minimum: 1 }) quorum!: number;
  @ApiProperty({ type: String, isArray: true }) escalateTo!: string[];
  @ApiProperty({ type: String, nullable: true }) setBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) setAt!: string | null;

  static of(serviceId: string, policy: ApprovalPolicyEntity | null): ApprovalPolicyView {
    return {
      serviceId,
      version: policy?.version ?? null,
      approvers: policy?.approvers ?? [],
      quorum: policy?.quorum ?? 1,
      escalateTo: policy?.escalateTo ?? [],
      setBy: policy?.setBy ?? null,
      setAt: policy?.setAt.toISOString() ?? null,
    };
  }
}
