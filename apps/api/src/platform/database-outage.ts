/**
 * SQLSTATE classes and socket errors of a database that is restarting or out of reach: 08
 * connection exception, 57P admin shutdown / cannot connect now, 53 insufficient resources.
 */
const OUTAGE_SQLSTATE_PREFIXES = ['08', '57P', '53'];
const OUTAGE_SOCKET_CODES = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'];
const OUTAGE_MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i];

/**
 * Whether `error` says the database is unavailable rather than that the request was wrong:
 * transient and no fault of the caller, so a 503 to retry, not a 500.
 */
export function isDatabaseOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    const { code, driverError } = current as { code?: unknown; driverError?: unknown };
    if (typeof code === 'string') {
      if (OUTAGE_SOCKET_CODES.includes(code)) {
        return true;
      }
      if (/^[0-9A-Z]{5}$/.test(code) && OUTAGE_SQLSTATE_PREFIXES.some((p) => code.startsWith(p))) {
        return true;
      }
    }
    if (
      OUTAGE_MESSAGES.some((pattern) =>
        pattern.test(current instanceof Error ? current.message : ''),
      )
    ) {
      return true;
    }
    if (
      current instanceof AggregateError &&
      current.errors.some((inner) => isDatabaseOutage(inner))
    ) {
      return true;
    }
    current = driverError ?? current.cause;
  }
  return false;
}
