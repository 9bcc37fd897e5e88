import type { CanActivate, ExecutionContext } from '@nestjs/common';
import {
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@app/domain';
import type { RequestWithUser } from './auth.decorators';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import { IdentityProviderUnavailable } from './identity-provider-keys';
import { InvalidTokenError, TokenVerifier } from './token-verifier.service';

/** Every route needs a valid bearer token unless marked @Public(); @Roles() narrows who may call. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const header = request.headers.authorization;
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) {
      throw new UnauthorizedException('A bearer token is required.');
    }
    try {
      request.user = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new UnauthorizedException(`The bearer token is not valid: ${error.message}.`);
      }
      if (error instanceof IdentityProviderUnavailable) {
        // The token may well be valid: a 503 the caller can retry, never a 401 or a 500.
        throw new ServiceUnavailableException(`${error.message}; retry shortly.`);
      }
      throw error;
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => request.user?.roles.includes(role))) {
      throw new ForbiddenException(`This action needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }
}
