import { useSyncExternalStore } from 'react';
import { sessionStore } from '../services/request';

const subscribe = (listener: () => void) => sessionStore.subscribe(listener);
const signedIn = () => sessionStore.isSignedIn();

/** Whether someone is signed in on this device; re-renders on sign-in, sign-out and a refused refresh. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribe, signedIn, signedIn);
}

/** A one-time line for 我的 after leaving another page (e.g. "your data is deleted"). */
let pendingNotice: 'data.deleted' | undefined;
export function leaveNotice(key: 'data.deleted'): void {
  pendingNotice = key;
}
export function takeNotice(): 'data.deleted' | undefined {
  const key = pendingNotice;
  pendingNotice = undefined;
  return key;
}
