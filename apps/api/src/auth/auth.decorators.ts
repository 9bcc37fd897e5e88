import type { ExecutionContext } from '@nestjs/common';
import { applyDecorators, createParamDecorator, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@app/domain';
import type { AuthenticatedUser } from './authenticated-user';

export const PUBLIC_ROUTE = 'auth:public';
export const REQUIRED_ROLES = 'auth:roles';

/** Open to anyone: health, metrics and docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

export const SIGNED_IN_PERSONS = 'auth:signed-in-persons';

/**
 * Open to any signed-in person, one without a product role included (their own profile and
 * work). Every other route needs a product role: 403 without one.
 */
export const SignedInPersons = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(SIGNED_IN_PERSONS, true), ApiExtension('x-signed-in-persons', true));

export const INITIATIVE_OWNER_MAY = 'auth:initiative-owner-may';

/**
 * The owner of the initiative the route names (`:id` the cycle, `:initiativeId`) may call it
 * whatever their roles; anyone else needs the route's roles.
 */
export const InitiativeOwnerMay = (): MethodDecorator & ClassDecorator =>
  SetMetadata(INITIATIVE_OWNER_MAY, true);

export const PEOPLE_DECIDE = 'auth:people-decide';

/**
 * Only a person may call it (a decision, or ending a stage early): a service account's key
 * answers 403 with the problem type `/problems/service-account-cannot-decide`, whatever its roles.
 */
export const PeopleDecide = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(PEOPLE_DECIDE, true), ApiExtension('x-people-decide', true));

/** The caller must hold one of these roles; the OpenAPI document lists them as `x-roles`. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension('x-roles', roles));

export type RequestWithUser = FastifyRequest & { user?: AuthenticatedUser };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<RequestWithUser>().user;
    if (!user) {
      throw new Error('CurrentUser used on a route without authentication');
    }
    return user;
  },
);
