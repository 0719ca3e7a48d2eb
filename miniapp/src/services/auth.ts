import Taro from '@tarojs/taro';
import { apiPaths, type LoginResponse, type SmsSendResponse } from '@portal/shared';
import { endSession, postJson, refreshTokens, sessionStore, startSession } from './request';

/** Sends a 6-digit code by SMS; the answer says where (masked) and when another may be asked. */
export function sendSmsCode(phone: string): Promise<SmsSendResponse> {
  return postJson<SmsSendResponse>(apiPaths.authSmsSend(), { phone });
}

/** Signs in with the SMS code and keeps the session. */
export async function verifySmsCode(phone: string, code: string): Promise<LoginResponse> {
  const login = await postJson<LoginResponse>(apiPaths.authSmsVerify(), { phone, code });
  startSession(login);
  return login;
}

/** WeChat only: the one-time code from wx.login goes to the BFF, which asks WeChat; keeps the session. */
export async function signInWithWechat(): Promise<LoginResponse> {
  const { code } = await Taro.login();
  const login = await postJson<LoginResponse>(apiPaths.authWechat(), { code });
  startSession(login);
  return login;
}

/** Renews the token pair now (the request client also does it by itself on a 401). */
export function refreshSession(): Promise<boolean> {
  return refreshTokens();
}

/** Ends the session on the BFF and forgets it here, even when the BFF cannot be reached. */
export async function signOut(): Promise<void> {
  const refreshToken = sessionStore.refreshToken();
  try {
    if (refreshToken) await postJson<void>(apiPaths.authLogout(), { refreshToken });
  } finally {
    endSession();
  }
}
