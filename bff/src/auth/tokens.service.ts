import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionTokens } from '@portal/shared';
import { IsNull, type Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SessionEntity } from './session.entity';

export interface AccessClaims {
  /** The citizen's id. */
  sub: string;
  /** The session family: revoking it ends every token issued from it. */
  sid: string;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Sessions: a short-lived signed access token and an opaque refresh token kept only as a hash.
 * A refresh token is used once; reusing a rotated one revokes its whole family (it was stolen).
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(userId: string): Promise<SessionTokens> {
    return this.issueInFamily(userId, randomUUID());
  }

  async rotate(refreshToken: string): Promise<SessionTokens & { userId: string }> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(refreshToken) });
    if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) throw AppException.unauthorized('SESSION_EXPIRED');
    if (session.rotatedAt) {
      await this.revokeFamily(session.familyId);
      throw AppException.unauthorized('SESSION_EXPIRED');
    }
    // Only one of two concurrent refreshes with the same token wins the rotation.
    const claimed = await this.sessions.update({ id: session.id, rotatedAt: IsNull() }, { rotatedAt: new Date() });
    if (!claimed.affected) throw AppException.unauthorized('SESSION_EXPIRED');
    return { ...(await this.issueInFamily(session.userId, session.familyId)), userId: session.userId };
  }

  async revoke(refreshToken: string): Promise<void> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(refreshToken) });
    if (session) await this.revokeFamily(session.familyId);
  }

  /** Checks the access token and that its session was not ended (logout, reuse, deletion). */
  async verifyAccess(token: string): Promise<AccessClaims> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw AppException.unauthorized('SESSION_EXPIRED');
    }
    const live = await this.sessions.existsBy({ familyId: claims.sid, userId: claims.sub, revokedAt: IsNull() });
    if (!live) throw AppException.unauthorized('SESSION_EXPIRED');
    return claims;
  }

  private async issueInFamily(userId: string, familyId: string): Promise<SessionTokens> {
    const { accessTokenTtlSeconds, refreshTokenTtlSeconds } = this.config.auth;
    const refreshToken = randomBytes(32).toString('base64url');
    await this.sessions.insert({
      id: randomUUID(),
      userId,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + refreshTokenTtlSeconds * 1000),
      rotatedAt: null,
      revokedAt: null,
    });
    const accessToken = await this.jwt.signAsync({ sub: userId, sid: familyId } satisfies AccessClaims, {
      expiresIn: accessTokenTtlSeconds,
      algorithm: 'HS256',
    });
    return { tokenType: 'Bearer', accessToken, accessTokenExpiresIn: accessTokenTtlSeconds, refreshToken, refreshTokenExpiresIn: refreshTokenTtlSeconds };
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.sessions.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
