import { describe, expect, it } from '@jest/globals';
import { PasswordHasher } from './password-hasher';

describe('staff password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one, with the production cost', async () => {
    const hasher = new PasswordHasher(15);
    const stored = await hasher.hash('correct horse battery');
    expect(stored).toMatch(/^scrypt\$15\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('correct horse');
    await expect(hasher.verify('correct horse battery', stored)).resolves.toBe(true);
    await expect(hasher.verify('correct horse batterY', stored)).resolves.toBe(false);
    expect(hasher.needsRehash(stored)).toBe(false);
  });

  it('salts every password: the same password hashes differently', async () => {
    const hasher = new PasswordHasher(8);
    const [a, b] = await Promise.all([hasher.hash('same-password'), hasher.hash('same-password')]);
    expect(a).not.toBe(b);
    await expect(hasher.verify('same-password', a)).resolves.toBe(true);
    await expect(hasher.verify('same-password', b)).resolves.toBe(true);
  });

  it('reads the parameters from the stored string, so a change of cost still verifies old hashes and asks for a re-hash', async () => {
    const old = await new PasswordHasher(8).hash('pw-before-the-change');
    const now = new PasswordHasher(10);
    await expect(now.verify('pw-before-the-change', old)).resolves.toBe(true);
    expect(now.needsRehash(old)).toBe(true);
  });

  it('refuses anything that is not a well-formed hash of ours', async () => {
    const hasher = new PasswordHasher(8);
    for (const stored of ['', 'plain-text', 'scrypt$8$8$3$abc$def', '$2b$10$abcdefghijklmnopqrstuv', 'scrypt$99$8$3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      await expect(hasher.verify('anything', stored)).resolves.toBe(false);
    }
  });
});
