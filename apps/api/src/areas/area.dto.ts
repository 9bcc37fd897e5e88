import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { AreaKind, CATALOG_LIMITS } from '@app/domain';
import type { AreaEntity } from '@app/persistence';
import { BoundedText } from '../validation/field-rules';

export class CreateAreaDto {
  @BoundedText(CATALOG_LIMITS.name)
  name!: string;

  @ApiProperty({
    enum: AreaKind,
    description: 'front faces end customers; back provides internal services',
  })
  @IsEnum(AreaKind)
  kind!: AreaKind;
}

export class AreaView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: AreaKind }) kind!: AreaKind;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(area: AreaEntity): AreaView {
    return {
      id: area.id,
      name: area.name,
      kind: area.kind,
      createdAt: area.createdAt.toISOString(),
    };
  }
}
