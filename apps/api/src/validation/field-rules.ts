import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ValidationOptions } from 'class-validator';
import {
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  registerDecorator,
} from 'class-validator';
import { isIsoDuration } from '@app/domain';

/** A required, trimmed-meaningful string of at most `max` characters. */
export function BoundedText(max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, maxLength: max, description }),
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
  );
}

export function OptionalBoundedText(max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, description }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );
}

export function UuidField(description?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ type: String, format: 'uuid', description }), IsUUID('all'));
}

function IsIsoDurationText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIsoDuration',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an ISO 8601 duration such as P5D or PT2S`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDuration(value),
      },
    });
}

export function OptionalIsoDuration(example: string, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, example, description }),
    IsOptional(),
    IsString(),
    MaxLength(40),
    IsIsoDurationText(),
  );
}
