import type { FieldProblem } from '@app/domain';
import { ErrorCode } from '@app/domain';

/** RFC 9457 problem details, the body of every error answer. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errorId?: string;
  errors?: FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  status: number,
  detail: string,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails {
  const title = TITLES[status] ?? 'Error';
  return {
    type: `https://httpstatuses.io/${status}`,
    title,
    status,
    detail,
    ...extra,
  };
}

/**
 * The problem types the contract names, for errors more specific than their status; a relative
 * URI (RFC 9457 §3.1.1), so `type` ends in the name clients match on.
 */
const PROBLEM_TYPES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.IdempotencyKeyReused]: '/problems/idempotency-key-reused',
  [ErrorCode.UncoveredCauses]: '/problems/uncovered-causes',
  [ErrorCode.ServiceAccountCannotDecide]: '/problems/service-account-cannot-decide',
};

/** `{ type }` for a code with a problem type of its own; nothing for the others. */
export function problemTypeOf(code: ErrorCode): Partial<Pick<ProblemDetails, 'type'>> {
  const type = PROBLEM_TYPES[code];
  return type ? { type } : {};
}
