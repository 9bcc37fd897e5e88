import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { Role } from '@app/domain';
import type { KnownPerson } from '@app/persistence';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../validation/page.query';

/** People are listed by id: a cursor names the last id of the page before. */
const CURSOR_TAG = 'person';

export function personCursor(lastId: string): string {
  return Buffer.from(JSON.stringify([CURSOR_TAG, lastId])).toString('base64url');
}

/** The id a person cursor names, or undefined for anything this API did not issue. */
export function lastIdOf(cursor: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed[0] === CURSOR_TAG &&
      typeof parsed[1] === 'string'
      ? parsed[1]
      : undefined;
  } catch {
    return undefined;
  }
}

export class PeopleQuery {
  @ApiPropertyOptional({ enum: Role, description: 'Only people whose latest token carried it.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 200,
    description: 'A case-insensitive part of the id, name or email.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    maxLength: 400,
    description: 'The nextCursor of the previous page; any other value answers 400.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @ValidateBy({
    name: 'isPersonCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && lastIdOf(value) !== undefined,
      defaultMessage: () =>
        'cursor is not a cursor this API returned; pass the nextCursor of the previous page',
    },
  })
  cursor?: string;
}

export class KnownPersonView {
  @ApiProperty({ description: 'The `sub` of their tokens.' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email!: string | null;
  @ApiProperty({
    enum: Role,
    isArray: true,
    description: 'The product roles of their latest token; none before they first sign in.',
  })
  roles!: Role[];
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When they last signed in; null: never (an admin entered them).',
  })
  lastSeenAt!: string | null;

  static of(person: KnownPerson): KnownPersonView {
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      roles: person.roles as Role[],
      lastSeenAt: person.lastSeenAt?.toISOString() ?? null,
    };
  }
}
