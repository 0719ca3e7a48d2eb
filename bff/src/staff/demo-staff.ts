import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { findDepartment, type StaffRole } from '@portal/shared';
import { In, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/unique-violation';
import { PasswordHasher } from './password-hasher';
import { StaffAccountEntity } from './staff-account.entity';

/** The departments that get a demo handler and supervisor: each city's mayor's mailbox and two more. */
export const DEMO_DEPARTMENTS = [
  'shanghai-mayor',
  'shanghai-sthj',
  'shanghai-huangpu',
  'chengdu-mayor',
  'chengdu-wuhou',
  'chengdu-jtj',
  'yinchuan-mayor',
  'yinchuan-xingqing',
  'yinchuan-sthjj',
] as const;

const ROLE_WORDS: Record<StaffRole, { zh: string; en: string }> = {
  handler: { zh: '办理人', en: 'handler' },
  supervisor: { zh: '主管', en: 'supervisor' },
};

export interface DemoAccount {
  username: string;
  displayName: string;
  departmentId: string;
  role: StaffRole;
}

/** Usernames are `<department id>-<role>`, e.g. `chengdu-wuhou-handler`. */
export function demoAccounts(): DemoAccount[] {
  return DEMO_DEPARTMENTS.flatMap((departmentId) => {
    const department = findDepartment(departmentId);
    if (!department) throw new Error(`demo staff: no department ${departmentId}`);
    return (['handler', 'supervisor'] as const).map((role) => ({
      username: `${departmentId}-${role}`,
      displayName: `${department.name.zh}${ROLE_WORDS[role].zh}（演示）`,
      departmentId,
      role,
    }));
  });
}

export class DemoSeedRefused extends Error {
  constructor() {
    super('Demo staff accounts are never created in production.');
    this.name = 'DemoSeedRefused';
  }
}

/**
 * Creates the demo staff accounts that do not exist yet (idempotent: an existing account, its
 * password and its lock are left as they are). Refuses to run in production.
 */
export async function seedDemoStaff(accounts: Repository<StaffAccountEntity>, config: AppConfig): Promise<number> {
  if (config.env === 'production' || !config.staff.demoPassword) throw new DemoSeedRefused();
  const password = config.staff.demoPassword;
  const wanted = demoAccounts();
  const existing = new Set((await accounts.find({ select: { username: true }, where: { username: In(wanted.map((a) => a.username)) } })).map((a) => a.username));
  const missing = wanted.filter((a) => !existing.has(a.username));
  const hasher = new PasswordHasher(config.staff.passwordHashCost);
  const hashes = await Promise.all(missing.map(() => hasher.hash(password)));
  let created = 0;
  for (const [i, account] of missing.entries()) {
    try {
      await accounts.insert({ id: randomUUID(), ...account, passwordHash: hashes[i]!, failedAttempts: 0, lockedUntil: null, passwordChangedAt: new Date() });
      created += 1;
    } catch (error) {
      // Another instance starting at the same time created it first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}

/** Seeds the demo staff at start, outside production only. */
@Injectable()
export class DemoStaffSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoStaff');

  constructor(
    @InjectRepository(StaffAccountEntity) private readonly accounts: Repository<StaffAccountEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env === 'production') return;
    const created = await seedDemoStaff(this.accounts, this.config);
    if (created > 0) this.logger.log(`created ${created} demo staff accounts (password: STAFF_DEMO_PASSWORD; see README)`);
  }
}
