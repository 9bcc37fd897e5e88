import type { FastifyInstance } from 'fastify';
import { DomainError } from '@app/domain';

/**
 * The deepest a JSON body may nest objects and arrays (the body itself is level 1). No body of
 * this API needs more than a few levels; a deeper one is refused before anything walks it.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `value` nests objects or arrays deeper than `limit`: walked with a stack of its own,
 * never by recursion, so a body nested 10,000 deep is measured, not a stack overflow.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    if (node === null || typeof node !== 'object') {
      continue;
    }
    if (depth > limit) {
      return true;
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') {
        pending.push({ node: child, depth: depth + 1 });
      }
    }
  }
  return false;
}

/**
 * Parses `application/json` bodies as Fastify does (prototype poisoning refused), then measures
 * their depth right away: past {@link MAX_JSON_DEPTH}, a 400 before validation, canonical JSON or
 * the text rules (all recursive) see the body. Registered instead of Nest's parser (bodyParser:
 * false); `bodyLimit` is HTTP_BODY_LIMIT.
 */
export function registerJsonBodyParser(fastify: FastifyInstance, bodyLimit: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (request, text, done) => {
      void parse(request, text.toString(), (error, body: unknown) => {
        if (error) {
          done(error, undefined);
        } else if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
          done(
            DomainError.invalid(
              'body',
              `nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels; no request needs that many`,
            ),
            undefined,
          );
        } else {
          done(null, body);
        }
      });
    },
  );
}
