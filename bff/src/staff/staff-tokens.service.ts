import { createHmac, createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { StaffSessionEntity } from './staff-session.entity';

/** Staff tokens say so: citizens' tokens have no audience and are signed with another key. */
export const STAFF_AUDIENCE = 'portal-staff';
const STAFF_ISSUER = 'portal-bff';

interface StaffClaims {
  sub: string;
  sid: string;
}

/**
 * Staff access tokens: short-lived, no refresh token (staff sign in again), each naming a session row
 * that logout ends. Signed with a key derived from AUTH_TOKEN_SECRET for staff only, and carrying the
 * staff audience, so a citizen's token is never a staff token and a staff token never a citizen's.
 */
@Injectable()
export class StaffTokensService {
  private readonly jwt: JwtService;

  constructor(
    @InjectRepository(StaffSessionEntity) private readonly sessions: Repository<StaffSessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const key: KeyObject = createSecretKey(createHmac('sha256', config.auth.tokenSecret).update('portal staff access tokens v1').digest());
    this.jwt = new JwtService({
      secretOrKeyProvider: () => key,
      signOptions: { algorithm: 'HS256', audience: STAFF_AUDIENCE, issuer: STAFF_ISSUER },
      verifyOptions: { algorithms: ['HS256'], audience: STAFF_AUDIENCE, issuer: STAFF_ISSUER },
    });
  }

  get ttlSeconds(): number {
    return this.config.staff.accessTokenTtlSeconds;
  }

  async issue(staffId: string): Promise<{ accessToken: string; expiresIn: number }> {
    const sessionId = randomUUID();
    await this.sessions.insert({
      id: sessionId,
      staffId,
      expiresAt: new Date(Date.now() + this.ttlSeconds * 1000),
      revokedAt: null,
    });
    const accessToken = await this.jwt.signAsync({ sub: staffId, sid: sessionId } satisfies StaffClaims, { expiresIn: this.ttlSeconds });
    return { accessToken, expiresIn: this.ttlSeconds };
  }

  /** The staff id and session of a valid token whose session was not ended. */
  async verify(token: string): Promise<{ staffId: string; sessionId: string }> {
    let claims: StaffClaims;
    try {
      claims = await this.jwt.verifyAsync<StaffClaims>(token);
    } catch {
      throw AppException.unauthorized('SESSION_EXPIRED');
    }
    const live = await this.sessions.existsBy({ id: claims.sid, staffId: claims.sub, revokedAt: IsNull() });
    if (!live) throw AppException.unauthorized('SESSION_EXPIRED');
    return { staffId: claims.sub, sessionId: claims.sid };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
