import { ApiServiceUnavailableResponse } from '@nestjs/swagger';

/** The 503 of a command the cycle's workflow must confirm (a Temporal Update). */
export const ApiCommandUnavailableResponse = (): MethodDecorator & ClassDecorator =>
  ApiServiceUnavailableResponse({
    description:
      'The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome.',
  });
