import { parseFaultMap, type FaultMap } from './platform/faults.js';
import { parseIsoWithOffset } from './platform/time.js';

export const DEFAULT_APP_KEYS = 'portal-bff-dev:dev-only-upstream-secret';
export const DEFAULT_WECHAT_APPID = 'wx-dev-appid';
export const DEFAULT_WECHAT_SECRET = 'dev-only-wechat-secret';

export interface MockConfig {
  port: number;
  host: string;
  appKeys: Map<string, string>;
  /** WeChat appid → secret (MOCK_WECHAT_APPS). */
  wechatApps: Map<string, string>;
  fixedTime: number | null;
  control: boolean;
  faults: FaultMap;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const TRUE_WORDS = new Set(['1', 'true', 'on', 'yes']);
const FALSE_WORDS = new Set(['0', 'false', 'off', 'no']);

/** Reads and validates the environment once, at boot; throws ConfigError listing every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): MockConfig {
  const problems: string[] = [];

  const portText = env.MOCK_PORT ?? '4010';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) problems.push(`MOCK_PORT must be 0-65535, got "${portText}"`);

  const host = env.MOCK_HOST ?? '127.0.0.1';
  if (host.trim() === '') problems.push('MOCK_HOST must not be empty');

  const readPairs = (name: string, text: string, what: string): Map<string, string> => {
    const pairs = new Map<string, string>();
    for (const pair of text.split(',')) {
      const trimmed = pair.trim();
      const colon = trimmed.indexOf(':');
      if (colon <= 0 || colon === trimmed.length - 1) {
        problems.push(`${name} entries must be ${what}, got "${trimmed}"`);
        continue;
      }
      pairs.set(trimmed.slice(0, colon), trimmed.slice(colon + 1));
    }
    return pairs;
  };
  const appKeys = readPairs('MOCK_APP_KEYS', env.MOCK_APP_KEYS ?? DEFAULT_APP_KEYS, 'key:secret');
  const wechatApps = readPairs(
    'MOCK_WECHAT_APPS',
    env.MOCK_WECHAT_APPS || `${DEFAULT_WECHAT_APPID}:${DEFAULT_WECHAT_SECRET}`,
    'appid:secret',
  );

  let fixedTime: number | null = null;
  if (env.MOCK_FIXED_TIME !== undefined && env.MOCK_FIXED_TIME !== '') {
    fixedTime = parseIsoWithOffset(env.MOCK_FIXED_TIME);
    if (fixedTime === null) {
      problems.push(`MOCK_FIXED_TIME must be ISO 8601 with an offset (2026-03-02T08:15:00+08:00), got "${env.MOCK_FIXED_TIME}"`);
    }
  }

  let control = env.NODE_ENV !== 'production';
  if (env.MOCK_CONTROL !== undefined && env.MOCK_CONTROL !== '') {
    const word = env.MOCK_CONTROL.toLowerCase();
    if (TRUE_WORDS.has(word)) control = true;
    else if (FALSE_WORDS.has(word)) control = false;
    else problems.push(`MOCK_CONTROL must be on/off (or true/false, 1/0), got "${env.MOCK_CONTROL}"`);
  }

  let faults: FaultMap = {};
  if (env.MOCK_FAULTS !== undefined && env.MOCK_FAULTS !== '') {
    let json: unknown;
    try {
      json = JSON.parse(env.MOCK_FAULTS);
    } catch {
      problems.push('MOCK_FAULTS is not valid JSON');
    }
    if (json !== undefined) {
      const parsed = parseFaultMap(json);
      if (parsed.ok) faults = parsed.value;
      else problems.push(`MOCK_FAULTS: ${parsed.message}`);
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return { port, host, appKeys, wechatApps, fixedTime, control, faults };
}
