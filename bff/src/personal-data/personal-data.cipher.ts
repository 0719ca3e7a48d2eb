import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const VERSION = 'v1';

/**
 * Sensitive personal information at rest: AES-256-GCM (random 96-bit IV, 128-bit tag) for what must
 * be read back, and a keyed hash (HMAC-SHA256) for look-ups, so that finding a citizen by identity
 * number or phone never needs decrypting a table. Keys come from configuration.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly key: Buffer;
  private readonly hashKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.personalData.encryptionKey;
    this.hashKey = config.personalData.hashKey;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  decrypt(sealed: string): string {
    const [version, data] = sealed.split('.');
    if (version !== VERSION || !data) throw new Error('Unknown ciphertext format');
    const raw = Buffer.from(data, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The same value always gives the same hash (per kind), so it can be indexed and compared. */
  lookupHash(kind: 'identity' | 'phone' | 'wechat' | 'letter-query-code', value: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}:${value}`).digest('hex');
  }
}
