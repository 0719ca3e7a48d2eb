import { useSyncExternalStore } from 'react';
import type { StaffProfile } from '@portal/shared';
import { staffSession } from '../services/staff';

const subscribe = (listener: () => void) => staffSession.subscribe(listener);
const profile = () => staffSession.profile();

/** The signed-in staff member, or undefined; re-renders on staff sign-in, sign-out and expiry. */
export function useStaffProfile(): StaffProfile | undefined {
  return useSyncExternalStore(subscribe, profile, profile);
}
