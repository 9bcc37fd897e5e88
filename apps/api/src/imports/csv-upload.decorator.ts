import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CsvBody } from './csv-body.parser';

/**
 * The route's `text/csv` body as a stream ({@link CsvBody}); 415 for anything else (JSON, no
 * body). A custom parameter: the validation pipe leaves it alone.
 */
export const CsvUpload = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const body: unknown = context.switchToHttp().getRequest<FastifyRequest>().body;
  if (!(body instanceof CsvBody)) {
    throw new HttpException(
      'Send the rows as CSV, with content-type text/csv.',
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    );
  }
  return body;
});
