import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config/app-config';
import { PersonalDataCipher } from './personal-data.cipher';

const cipher = new PersonalDataCipher(loadConfig({}));

describe('personal data at rest', () => {
  it('encrypts so that the stored text reveals nothing and decrypts back', () => {
    const sealed = cipher.encrypt('11010519491231002X');
    expect(sealed).not.toContain('110105');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(cipher.decrypt(sealed)).toBe('11010519491231002X');
  });

  it('gives a different ciphertext each time (random IV)', () => {
    expect(cipher.encrypt('张伟')).not.toBe(cipher.encrypt('张伟'));
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = cipher.encrypt('13800138000');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => cipher.decrypt(tampered)).toThrow();
  });

  it('hashes for look-ups deterministically, keyed and separated by kind', () => {
    expect(cipher.lookupHash('identity', 'x')).toBe(cipher.lookupHash('identity', 'x'));
    expect(cipher.lookupHash('identity', 'x')).not.toBe(cipher.lookupHash('phone', 'x'));
    const other = new PersonalDataCipher(loadConfig({ IDENTITY_HASH_KEY: Buffer.alloc(32, 7).toString('base64') }));
    expect(other.lookupHash('identity', 'x')).not.toBe(cipher.lookupHash('identity', 'x'));
  });
});
