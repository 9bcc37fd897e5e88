import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum } from 'class-validator';
import { ALL_ROLES, CATALOG_LIMITS, Role, serviceAccountActorId } from '@app/domain';
import type { ServiceAccountEntity } from '@app/persistence';
import { BoundedText } from '../validation/field-rules';

export class CreateServiceAccountDto {
  @BoundedText(CATALOG_LIMITS.name)
  name!: string;

  @ApiProperty({ enum: Role, isArray: true, minItems: 1, maxItems: ALL_ROLES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ALL_ROLES.length)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

export class ServiceAccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
  @ApiProperty({ description: 'Who acts with its key: the actor id on the audit trail.' })
  actorId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;

  static of(account: ServiceAccountEntity): ServiceAccountView {
    return {
      id: account.id,
      name: account.name,
      roles: account.roles as Role[],
      actorId: serviceAccountActorId(account.id),
      createdAt: account.createdAt.toISOString(),
      lastUsedAt: account.lastUsedAt?.toISOString() ?? null,
      revokedAt: account.revokedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedServiceAccountView extends ServiceAccountView {
  @ApiProperty({ description: 'The key, prefixed `ica_`: shown this once, kept only as a hash.' })
  key!: string;
}
