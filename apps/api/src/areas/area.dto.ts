import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
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

/** An area's edit: its name; the kind stays (services' providers and consumers rest on it). */
export class UpdateAreaDto extends PartialType(PickType(CreateAreaDto, ['name'] as const), {
  skipNullProperties: false,
}) {}

export class AreaView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: AreaKind }) kind!: AreaKind;
  @ApiProperty({ minimum: 1, description: '1 when created, one more with each change.' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(area: AreaEntity): AreaView {
    return {
      id: area.id,
      name: area.name,
      kind: area.kind,
      version: area.version,
      createdAt: area.createdAt.toISOString(),
    };
  }
}
