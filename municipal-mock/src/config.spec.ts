import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:4010, the dev app key, real time, control on and no faults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4010, host: '127.0.0.1', fixedTime: null, control: true, faults: {} });
    expect([...config.appKeys]).toEqual([['portal-bff-dev', 'dev-only-upstream-secret']]);
    expect([...config.wechatApps]).toEqual([['wx-dev-appid', 'dev-only-wechat-secret']]);
  });

  it('reads MOCK_WECHAT_APPS as appid:secret pairs', () => {
    const config = loadConfig({ MOCK_WECHAT_APPS: 'wx1:s1,wx2:s2' });
    expect(config.wechatApps.get('wx2')).toBe('s2');
    expect(() => loadConfig({ MOCK_WECHAT_APPS: 'wx1' })).toThrow(ConfigError);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      MOCK_PORT: '4999',
      MOCK_HOST: '0.0.0.0',
      MOCK_APP_KEYS: 'a:secret-a, b:secret:with:colons',
      MOCK_FIXED_TIME: '2026-03-02T08:15:00+08:00',
      MOCK_CONTROL: 'off',
      MOCK_FAULTS: '{"chengdu-bus":{"latencyMs":300,"errorRate":0.5}}',
    });
    expect(config.port).toBe(4999);
    expect(config.host).toBe('0.0.0.0');
    expect(config.appKeys.get('b')).toBe('secret:with:colons');
    expect(config.fixedTime).toBe(Date.parse('2026-03-02T00:15:00Z'));
    expect(config.control).toBe(false);
    expect(config.faults['chengdu-bus']).toEqual({ latencyMs: 300, errorRate: 0.5, timeout: false, malformed: false });
  });

  it('turns the control API off by default in production, unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).control).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', MOCK_CONTROL: 'on' }).control).toBe(true);
  });

  it('refuses to start on bad values, listing every problem', () => {
    let error: unknown;
    try {
      loadConfig({ MOCK_PORT: 'http', MOCK_FIXED_TIME: '2026-03-02 08:15', MOCK_FAULTS: '{oops', MOCK_APP_KEYS: 'nosecret' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(4);
  });
});
