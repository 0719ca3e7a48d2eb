import { createParamDecorator, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { findDepartment, type StaffRole } from '@portal/shared';
import type { FastifyRequest } from 'fastify';
import type { Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { StaffAccountEntity } from './staff-account.entity';
import type { AuditOrigin, StaffPrincipal } from './staff-principal';
import { StaffTokensService } from './staff-tokens.service';

type StaffRequest = FastifyRequest & { staff?: StaffPrincipal };

const ROLES = 'portal:staff-roles';

/** Only staff with one of these roles (checked by StaffGuard after the token). */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

/** Every staff endpoint: a valid staff access token of a live sign-in, and the role the route asks for. */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    private readonly tokens: StaffTokensService,
    private readonly reflector: Reflector,
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
    if (!match) throw AppException.unauthorized();
    const { staffId, sessionId } = await this.tokens.verify(match[1]!);
    const account = await this.accounts.findOneBy({ id: staffId });
    const department = account ? findDepartment(account.departmentId) : undefined;
    if (!account || !department) throw AppException.unauthorized('SESSION_EXPIRED');
    request.staff = {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      departmentId: account.departmentId,
      city: department.city,
      sessionId,
    };
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (roles && !roles.includes(account.role)) {
      throw new AppException(403, 'FORBIDDEN', `Only a department's ${roles.join(' or ')} can do this.`);
    }
    return true;
  }
}

/** The signed-in staff member, set by StaffGuard. */
export const StaffMember = createParamDecorator((_data: unknown, ctx: ExecutionContext): StaffPrincipal => {
  const staff = ctx.switchToHttp().getRequest<StaffRequest>().staff;
  if (!staff) throw AppException.unauthorized();
  return staff;
});

/** The request id and client address, for the audit log. */
export const Origin = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuditOrigin => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  return { requestId: String(request.id), clientIp: request.ip ?? null };
});
