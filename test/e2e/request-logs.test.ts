import { randomUUID } from 'node:crypto';
import { loadConfig } from '@app/config';
import type { Logger } from '@app/logging';
import { createLogger } from '@app/logging';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

interface LogLine {
  level: string;
  msg?: string;
  reqId?: string;
  req?: { id?: string; method?: string; url?: string; headers?: Record<string, string> };
  res?: { statusCode?: number };
}

/** The API's logger at LOG_LEVEL as the process would parse it, writing into an array. */
function capturedLogger(logLevel: string): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({
    service: 'api',
    level: loadConfig({ LOG_LEVEL: logLevel }).LOG_LEVEL,
    destination: { write: (line: string) => void lines.push(line) },
  });
  return { logger, lines };
}

const parsed = (lines: string[]): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);

/** The request line is written once the response has gone out: wait for it. */
async function requestLine(lines: string[], requestId: string): Promise<LogLine> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const line = parsed(lines).find(
      (entry) => entry.msg === 'request completed' && entry.reqId === requestId,
    );
    if (line) {
      return line;
    }
    if (Date.now() > deadline) {
      throw new Error(`no request line for ${requestId} in:\n${lines.join('')}`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// nestjs-pino keeps the first logger of a process for lines outside requests (boot lines): the
// LOG_LEVEL=warn stack starts first so its boot lines are checked too.
describe('API logs at LOG_LEVEL=warn', () => {
  const { logger, lines } = capturedLogger('warn');
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false, logger });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('keep refused requests and drop info lines (boot, answered requests)', async () => {
    const answered = `ok-${randomUUID()}`;
    const refused = `refused-${randomUUID()}`;
    expect(
      (await stack.http.get('/health', { headers: { 'x-request-id': answered } })).status,
    ).toBe(200);
    expect(
      (await stack.http.get('/v1/areas', { headers: { 'x-request-id': refused } })).status,
    ).toBe(401);

    const line = await requestLine(lines, refused);
    expect(line).toMatchObject({ level: 'warn', res: { statusCode: 401 } });
    expect(
      parsed(lines).filter((entry) => entry.level === 'info' || entry.level === 'debug'),
    ).toEqual([]);
    expect(parsed(lines).some((entry) => entry.reqId === answered)).toBe(false);
  });
});

describe('API logs at LOG_LEVEL=info', () => {
  const { logger, lines } = capturedLogger('info');
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false, logger });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('write a JSON line per request with its request id, and never the bearer token', async () => {
    const requestId = `logs-${randomUUID()}`;
    const token = stack.http.tokenFor(users.auditor.sub, users.auditor.roles);
    const answer = await stack.http.get('/v1/areas', {
      token,
      headers: { 'x-request-id': requestId, cookie: 'session=cookie-value-0123' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBe(requestId);

    const line = await requestLine(lines, requestId);
    expect(line).toMatchObject({
      level: 'info',
      reqId: requestId,
      req: { id: requestId, method: 'GET', url: '/v1/areas' },
      res: { statusCode: 200 },
    });
    expect(line.req?.headers?.authorization).toBe('[redacted]');
    const everything = lines.join('');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('cookie-value-0123');
  });

  it('gives a generated request id to a request without one, the same as the response header', async () => {
    const answer = await stack.http.get('/health');
    const requestId = answer.headers.get('x-request-id') ?? '';
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await requestLine(lines, requestId)).toMatchObject({ req: { url: '/health' } });
  });
});
