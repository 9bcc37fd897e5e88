import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE } from './problem-details';

const DETAILS: Record<string, string> = {
  FST_ERR_BAD_URL:
    'The path is not valid: a percent-encoded sequence in it is not UTF-8 (e.g. %C0%80 or %ED%A0%80).',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is too long.',
};

/**
 * Errors Fastify's router raises before any route runs (a path that does not decode, a path
 * parameter past its length): a 400 problem like every other bad input, not Fastify's own JSON.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const body = {
    ...problem(400, DETAILS[error.code] ?? 'The request is not valid.'),
    instance: request.url,
    requestId: request.id,
  };
  void reply.status(400).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}
