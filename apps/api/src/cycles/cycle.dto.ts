import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  CycleStage,
  CycleStatus,
  DEFAULT_CYCLE_POLICY,
  DEFAULT_POLICY_MINIMUM,
  ESCALATION_ROLES,
  POLICY_MAXIMUM,
  Role,
} from '@app/domain';
import type { CyclePolicy } from '@app/domain';
import { OptionalIsoDuration, UuidField } from '../validation/field-rules';
import { lowerCaseIds } from '../validation/id.param';
import { PageQuery } from '../validation/page.query';

/** The bounds every policy clock is held to, in words for the OpenAPI document. */
const bounds = (field: keyof typeof POLICY_MAXIMUM): string =>
  ` From CYCLE_POLICY_MIN (${DEFAULT_POLICY_MINIMUM} unless configured) to ${POLICY_MAXIMUM[field]}; outside: 400.`;

export class CyclePolicyDto implements Partial<CyclePolicy> {
  @OptionalIsoDuration(
    DEFAULT_CYCLE_POLICY.approvalSla,
    `How long a gate waits before a reminder.${bounds('approvalSla')}`,
  )
  approvalSla?: string;

  @OptionalIsoDuration(
    DEFAULT_CYCLE_POLICY.checkInEvery,
    `How often monitoring checks in.${bounds('checkInEvery')}`,
  )
  checkInEvery?: string;

  @OptionalIsoDuration(
    DEFAULT_CYCLE_POLICY.reEvaluateAfter,
    `When monitoring is re-evaluated.${bounds('reEvaluateAfter')}`,
  )
  reEvaluateAfter?: string;

  @ApiPropertyOptional({
    enum: ESCALATION_ROLES,
    default: Role.Admin,
    description: 'Who escalations go to: someone who can act on a waiting gate.',
  })
  @IsOptional()
  @IsIn(ESCALATION_ROLES, { message: `escalateTo must be one of ${ESCALATION_ROLES.join(', ')}` })
  escalateTo?: Role;
}

export class StartCycleDto {
  @UuidField('The internal service to improve.')
  serviceId!: string;

  @ApiPropertyOptional({ type: CyclePolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CyclePolicyDto)
  policy?: CyclePolicyDto;
}

export class CycleListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CycleStage })
  @IsOptional()
  @IsEnum(CycleStage)
  stage?: CycleStage;

  @ApiPropertyOptional({ enum: CycleStatus })
  @IsOptional()
  @IsEnum(CycleStatus)
  status?: CycleStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Transform(lowerCaseIds)
  @IsUUID('all')
  serviceId?: string;

  @ApiPropertyOptional({
    enum: ['oldest', 'newest'],
    default: 'oldest',
    description: 'Oldest started first (the default), or newest first.',
  })
  @IsOptional()
  @IsIn(['oldest', 'newest'])
  order?: 'oldest' | 'newest';
}

export class CycleStartedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
}
