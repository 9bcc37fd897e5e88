import { QueryFailedError } from 'typeorm';
import { isDatabaseOutage } from './database-outage';

const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('a database outage', () => {
  it.each([
    ['a server shutting down (57P01)', queryFailed(withCode('terminating connection', '57P01'))],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a broken connection (08006)', queryFailed(withCode('connection failure', '08006'))],
    ['a refused socket', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['refused on every address', new AggregateError([withCode('x', 'ECONNREFUSED')], 'all')],
  ])('is recognised from %s', (_name, error) => {
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed(withCode('duplicate key', '23505'))],
    ['bad text', queryFailed(withCode('invalid byte sequence', '22021'))],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error at all', 'oops'],
  ])('is not %s', (_name, error) => {
    expect(isDatabaseOutage(error)).toBe(false);
  });
});
