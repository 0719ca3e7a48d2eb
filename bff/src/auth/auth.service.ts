import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  SMS_CODE_LENGTH,
  SMS_CODE_MAX_ATTEMPTS,
  SMS_CODE_TTL_SECONDS,
  maskMobilePhone,
  normalizeMobilePhone,
  type LoginResponse,
  type SessionTokens,
  type SmsSendResponse,
} from '@portal/shared';
import { AppException } from '../common/app-exception';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { UsersRepository } from '../users/users.repository';
import { SmsGatewayClient } from './clients/sms-gateway.client';
import { WechatClient } from './clients/wechat.client';
import { SmsCodeStore } from './sms-codes';
import { TokensService } from './tokens.service';

export const SMS_RESEND_SECONDS = 60;

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Signing in: by WeChat (wx.login code) in the mini-program, by SMS code in the browser. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokensService,
    private readonly cipher: PersonalDataCipher,
    private readonly codes: SmsCodeStore,
    private readonly sms: SmsGatewayClient,
    private readonly wechat: WechatClient,
  ) {}

  /** Sends a fresh 6-digit code; the code is never returned or logged. */
  async sendSmsCode(rawPhone: string, requestId?: string): Promise<SmsSendResponse> {
    const phone = this.phone(rawPhone);
    const code = String(randomInt(0, 10 ** SMS_CODE_LENGTH)).padStart(SMS_CODE_LENGTH, '0');
    await this.sms.sendLoginCode(phone, code, requestId);
    await this.codes.set(this.cipher.lookupHash('phone', phone), {
      codeHash: sha256(code).toString('hex'),
      expiresAt: Date.now() + SMS_CODE_TTL_SECONDS * 1000,
      wrongTries: 0,
    });
    return { sentTo: maskMobilePhone(phone), expiresInSeconds: SMS_CODE_TTL_SECONDS, resendAfterSeconds: SMS_RESEND_SECONDS };
  }

  async verifySmsCode(rawPhone: string, code: string): Promise<LoginResponse> {
    const phone = this.phone(rawPhone);
    const phoneHash = this.cipher.lookupHash('phone', phone);
    const pending = await this.codes.get(phoneHash);
    if (!pending || pending.expiresAt <= Date.now()) {
      throw new AppException(400, 'SMS_CODE_EXPIRED', 'This code has expired or was never sent. Please ask for a new one.', [
        { field: 'code', rule: 'expired', message: 'The code has expired. Ask for a new one.' },
      ]);
    }
    if (pending.wrongTries >= SMS_CODE_MAX_ATTEMPTS) throw this.locked();
    if (!timingSafeEqual(sha256(code), Buffer.from(pending.codeHash, 'hex'))) {
      pending.wrongTries += 1;
      await this.codes.set(phoneHash, pending);
      if (pending.wrongTries >= SMS_CODE_MAX_ATTEMPTS) throw this.locked();
      const left = SMS_CODE_MAX_ATTEMPTS - pending.wrongTries;
      throw new AppException(400, 'SMS_CODE_INVALID', `That code is not right. You can try ${left} more time${left === 1 ? '' : 's'}.`, [
        { field: 'code', rule: 'mismatch', message: `The code is not right (${left} tries left).` },
      ]);
    }
    await this.codes.delete(phoneHash);
    const existing = await this.users.findByPhoneHash(phoneHash);
    const user = existing ?? (await this.users.createWithPhone(phoneHash, this.cipher.encrypt(phone)));
    return this.login(user.id, !existing);
  }

  async signInWithWechat(code: string, requestId?: string): Promise<LoginResponse> {
    const { openid } = await this.wechat.exchangeCode(code, requestId);
    const wechatHash = this.cipher.lookupHash('wechat', openid);
    const existing = await this.users.findByWechatHash(wechatHash);
    const user = existing ?? (await this.users.createWithWechat(wechatHash));
    return this.login(user.id, !existing);
  }

  refresh(refreshToken: string): Promise<SessionTokens & { userId: string }> {
    return this.tokens.rotate(refreshToken);
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }

  private async login(userId: string, isNew: boolean): Promise<LoginResponse> {
    return { ...(await this.tokens.issue(userId)), userId, isNew };
  }

  private phone(raw: string): string {
    const phone = normalizeMobilePhone(raw);
    if (!phone) throw AppException.field('phone', 'isMobilePhone', 'Enter an 11-digit mainland mobile number, like 13800138000.');
    return phone;
  }

  private locked(): AppException {
    return new AppException(429, 'SMS_CODE_LOCKED', 'Too many wrong codes. Please ask for a new code.', [
      { field: 'code', rule: 'locked', message: 'Too many wrong codes: ask for a new one.' },
    ], SMS_RESEND_SECONDS);
  }
}
