import type { SessionTokens } from '@portal/shared';

/**
 * The signed-in session, kept free of Taro so it can be unit-tested: a token store over any
 * key-value storage, a single-flight wrapper, and the "refresh once, then retry once" rule the
 * request client applies to 401s. services/request.ts wires these to Taro storage and Taro.request.
 */

/** The minimum of Taro storage (or localStorage) the store needs. */
export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms after which the access token is no longer worth sending. */
  accessExpiresAt: number;
  /** Epoch ms after which the refresh token cannot renew the session. */
  refreshExpiresAt: number;
}

export const SESSION_STORAGE_KEY = 'portal.session';

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.accessToken === 'string' &&
    typeof v.refreshToken === 'string' &&
    typeof v.accessExpiresAt === 'number' &&
    typeof v.refreshExpiresAt === 'number'
  );
}

/** Tokens in memory, mirrored to storage; listeners hear every sign-in, rotation and sign-out. */
export class TokenStore {
  private session: StoredSession | null | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The stored session, or null; a session whose refresh token has run out counts as none. */
  get(): StoredSession | null {
    if (this.session === undefined) {
      let raw: unknown;
      try {
        raw = this.storage.get(SESSION_STORAGE_KEY);
        if (typeof raw === 'string' && raw.startsWith('{')) raw = JSON.parse(raw);
      } catch {
        raw = undefined;
      }
      this.session = isStoredSession(raw) ? raw : null;
    }
    if (this.session && this.session.refreshExpiresAt <= this.now()) {
      // Read during render (useSyncExternalStore): forget it now, tell listeners after this turn.
      this.session = null;
      try {
        this.storage.remove(SESSION_STORAGE_KEY);
      } catch {
        // nothing to do
      }
      void Promise.resolve().then(() => this.emit());
      return null;
    }
    return this.session;
  }

  isSignedIn(): boolean {
    return this.get() !== null;
  }

  accessToken(): string | undefined {
    return this.get()?.accessToken;
  }

  refreshToken(): string | undefined {
    return this.get()?.refreshToken;
  }

  /** Keep a new pair (a sign-in or a rotation: the old refresh token is dead from now on). */
  save(tokens: Pick<SessionTokens, 'accessToken' | 'accessTokenExpiresIn' | 'refreshToken' | 'refreshTokenExpiresIn'>): void {
    const now = this.now();
    this.session = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      accessExpiresAt: now + tokens.accessTokenExpiresIn * 1000,
      refreshExpiresAt: now + tokens.refreshTokenExpiresIn * 1000,
    };
    try {
      this.storage.set(SESSION_STORAGE_KEY, this.session);
    } catch {
      // Storage full or unavailable: the session still holds until the app closes.
    }
    this.emit();
  }

  clear(): void {
    const had = this.session !== null;
    this.session = null;
    try {
      this.storage.remove(SESSION_STORAGE_KEY);
    } catch {
      // nothing to do
    }
    if (had) this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

/** Callers that arrive while one run is in flight share its result; the next call starts a new run. */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () => {
    if (!inFlight) {
      inFlight = run().finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight;
  };
}

export interface SessionRetryDeps<R> {
  /** Sends the request with this access token (or none). */
  send: (accessToken: string | undefined) => Promise<R>;
  /** Whether a failure means "this access token is no longer good" (401 UNAUTHORIZED / SESSION_EXPIRED). */
  isAuthFailure: (error: unknown) => boolean;
  store: TokenStore;
  /** Renews the pair (shared by concurrent callers); resolves false when the session cannot be renewed. */
  refresh: () => Promise<boolean>;
}

/**
 * Send with the current access token; on an auth failure, refresh once (single flight) and retry
 * once with the new token. When the refresh fails, the session is cleared and the first error
 * is thrown, so the page can say "please sign in".
 */
export async function sendWithSession<R>({ send, isAuthFailure, store, refresh }: SessionRetryDeps<R>): Promise<R> {
  const token = store.accessToken();
  try {
    return await send(token);
  } catch (error) {
    if (!token || !isAuthFailure(error)) throw error;
    // Another call may already have rotated the pair while this one was in flight.
    const current = store.accessToken();
    const renewed = current && current !== token ? true : await refresh();
    if (!renewed) {
      store.clear();
      throw error;
    }
    return send(store.accessToken());
  }
}
