import { ErrorCode } from '@app/domain';
import { statusForErrorCode } from './problem-details.filter';

describe('statusForErrorCode', () => {
  it('maps every domain error code to the status the contract names', () => {
    expect(Object.values(ErrorCode).map((code) => [code, statusForErrorCode(code)])).toEqual([
      [ErrorCode.InvalidInput, 400],
      [ErrorCode.NotFound, 404],
      [ErrorCode.Conflict, 409],
      [ErrorCode.Forbidden, 403],
      [ErrorCode.Unavailable, 503],
    ]);
  });
});
