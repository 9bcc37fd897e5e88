import { ApiProperty } from '@nestjs/swagger';
import type { TransformFnParams } from 'class-transformer';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';

/**
 * UUIDs are case-insensitive but workflow ids and audit chain names are plain strings: every id
 * that comes in is lower-cased before use. Arrays of ids are lower-cased element by element.
 */
export function lowerCaseIds({ value }: TransformFnParams): unknown {
  if (typeof value === 'string') {
    return value.toLowerCase();
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (typeof item === 'string' ? item.toLowerCase() : item));
  }
  return value;
}

export class IdParam {
  @ApiProperty({ format: 'uuid' })
  @Transform(lowerCaseIds)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
