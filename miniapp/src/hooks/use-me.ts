import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { MeResponse } from '@portal/shared';
import { fetchMe } from '../services/me';
import { useSignedIn } from '../session/use-session';
import { useRemote, type Remote } from './use-remote';

/**
 * The signed-in person (GET /me), loaded while signed in and again whenever the page comes back
 * into view (after binding, adding family, accepting the notice on another page).
 */
export function useMe(): { signedIn: boolean; me: Remote<MeResponse> } {
  const signedIn = useSignedIn();
  const me = useRemote(() => (signedIn ? fetchMe() : undefined), [signedIn]);
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    if (signedIn) void me.reload();
  });
  return { signedIn, me };
}

/** Whether this person has accepted the current version of the privacy notice. */
export function privacyAccepted(me: MeResponse): boolean {
  return me.privacy.acceptedVersion === me.privacy.currentVersion;
}
