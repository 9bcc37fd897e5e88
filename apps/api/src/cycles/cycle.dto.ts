import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CycleStage, CycleStatus, DEFAULT_CYCLE_POLICY, Role } from '@app/domain';
import type { CyclePolicy } from '@app/domain';
import { OptionalIsoDuration, UuidField } from '../validation/field-rules';
import { PageQuery } from '../validation/page.query';

export class CyclePolicyDto implements Partial<CyclePolicy> {
  @OptionalIsoDuration(DEFAULT_CYCLE_POLICY.approvalSla, 'How long a gate waits before a reminder.')
  approvalSla?: string;

  @OptionalIsoDuration(DEFAULT_CYCLE_POLICY.checkInEvery, 'How often monitoring checks in.')
  checkInEvery?: string;

  @OptionalIsoDuration(DEFAULT_CYCLE_POLICY.reEvaluateAfter, 'When monitoring is re-evaluated.')
  reEvaluateAfter?: string;

  @ApiPropertyOptional({ enum: Role, default: Role.Admin, description: 'Who escalations go to.' })
  @IsOptional()
  @IsEnum(Role)
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
  @IsUUID('all')
  serviceId?: string;
}

export class CycleStartedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
}
