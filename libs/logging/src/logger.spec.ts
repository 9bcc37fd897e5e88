import { loadConfig } from '@app/config';
import { createLogger } from './logger';

/** A logger at the configured LOG_LEVEL writing into an array, one parsed JSON object a line. */
function captured(env: Record<string, string> = {}) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = createLogger({
    service: 'test',
    level: loadConfig(env).LOG_LEVEL,
    destination: {
      write: (line: string) => {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  });
  return { logger, lines, raw };
}

describe('createLogger', () => {
  it('writes one JSON object a line with time, level word, service and message', () => {
    const { logger, lines } = captured();
    logger.info({ taskQueue: 'q' }, 'worker polling');
    expect(lines).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'info',
        service: 'test',
        taskQueue: 'q',
        msg: 'worker polling',
      },
    ]);
  });

  it('follows LOG_LEVEL: warn drops info and debug lines', () => {
    const { logger, lines } = captured({ LOG_LEVEL: 'warn' });
    logger.debug('debug line');
    logger.info('info line');
    logger.warn('warn line');
    logger.error('error line');
    expect(lines.map((line) => line.msg)).toEqual(['warn line', 'error line']);
  });

  it('writes debug lines at LOG_LEVEL=debug only', () => {
    const { logger, lines } = captured({ LOG_LEVEL: 'debug' });
    logger.debug('debug line');
    expect(lines.map((line) => line.level)).toEqual(['debug']);
  });

  it('redacts authorization, cookies and key, secret, password and token fields at any depth', () => {
    const { logger, raw } = captured();
    logger.info(
      {
        password: 'p4ssw0rd-top',
        settings: { jwtSecret: 'kept-name', secret: 's3cret-nested', key: 'k3y-nested' },
        req: {
          headers: {
            authorization: 'Bearer eyJ.token.here',
            cookie: 'session=c00kie',
            'user-agent': 'curl',
          },
        },
        res: { headers: { 'set-cookie': 'session=c00kie2' } },
        deep: { a: { b: { token: 't0ken-deep' } } },
      },
      'request completed',
    );
    const line = raw.join('');
    for (const secret of [
      'p4ssw0rd-top',
      's3cret-nested',
      'k3y-nested',
      'eyJ.token.here',
      'c00kie',
      't0ken-deep',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('"user-agent":"curl"');
    expect(line).toContain('"authorization":"[redacted]"');
  });
});
