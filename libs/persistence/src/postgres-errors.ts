import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes the repositories turn into domain answers. */
export enum PgErrorCode {
  UniqueViolation = '23505',
  ForeignKeyViolation = '23503',
  CheckViolation = '23514',
}

export function violatedConstraint(error: unknown, code: PgErrorCode): string | undefined {
  if (!(error instanceof QueryFailedError)) {
    return undefined;
  }
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === code ? (driverError.constraint ?? '') : undefined;
}
