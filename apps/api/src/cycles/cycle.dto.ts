import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CycleStage, CycleStatus, DEFAULT_CYCLE_POLICY } from '@app/domain';
import type { CyclePolicy } from '@app/domain';
import type { CycleEntity } from '@app/persistence';
import { OptionalIsoDuration, UuidField } from '../validation/field-rules';
import { PageQuery } from '../validation/page.query';

export class CyclePolicyDto implements Partial<CyclePolicy> {
  @OptionalIsoDuration(DEFAULT_CYCLE_POLICY.approvalSla, 'How long a gate waits before a reminder.')
  approvalSla?: string;

  @OptionalIsoDuration(DEFAULT_CYCLE_POLICY.checkInEvery, 'How often monitoring checks in.')
  checkInEvery?: string;

  @OptionalIsoDuration(DEFAULT_CYCLE_POLICY.reEvaluateAfter, 'When monitoring is re-evaluated.')
  reEvaluateAfter?: string;
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
  @IsUUID('all')
  serviceId?: string;
}

export class CycleStartedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
}

export class CyclePolicyView implements CyclePolicy {
  @ApiProperty() approvalSla!: string;
  @ApiProperty() checkInEvery!: string;
  @ApiProperty() reEvaluateAfter!: string;
}

export class CycleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
  @ApiProperty({ type: CyclePolicyView }) policy!: CyclePolicy;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousCycleId!: string | null;
  @ApiProperty() startedBy!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static of(cycle: CycleEntity): CycleView {
    return {
      id: cycle.id,
      workflowId: cycle.workflowId,
      serviceId: cycle.serviceId,
      stage: cycle.stage,
      status: cycle.status,
      policy: cycle.policy,
      previousCycleId: cycle.previousCycleId,
      startedBy: cycle.startedBy,
      startedAt: cycle.startedAt.toISOString(),
      updatedAt: cycle.updatedAt.toISOString(),
    };
  }
}
