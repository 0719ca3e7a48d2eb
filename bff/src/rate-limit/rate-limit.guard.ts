import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { normalizeMobilePhone } from '@portal/shared';
import type { FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppException } from '../common/app-exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RATE_LIMITS, type RateLimitRule } from './rate-limit.decorator';

/**
 * Counts requests per rule with rate-limiter-flexible. In-process counters by default; the same
 * library's Redis limiter takes their place for several BFF instances.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rules = this.reflector.get<RateLimitRule[] | undefined>(RATE_LIMITS, context.getHandler()) ?? [];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    for (const rule of rules) {
      try {
        await this.limiter(rule).consume(this.subject(rule, request));
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw AppException.rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw rejection;
      }
    }
    return true;
  }

  private limiter(rule: RateLimitRule): RateLimiterAbstract {
    let limiter = this.limiters.get(rule.name);
    if (!limiter) {
      const points = rule.by === 'client' ? rule.points * this.config.clientRateLimitFactor : rule.points;
      limiter = new RateLimiterMemory({ keyPrefix: rule.name, points, duration: rule.windowSeconds });
      this.limiters.set(rule.name, limiter);
    }
    return limiter;
  }

  private subject(rule: RateLimitRule, request: FastifyRequest): string {
    if (rule.by === 'phone') {
      const phone = (request.body as { phone?: unknown } | undefined)?.phone;
      const normalized = typeof phone === 'string' ? normalizeMobilePhone(phone) : null;
      if (normalized) return `phone:${normalized}`;
    }
    return `client:${request.ip}`;
  }
}
