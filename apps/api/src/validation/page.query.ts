import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import type { PageRequest } from '@app/persistence';
import { isCursor } from '@app/persistence';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** A cursor this API issued; a tampered one is the caller's mistake (400), never a failed query. */
export function IsListCursor(): PropertyDecorator {
  return ValidateBy({
    name: 'isListCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCursor(value),
      defaultMessage: () =>
        'cursor is not a cursor this API returned; pass the nextCursor of the previous page',
    },
  });
}

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'The nextCursor of the previous page; any other value answers 400.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsListCursor()
  cursor?: string;

  toPageRequest(): PageRequest {
    return {
      limit: this.limit ?? DEFAULT_PAGE_SIZE,
      ...(this.cursor ? { cursor: this.cursor } : {}),
    };
  }
}

export interface ListResponse<T> {
  items: T[];
  nextCursor: string | null;
}
