import type { CanActivate, ExecutionContext } from '@nestjs/common';
import {
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import { OwnedInitiativeRepository } from '@app/persistence';
import type { Role } from '@app/domain';
import { DomainError, ErrorCode, isServiceAccountId } from '@app/domain';
import type { RequestWithUser } from './auth.decorators';
import type { AuthenticatedUser } from './authenticated-user';
import {
  INITIATIVE_OWNER_MAY,
  PEOPLE_DECIDE,
  PUBLIC_ROUTE,
  REQUIRED_ROLES,
  SIGNED_IN_PERSONS,
} from './auth.decorators';
import { PeopleService } from '../people/people.service';
import {
  SERVICE_ACCOUNT_KEY_PREFIX,
  ServiceAccountsService,
} from '../service-accounts/service-accounts.service';
import { IdentityProviderUnavailable } from './identity-provider-keys';
import { InvalidTokenError, TokenVerifier } from './token-verifier.service';

/** Every route needs a valid bearer token unless marked @Public(); @Roles() narrows who may call. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly people: PeopleService,
    private readonly serviceAccounts: ServiceAccountsService,
    private readonly initiatives: OwnedInitiativeRepository,
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
    const credential = match[1];
    if (credential.startsWith(SERVICE_ACCOUNT_KEY_PREFIX)) {
      request.user = await this.serviceAccounts.authenticate(credential);
      if (!request.user) {
        throw new UnauthorizedException(
          'The service account key is not valid: unknown or revoked.',
        );
      }
    } else {
      request.user = await this.person(credential);
      // Who signed in is kept up to date as they use the product (their roles included).
      await this.people.noteSignIn(request.user);
    }
    if (
      this.reflector.getAllAndOverride<boolean>(PEOPLE_DECIDE, targets) &&
      isServiceAccountId(request.user.id)
    ) {
      // Four eyes compare ids: a key an admin made must not approve what that admin submitted.
      throw new DomainError(
        ErrorCode.ServiceAccountCannotDecide,
        'Service accounts never decide: a person signed in with their own token decides gates, roadmap changes and re-evaluations, and re-evaluates or cancels a cycle.',
      );
    }
    if (
      this.reflector.getAllAndOverride<boolean>(INITIATIVE_OWNER_MAY, targets) &&
      (await this.ownsNamedInitiative(request))
    ) {
      return true;
    }
    if (
      request.user.roles.length === 0 &&
      !this.reflector.getAllAndOverride<boolean>(SIGNED_IN_PERSONS, targets)
    ) {
      throw new ForbiddenException(
        'This action needs a product role; without one, only your own profile and initiatives.',
      );
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => request.user?.roles.includes(role))) {
      throw new ForbiddenException(`This action needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }

  /** Whether the caller owns the initiative the route's path names. */
  private async ownsNamedInitiative(request: RequestWithUser): Promise<boolean> {
    const { id, initiativeId } = (request.params ?? {}) as Record<string, string | undefined>;
    // Guards run before validation: ids that are no UUIDs own nothing (and reach no query).
    if (!request.user || !isUUID(id ?? '') || !isUUID(initiativeId ?? '')) {
      return false;
    }
    return this.initiatives.owns(
      request.user.id,
      (id as string).toLowerCase(),
      (initiativeId as string).toLowerCase(),
    );
  }

  /** The person a bearer token names, or the 401 or 503 that says why not. */
  private async person(token: string): Promise<AuthenticatedUser> {
    try {
      return await this.verifier.verify(token);
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
  }
}
