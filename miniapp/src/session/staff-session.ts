import type { StaffLoginResponse, StaffProfile } from '@portal/shared';
import type { KeyValueStorage } from './session-core';

/**
 * The staff member's session on the workbench, kept apart from the citizen's: its own storage key,
 * its own token, and a rule that the token only ever goes to the staff API (`/api/v1/staff/...`).
 * A citizen signed in on the same device keeps their session; signing one out never touches the
 * other. Staff tokens are not refreshed: when one expires (or the BFF answers 401) the staff member
 * signs in again. Free of Taro so it can be unit-tested; services/staff.ts wires it to Taro storage.
 */
export const STAFF_SESSION_STORAGE_KEY = 'portal.staff-session';

/** The only paths a staff token may be sent to. */
export const STAFF_API_PREFIX = '/api/v1/staff/';

export interface StoredStaffSession {
  accessToken: string;
  /** Epoch ms after which the token is no longer worth sending. */
  expiresAt: number;
  staff: StaffProfile;
}

function isStoredStaffSession(value: unknown): value is StoredStaffSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const staff = v.staff as Record<string, unknown> | undefined;
  return (
    typeof v.accessToken === 'string' &&
    typeof v.expiresAt === 'number' &&
    typeof staff === 'object' &&
    staff !== null &&
    typeof staff.id === 'string' &&
    typeof staff.role === 'string' &&
    typeof staff.department === 'object'
  );
}

/** Whether a path (with or without the origin and query) is part of the staff API. */
export function isStaffPath(path: string): boolean {
  const withoutOrigin = path.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return withoutOrigin.startsWith(STAFF_API_PREFIX);
}

export class StaffSessionStore {
  private session: StoredStaffSession | null | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The stored staff session, or null; an expired one counts as none (and is forgotten). */
  get(): StoredStaffSession | null {
    if (this.session === undefined) {
      let raw: unknown;
      try {
        raw = this.storage.get(STAFF_SESSION_STORAGE_KEY);
        if (typeof raw === 'string' && raw.startsWith('{')) raw = JSON.parse(raw);
      } catch {
        raw = undefined;
      }
      this.session = isStoredStaffSession(raw) ? raw : null;
    }
    if (this.session && this.session.expiresAt <= this.now()) {
      this.session = null;
      this.removeStored();
      // Read during render (useSyncExternalStore): tell listeners after this turn.
      void Promise.resolve().then(() => this.emit());
      return null;
    }
    return this.session;
  }

  isSignedIn(): boolean {
    return this.get() !== null;
  }

  profile(): StaffProfile | undefined {
    return this.get()?.staff;
  }

  /** The token for a call to `path`, or undefined: never for a path outside the staff API. */
  tokenFor(path: string): string | undefined {
    if (!isStaffPath(path)) return undefined;
    return this.get()?.accessToken;
  }

  save(login: StaffLoginResponse): void {
    this.session = { accessToken: login.accessToken, expiresAt: this.now() + login.expiresIn * 1000, staff: login.staff };
    try {
      this.storage.set(STAFF_SESSION_STORAGE_KEY, this.session);
    } catch {
      // Storage unavailable: the session holds until the app closes.
    }
    this.emit();
  }

  clear(): void {
    const had = this.session !== null;
    this.session = null;
    this.removeStored();
    if (had) this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private removeStored(): void {
    try {
      this.storage.remove(STAFF_SESSION_STORAGE_KEY);
    } catch {
      // nothing to do
    }
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}
