/** What went wrong, independent of transport; the API maps each code to one HTTP status. */
export enum ErrorCode {
  InvalidInput = 'invalid_input',
  NotFound = 'not_found',
  Conflict = 'conflict',
  Forbidden = 'forbidden',
  Unavailable = 'unavailable',
  /** An Idempotency-Key sent again with another body, route or caller than its first use. */
  IdempotencyKeyReused = 'idempotency_key_reused',
  /** Initiatives submitted that leave a root cause unaddressed, not accepted with a reason. */
  UncoveredCauses = 'uncovered_causes',
  /** A service account's key on a route where only a person decides. */
  ServiceAccountCannotDecide = 'service_account_cannot_decide',
  /** An edit made from a stale read: its If-Match names another version than the current one. */
  PreconditionFailed = 'precondition_failed',
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} ${id} does not exist`);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.InvalidInput, `${field}: ${message}`, [{ field, message }]);
  }

  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.Conflict, message);
  }

  static forbidden(message: string): DomainError {
    return new DomainError(ErrorCode.Forbidden, message);
  }
}
