import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../common/app-exception';
import { TokensService, type AccessClaims } from './tokens.service';

type AuthedRequest = FastifyRequest & { citizen?: AccessClaims };

/** Every personal endpoint: a valid Bearer access token of a live session. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly tokens: TokensService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
    if (!match) throw AppException.unauthorized();
    request.citizen = await this.tokens.verifyAccess(match[1]!);
    return true;
  }
}

/** The signed-in citizen's id, set by AuthGuard. */
export const CitizenId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const citizen = ctx.switchToHttp().getRequest<AuthedRequest>().citizen;
  if (!citizen) throw AppException.unauthorized();
  return citizen.sub;
});
