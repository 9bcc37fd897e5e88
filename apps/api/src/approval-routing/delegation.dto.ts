import { ApiProperty } from '@nestjs/swagger';
import { IsDateString } from 'class-validator';
import { APPROVAL_POLICY_LIMITS as LIMITS } from '@app/domain';
import type { DelegationEntity } from '@app/persistence';
import { BoundedText, PersonIdField } from '../validation/field-rules';

export class CreateDelegationDto {
  @PersonIdField('Who decides in the caller’s place: a person id, another person than the caller.')
  delegateId!: string;

  @ApiProperty({ format: 'date-time', description: 'May be in the past: in force at once.' })
  @IsDateString({ strict: true })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'After `startsAt`, and not yet past.' })
  @IsDateString({ strict: true })
  endsAt!: string;

  @BoundedText(LIMITS.delegationReason)
  reason!: string;
}

export class DelegationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The manager who delegates.' }) delegatorId!: string;
  @ApiProperty() delegateId!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) revokedBy!: string | null;
  @ApiProperty({ description: 'In force now: started, not ended, not revoked.' })
  active!: boolean;

  static of(row: DelegationEntity, now: Date): DelegationView {
    return {
      id: row.id,
      delegatorId: row.delegatorId,
      delegateId: row.delegateId,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      reason: row.reason,
      createdAt: row.createdAt.toISOString(),
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revokedBy: row.revokedBy,
      active: !row.revokedAt && row.startsAt <= now && now < row.endsAt,
    };
  }
}
