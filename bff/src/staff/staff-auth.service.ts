import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { findDepartment, type StaffLoginResponse, type StaffProfile } from '@portal/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PasswordHasher } from './password-hasher';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffAuditService } from './staff-audit.service';
import type { AuditOrigin, StaffPrincipal } from './staff-principal';
import { StaffTokensService } from './staff-tokens.service';

/** Wrong passwords in a row that lock an account, and for how long. */
export const STAFF_LOCK_AFTER_FAILURES = 5;
export const STAFF_LOCK_SECONDS = 15 * 60;
/** Sign-in attempts per username (right or wrong, from anywhere) per window. */
export const STAFF_LOGIN_PER_USERNAME = { points: 10, windowSeconds: 5 * 60 };

/** One answer for an unknown username and a wrong password: nothing tells which it was. */
const BAD_CREDENTIALS = 'The username or password is not right.';

export function profileOf(account: StaffAccountEntity): StaffProfile {
  const department = findDepartment(account.departmentId);
  if (!department) throw new Error(`staff ${account.id} belongs to an unknown department ${account.departmentId}`);
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    department: { id: department.id, name: department.name, city: department.city },
  };
}

/**
 * Staff sign-in by password. Each username may try a few times per window wherever from, each
 * client a few more (the controller's @RateLimit); five wrong passwords in a row lock the account
 * for 15 minutes. An unknown username is counted and locked the same way in memory, takes as long as
 * a wrong password and gets the same answer. Every outcome is audited.
 */
@Injectable()
export class StaffAuthService {
  readonly hasher: PasswordHasher;
  private readonly perUsername = new RateLimiterMemory({
    keyPrefix: 'staff-login-username',
    points: STAFF_LOGIN_PER_USERNAME.points,
    duration: STAFF_LOGIN_PER_USERNAME.windowSeconds,
  });
  /** Failures for usernames that do not exist, locked like a real account so none can be told apart. */
  private readonly unknownFailures = new RateLimiterMemory({ keyPrefix: 'staff-login-unknown', points: STAFF_LOCK_AFTER_FAILURES, duration: STAFF_LOCK_SECONDS });

  constructor(
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
    private readonly tokens: StaffTokensService,
    private readonly audit: StaffAuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.hasher = new PasswordHasher(config.staff.passwordHashCost);
  }

  async login(rawUsername: string, password: string, origin: AuditOrigin): Promise<StaffLoginResponse> {
    const username = rawUsername.trim().toLowerCase();
    try {
      await this.perUsername.consume(username);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw AppException.rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
    const account = await this.accounts.findOneBy({ username });
    if (!account) return this.unknownUser(username, password, origin);

    const who = { id: account.id, departmentId: account.departmentId };
    const now = Date.now();
    if (account.lockedUntil && account.lockedUntil.getTime() > now) {
      await this.audit.record({ staff: who, action: 'login.refused-locked', detail: `locked until ${account.lockedUntil.toISOString()}`, origin });
      throw this.locked(account.lockedUntil.getTime() - now);
    }
    if (!(await this.hasher.verify(password, account.passwordHash))) {
      const failures = account.failedAttempts + 1;
      if (failures >= STAFF_LOCK_AFTER_FAILURES) {
        const lockedUntil = new Date(now + STAFF_LOCK_SECONDS * 1000);
        await this.accounts.update({ id: account.id }, { failedAttempts: 0, lockedUntil });
        await this.audit.record({ staff: who, action: 'login.failure', detail: `wrong password (${failures} in a row)`, origin });
        await this.audit.record({ staff: who, action: 'login.locked', detail: `locked until ${lockedUntil.toISOString()}`, origin });
        throw this.locked(STAFF_LOCK_SECONDS * 1000);
      }
      await this.accounts.increment({ id: account.id }, 'failedAttempts', 1);
      await this.audit.record({ staff: who, action: 'login.failure', detail: `wrong password (${failures} in a row)`, origin });
      throw new AppException(401, 'UNAUTHORIZED', BAD_CREDENTIALS);
    }

    const changes: Partial<StaffAccountEntity> = { failedAttempts: 0, lockedUntil: null };
    if (this.hasher.needsRehash(account.passwordHash)) changes.passwordHash = await this.hasher.hash(password);
    await this.accounts.update({ id: account.id }, changes);
    const token = await this.tokens.issue(account.id);
    await this.audit.record({ staff: who, action: 'login.success', origin });
    return { accessToken: token.accessToken, expiresIn: token.expiresIn, staff: profileOf(account) };
  }

  async logout(staff: StaffPrincipal, origin: AuditOrigin): Promise<void> {
    await this.tokens.revoke(staff.sessionId);
    await this.audit.record({ staff: { id: staff.id, departmentId: staff.departmentId }, action: 'logout', origin });
  }

  async profile(staffId: string): Promise<StaffProfile> {
    const account = await this.accounts.findOneBy({ id: staffId });
    if (!account) throw AppException.unauthorized('SESSION_EXPIRED');
    return profileOf(account);
  }

  private async unknownUser(username: string, password: string, origin: AuditOrigin): Promise<never> {
    const seen = await this.unknownFailures.get(username);
    if (seen && seen.consumedPoints >= STAFF_LOCK_AFTER_FAILURES) throw this.locked(seen.msBeforeNext);
    await this.hasher.waste(password);
    const counted = await this.unknownFailures.penalty(username, 1);
    await this.audit.record({ staff: null, action: 'login.failure', detail: `unknown username "${username.slice(0, 60)}"`, origin });
    if (counted.consumedPoints >= STAFF_LOCK_AFTER_FAILURES) throw this.locked(STAFF_LOCK_SECONDS * 1000);
    throw new AppException(401, 'UNAUTHORIZED', BAD_CREDENTIALS);
  }

  private locked(msLeft: number): AppException {
    const seconds = Math.max(1, Math.ceil(msLeft / 1000));
    const minutes = Math.ceil(seconds / 60);
    return AppException.rateLimited(
      seconds,
      `This account is locked after ${STAFF_LOCK_AFTER_FAILURES} wrong passwords in a row. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask your supervisor.`,
    );
  }
}
