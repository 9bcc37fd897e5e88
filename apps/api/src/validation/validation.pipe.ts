import type { ArgumentMetadata } from '@nestjs/common';
import { ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { findUnstorableText } from '@app/domain';
import { RequestValidationError } from './request-validation.error';

/**
 * Refuses text PostgreSQL cannot store (NUL, other control characters, lone surrogate halves)
 * anywhere in a body, query or route parameter, keys included, before any DTO rule runs: such a
 * string is a 400 naming the field, never a 500 from the database or a command the workflow
 * cannot record.
 */
class StorableRequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      // A whole body or query that is a bare string is named after where it came from.
      const path = metadata.data ?? (typeof value === 'string' ? metadata.type : '');
      const problem = findUnstorableText(value, path);
      if (problem) {
        throw new RequestValidationError([problem]);
      }
    }
    return super.transform(value, metadata);
  }
}

/** The rules' options for every body: also what each row of a CSV import is checked with. */
export const REQUEST_VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
} as const satisfies ValidatorOptions;

/** Unknown fields are refused, not dropped; nothing is coerced behind the caller's back. */
export function createValidationPipe(): ValidationPipe {
  return new StorableRequestValidationPipe({
    ...REQUEST_VALIDATOR_OPTIONS,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => RequestValidationError.fromValidationErrors(errors),
  });
}
