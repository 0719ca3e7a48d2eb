import { describe, expect, it, jest } from '@jest/globals';
import { SESSION_STORAGE_KEY, TokenStore, sendWithSession, singleFlight, type KeyValueStorage } from './session-core';

function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: (key) => data[key] ?? '',
    set: (key, value) => {
      data[key] = value;
    },
    remove: (key) => {
      delete data[key];
    },
  };
}

const pair = (n: number) => ({ accessToken: `a${n}`, accessTokenExpiresIn: 900, refreshToken: `r${n}`, refreshTokenExpiresIn: 86_400 });

class AuthError extends Error {}
const isAuthFailure = (e: unknown) => e instanceof AuthError;

describe('token store', () => {
  it('keeps a sign-in in storage and reads it back in a new store', () => {
    const storage = memoryStorage();
    new TokenStore(storage, () => 1_000).save(pair(1));
    const again = new TokenStore(storage, () => 2_000);
    expect(again.accessToken()).toBe('a1');
    expect(again.refreshToken()).toBe('r1');
    expect(again.get()).toEqual({ accessToken: 'a1', refreshToken: 'r1', accessExpiresAt: 901_000, refreshExpiresAt: 86_401_000 });
  });

  it('keeps the rotated refresh token, not the old one', () => {
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    store.save(pair(2));
    expect(store.refreshToken()).toBe('r2');
  });

  it('counts a session whose refresh token has run out as signed out, and forgets it', () => {
    let now = 0;
    const storage = memoryStorage();
    const store = new TokenStore(storage, () => now);
    store.save(pair(1));
    now = 86_400_001;
    expect(store.isSignedIn()).toBe(false);
    expect(storage.data[SESSION_STORAGE_KEY]).toBeUndefined();
  });

  it('ignores storage that does not hold a session', () => {
    expect(new TokenStore(memoryStorage({ [SESSION_STORAGE_KEY]: { accessToken: 1 } })).isSignedIn()).toBe(false);
    expect(new TokenStore(memoryStorage({ [SESSION_STORAGE_KEY]: 'not json' })).isSignedIn()).toBe(false);
  });

  it('tells listeners about sign-in and sign-out', () => {
    const store = new TokenStore(memoryStorage());
    const listener = jest.fn();
    store.subscribe(listener);
    store.save(pair(1));
    store.clear();
    store.clear();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('single flight', () => {
  it('gives concurrent callers one run and its result, then starts afresh', async () => {
    let runs = 0;
    let release!: (v: number) => void;
    const run = singleFlight(() => {
      runs += 1;
      return new Promise<number>((resolve) => (release = resolve));
    });
    const a = run();
    const b = run();
    release(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(runs).toBe(1);
    const c = run();
    release(8);
    expect(await c).toBe(8);
    expect(runs).toBe(2);
  });

  it('lets the next call try again after a failure', async () => {
    let runs = 0;
    const run = singleFlight(async () => {
      runs += 1;
      if (runs === 1) throw new Error('down');
      return 'ok';
    });
    await expect(run()).rejects.toThrow('down');
    await expect(run()).resolves.toBe('ok');
  });
});

describe('send with session', () => {
  it('sends the access token and does not refresh when the call succeeds', async () => {
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    const refresh = jest.fn(async () => true);
    const send = jest.fn(async (token: string | undefined) => `sent with ${token}`);
    await expect(sendWithSession({ send, isAuthFailure, store, refresh })).resolves.toBe('sent with a1');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('on an expired token refreshes once and retries once with the new token', async () => {
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    const refresh = jest.fn(async () => {
      store.save(pair(2));
      return true;
    });
    const send = jest.fn(async (token: string | undefined) => {
      if (token === 'a1') throw new AuthError('expired');
      return `sent with ${token}`;
    });
    await expect(sendWithSession({ send, isAuthFailure, store, refresh })).resolves.toBe('sent with a2');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('shares one refresh between concurrent calls that all got 401', async () => {
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    let refreshes = 0;
    const refresh = singleFlight(async () => {
      refreshes += 1;
      await new Promise((r) => setTimeout(r, 5));
      store.save(pair(2));
      return true;
    });
    const send = async (token: string | undefined) => {
      await new Promise((r) => setTimeout(r, 1));
      if (token !== 'a2') throw new AuthError('expired');
      return token;
    };
    const results = await Promise.all([1, 2, 3].map(() => sendWithSession({ send, isAuthFailure, store, refresh })));
    expect(results).toEqual(['a2', 'a2', 'a2']);
    expect(refreshes).toBe(1);
  });

  it('does not refresh again when the retry is refused too', async () => {
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    const refresh = jest.fn(async () => {
      store.save(pair(2));
      return true;
    });
    const send = jest.fn(async () => {
      throw new AuthError('still no');
    });
    await expect(sendWithSession({ send, isAuthFailure, store, refresh })).rejects.toThrow('still no');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('clears the session and throws when the refresh is refused', async () => {
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    const send = jest.fn(async () => {
      throw new AuthError('expired');
    });
    await expect(sendWithSession({ send, isAuthFailure, store, refresh: async () => false })).rejects.toThrow('expired');
    expect(store.isSignedIn()).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the refresh fails for a network reason', async () => {
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    const send = async () => {
      throw new AuthError('expired');
    };
    const refresh = async (): Promise<boolean> => {
      throw new Error('network');
    };
    await expect(sendWithSession({ send, isAuthFailure, store, refresh })).rejects.toThrow('network');
    expect(store.isSignedIn()).toBe(true);
  });

  it('neither refreshes nor retries when signed out or for other errors', async () => {
    const refresh = jest.fn(async () => true);
    const signedOut = new TokenStore(memoryStorage());
    await expect(sendWithSession({ send: async () => { throw new AuthError('401'); }, isAuthFailure, store: signedOut, refresh })).rejects.toThrow('401');
    const store = new TokenStore(memoryStorage());
    store.save(pair(1));
    await expect(sendWithSession({ send: async () => { throw new Error('500'); }, isAuthFailure, store, refresh })).rejects.toThrow('500');
    expect(refresh).not.toHaveBeenCalled();
  });
});
