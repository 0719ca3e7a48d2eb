import { PRIVACY_NOTICE_VERSION, type LoginResponse } from '@portal/shared';
import type { BffClient, MockProcess } from './harness';

/** Test personas of the mock public-security registry (municipal-mock/README.md). */
export const PERSONAS = {
  zhangWei: { name: '张伟', idNumber: '310104198506150015', phone: '13800138000' },
  wangFang: { name: '王芳', idNumber: '310115199211030028', phone: '13900139001' },
  liuYang: { name: '刘洋', idNumber: '510107198802280013', phone: '13800028004' },
  zhangXiaoyu: { name: '张小雨', idNumber: '310104202305180022' },
  liuYinuo: { name: '刘一诺', idNumber: '510107202409100038' },
} as const;

let clients = 0;
/** A distinct client address per call (the BFF trusts X-Forwarded-For in tests), so per-client limits do not mix tests. */
export function newClientIp(): string {
  clients += 1;
  return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
}

/** Reads the code the mock SMS gateway "sent" to a phone. */
export async function lastSmsCode(mock: MockProcess, phone: string): Promise<string> {
  const res = await fetch(`${mock.url}/sms/outbox?phone=${phone}`);
  const body = (await res.json()) as { messages: { code: string | null }[] };
  const code = body.messages[0]?.code;
  if (!code) throw new Error(`no SMS in the outbox for ${phone}`);
  return code;
}

/** Signs in by SMS the way the H5 app does, and answers the session. */
export async function signInBySms(bff: BffClient, mock: MockProcess, phone: string, ip = newClientIp()): Promise<LoginResponse & { ip: string }> {
  const headers = { 'x-forwarded-for': ip };
  const sent = await bff.request('POST', '/api/v1/auth/sms/send', { phone }, headers);
  if (sent.status !== 200) throw new Error(`sms/send: ${sent.status} ${JSON.stringify(sent.body)}`);
  const code = await lastSmsCode(mock, phone);
  const verified = await bff.request('POST', '/api/v1/auth/sms/verify', { phone, code }, headers);
  if (verified.status !== 200) throw new Error(`sms/verify: ${verified.status} ${JSON.stringify(verified.body)}`);
  return { ...(verified.body as LoginResponse), ip };
}

export function bearer(login: { accessToken: string; ip?: string }): Record<string, string> {
  return { authorization: `Bearer ${login.accessToken}`, ...(login.ip ? { 'x-forwarded-for': login.ip } : {}) };
}

/** A new citizen signed in by SMS, with the privacy notice accepted and the persona's identity bound. */
export async function signInAndBind(
  bff: BffClient,
  mock: MockProcess,
  phone: string,
  persona: { name: string; idNumber: string },
): Promise<LoginResponse & { ip: string }> {
  const login = await signInBySms(bff, mock, phone);
  const privacy = await bff.request('POST', '/api/v1/me/privacy', { version: PRIVACY_NOTICE_VERSION }, bearer(login));
  if (privacy.status !== 200) throw new Error(`privacy: ${privacy.status} ${JSON.stringify(privacy.body)}`);
  const bound = await bff.request('POST', '/api/v1/me/identity', { name: persona.name, idNumber: persona.idNumber }, bearer(login));
  if (bound.status !== 200) throw new Error(`identity: ${bound.status} ${JSON.stringify(bound.body)}`);
  return login;
}

/**
 * One signed-in, bound citizen per persona for a whole test file: the first call signs in and binds,
 * later calls answer the same session. `next` gives the stack and a fresh phone number.
 */
export function boundCitizens(next: () => { bff: BffClient; mock: MockProcess; phone: string }) {
  const logins = new Map<string, LoginResponse & { ip: string }>();
  return async (persona: { name: string; idNumber: string }): Promise<LoginResponse & { ip: string }> => {
    const known = logins.get(persona.idNumber);
    if (known) return known;
    const { bff, mock, phone } = next();
    const login = await signInAndBind(bff, mock, phone, persona);
    logins.set(persona.idNumber, login);
    return login;
  };
}
