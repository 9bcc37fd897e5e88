import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATE classes no retry can fix: the same statement with the same data fails the same way.
 * 22 data exception (encoding, value too long), 23 integrity constraint, 42 syntax or access
 * rule, 54 program limit exceeded. Connection and server-state errors (08, 53, 57) stay
 * retryable: they pass once the database is back.
 */
const PERMANENT_SQLSTATE_CLASSES = ['22', '23', '42', '54'];

/** Whether `error` is a database refusal that retrying cannot change. */
export function isPermanentDatabaseFailure(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) {
    return false;
  }
  const code = (error.driverError as { code?: unknown }).code;
  return typeof code === 'string' && PERMANENT_SQLSTATE_CLASSES.includes(code.slice(0, 2));
}
