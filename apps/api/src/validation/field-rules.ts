import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import type { ValidationOptions } from 'class-validator';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  buildMessage,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  registerDecorator,
  ValidateBy,
} from 'class-validator';
import { isIsoDuration, PERSON_ID_MAX_LENGTH, personIdProblem } from '@app/domain';

/**
 * At most `max` UTF-16 code units (`String#length`): the count the workflow's validators use, and
 * never fewer than PostgreSQL's characters, so text that passes fits its varchar(n) column.
 * class-validator's MaxLength counts a surrogate pair, or a character and its variation selector,
 * as one: 150 x "a\uFE0F" passed a limit of 200 and failed the insert with a 500.
 */
export function MaxTextLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxTextLength',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length <= max,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be at most ${max} characters (an emoji counts as two)`,
          options,
        ),
      },
    },
    options,
  );
}

/** A required, trimmed-meaningful string of at most `max` characters. */
export function BoundedText(max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, maxLength: max, description }),
    IsString(),
    IsNotEmpty(),
    MaxTextLength(max),
  );
}

export function OptionalBoundedText(max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, description }),
    IsOptional(),
    IsString(),
    MaxTextLength(max),
  );
}

/** A person's id (a token's `sub`), under the same rule the workflow applies. */
export function PersonIdField(description?: string, optional = false): PropertyDecorator {
  const schema = { type: String, minLength: 1, maxLength: PERSON_ID_MAX_LENGTH, description };
  return applyDecorators(
    ...(optional ? [ApiPropertyOptional(schema), IsOptional()] : [ApiProperty(schema)]),
    IsString(),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isPersonId',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: ({ value }) =>
            `${String(propertyName)}: ${personIdProblem(value) ?? 'not a person id'}`,
        },
        validator: { validate: (value: unknown) => personIdProblem(value) === undefined },
      }),
  );
}

/** A list of distinct person ids, each under the rule of `PersonIdField`. */
export function PersonIdListField(
  sizes: { min: number; max: number },
  description?: string,
): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      type: String,
      isArray: true,
      minItems: sizes.min,
      maxItems: sizes.max,
      uniqueItems: true,
      description,
    }),
    IsArray(),
    ArrayMinSize(sizes.min),
    ArrayMaxSize(sizes.max),
    ArrayUnique(),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isPersonIdList',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: ({ value }) => {
            if (!Array.isArray(value)) {
              return `${String(propertyName)} must be a list of person ids`;
            }
            const problems = value.map((id: unknown) => personIdProblem(id));
            const index = problems.findIndex((problem) => problem !== undefined);
            return `${String(propertyName)}[${index}]: ${problems[index] ?? 'not a person id'}`;
          },
        },
        validator: {
          validate: (value: unknown) =>
            Array.isArray(value) && value.every((id) => personIdProblem(id) === undefined),
        },
      }),
  );
}

export function UuidField(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, format: 'uuid', description }),
    // Workflow ids and audit chains are case-sensitive: one id, one spelling.
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.toLowerCase() : value,
    ),
    IsUUID('all'),
  );
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
