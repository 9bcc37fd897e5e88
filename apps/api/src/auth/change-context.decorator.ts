import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator } from '@nestjs/common';
import type { ChangeContext } from '@app/persistence';
import type { RequestWithUser } from './auth.decorators';

/** Who makes this change and in which request: what every audit event records. */
export const Change = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ChangeContext => {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    if (!request.user) {
      throw new Error('Change used on a route without authentication');
    }
    return { actor: { id: request.user.id, roles: request.user.roles }, requestId: request.id };
  },
);
