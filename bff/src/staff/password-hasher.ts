import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Staff passwords with Node's built-in scrypt (RFC 7914): a random salt per password and the cost
 * parameters kept in the stored string, so the cost can be raised later without locking anyone out
 * (a sign-in with old parameters is re-hashed). Compared in constant time.
 *
 * Stored as `scrypt$<log2 N>$<r>$<p>$<salt base64url>$<key base64url>`.
 */
const PREFIX = 'scrypt';
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const R = 8;
/** OWASP's scrypt settings trade memory for passes: N = 2^15 (32 MiB) with p = 3. */
const P = 3;

export interface ScryptParams {
  cost: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** params.cost, r: params.r, p: params.p, maxmem: 256 * 2 ** params.cost * params.r + 1024 * 1024 };
  return new Promise((done, fail) => scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? fail(error) : done(key))));
}

function parse(stored: string): (ScryptParams & { salt: Buffer; key: Buffer }) | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [cost, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![cost, r, p].every((n) => Number.isInteger(n) && n > 0) || cost > 22) return null;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < SALT_BYTES || key.length !== KEY_BYTES) return null;
  return { cost, r, p, salt, key };
}

export class PasswordHasher {
  constructor(private readonly cost: number) {}

  async hash(password: string): Promise<string> {
    const params = { cost: this.cost, r: R, p: P };
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, params);
    return [PREFIX, params.cost, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  /** False for a wrong password and for a stored value that is not one of ours. */
  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    if (!parsed) return false;
    const key = await derive(password, parsed.salt, parsed);
    return timingSafeEqual(key, parsed.key);
  }

  /** Spends the time of one verification, so an unknown username answers as slowly as a wrong password. */
  async waste(password: string): Promise<void> {
    await derive(password, randomBytes(SALT_BYTES), { cost: this.cost, r: R, p: P });
  }

  /** Whether a stored hash was made with other parameters than the configured ones. */
  needsRehash(stored: string): boolean {
    const parsed = parse(stored);
    return !parsed || parsed.cost !== this.cost || parsed.r !== R || parsed.p !== P;
  }
}
