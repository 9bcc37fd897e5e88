import { Injectable } from '@nestjs/common';
import { verify } from 'jsonwebtoken';
import type { Role } from '@app/domain';
import { ALL_ROLES } from '@app/domain';
import { ApiSettings } from '../platform/api-settings';
import type { AuthenticatedUser } from './authenticated-user';

export class InvalidTokenError extends Error {}

/** Verifies HS256 bearer tokens and reads the user they name. */
@Injectable()
export class TokenVerifier {
  constructor(private readonly settings: ApiSettings) {}

  verify(token: string): AuthenticatedUser {
    let claims: unknown;
    try {
      claims = verify(token, this.settings.jwtSecret, { algorithms: ['HS256'] });
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    if (typeof claims !== 'object' || claims === null) {
      throw new InvalidTokenError('token has no claims');
    }
    const { sub, name, roles } = claims as { sub?: unknown; name?: unknown; roles?: unknown };
    if (typeof sub !== 'string' || sub.length === 0) {
      throw new InvalidTokenError('token has no sub');
    }
    const known = Array.isArray(roles)
      ? roles.filter((role): role is Role => ALL_ROLES.includes(role as Role))
      : [];
    if (known.length === 0) {
      throw new InvalidTokenError('token grants no known role');
    }
    return { id: sub, ...(typeof name === 'string' ? { name } : {}), roles: known };
  }
}
