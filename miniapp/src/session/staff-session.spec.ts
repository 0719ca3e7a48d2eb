import { describe, expect, it } from '@jest/globals';
import type { StaffLoginResponse } from '@portal/shared';
import { SESSION_STORAGE_KEY, TokenStore, type KeyValueStorage } from './session-core';
import { isStaffPath, STAFF_SESSION_STORAGE_KEY, StaffSessionStore } from './staff-session';

function memoryStorage(): KeyValueStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
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

const login: StaffLoginResponse = {
  accessToken: 'staff-token',
  expiresIn: 3600,
  staff: {
    id: 's1',
    username: 'wuhou.handler',
    displayName: '王办理',
    role: 'handler',
    department: { id: 'chengdu-wuhou', name: { zh: '武侯区', en: 'Wuhou District' }, city: 'chengdu' },
  },
};

describe('staff session', () => {
  it('is kept under its own key, beside the citizen session, and read back', () => {
    const storage = memoryStorage();
    const citizen = new TokenStore(storage, () => 1_000);
    citizen.save({ accessToken: 'citizen', accessTokenExpiresIn: 900, refreshToken: 'r', refreshTokenExpiresIn: 9_000 });
    new StaffSessionStore(storage, () => 1_000).save(login);
    expect(Object.keys(storage.data).sort()).toEqual([SESSION_STORAGE_KEY, STAFF_SESSION_STORAGE_KEY].sort());
    const again = new StaffSessionStore(storage, () => 2_000);
    expect(again.profile()?.displayName).toBe('王办理');
    expect(again.get()?.expiresAt).toBe(3_601_000);
  });

  it('signing the staff member out leaves the citizen signed in', () => {
    const storage = memoryStorage();
    const citizen = new TokenStore(storage, () => 1_000);
    citizen.save({ accessToken: 'citizen', accessTokenExpiresIn: 900, refreshToken: 'r', refreshTokenExpiresIn: 9_000 });
    const staff = new StaffSessionStore(storage, () => 1_000);
    staff.save(login);
    staff.clear();
    expect(staff.isSignedIn()).toBe(false);
    expect(new TokenStore(storage, () => 1_000).accessToken()).toBe('citizen');
  });

  it('sends its token only to the staff API', () => {
    const staff = new StaffSessionStore(memoryStorage(), () => 1_000);
    staff.save(login);
    expect(staff.tokenFor('/api/v1/staff/letters')).toBe('staff-token');
    expect(staff.tokenFor('http://127.0.0.1:3000/api/v1/staff/letters/abc/accept')).toBe('staff-token');
    expect(staff.tokenFor('/api/v1/me')).toBeUndefined();
    expect(staff.tokenFor('/api/v1/cities/chengdu/departments')).toBeUndefined();
    expect(staff.tokenFor('/api/v1/staffing')).toBeUndefined();
    expect(isStaffPath('/api/v1/consultations/x/api/v1/staff/')).toBe(false);
  });

  it('forgets an expired token and tells listeners', async () => {
    const storage = memoryStorage();
    let now = 1_000;
    const staff = new StaffSessionStore(storage, () => now);
    staff.save(login);
    let heard = 0;
    staff.subscribe(() => heard++);
    now = 3_601_000;
    expect(staff.isSignedIn()).toBe(false);
    expect(storage.data[STAFF_SESSION_STORAGE_KEY]).toBeUndefined();
    await Promise.resolve();
    expect(heard).toBe(1);
  });

  it('ignores what is not a staff session in storage', () => {
    const storage = memoryStorage();
    storage.set(STAFF_SESSION_STORAGE_KEY, '{"accessToken":"x"}');
    expect(new StaffSessionStore(storage).isSignedIn()).toBe(false);
  });
});
