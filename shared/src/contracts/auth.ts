/** Sign-in and sessions. A session is a short-lived access token plus a rotating refresh token. */

/** POST /api/v1/auth/wechat — the one-time code from wx.login. */
export interface WechatLoginRequest {
  code: string;
}

/** POST /api/v1/auth/sms/send — sends a 6-digit code by SMS; the code is never returned. */
export interface SmsSendRequest {
  phone: string;
}
export interface SmsSendResponse {
  /** The number it went to, masked (138****8000). */
  sentTo: string;
  /** How long the code is valid. */
  expiresInSeconds: number;
  /** When another code may be asked for this number. */
  resendAfterSeconds: number;
}

/** POST /api/v1/auth/sms/verify */
export interface SmsVerifyRequest {
  phone: string;
  code: string;
}

export interface SessionTokens {
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds. */
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresIn: number;
}

/** What a sign-in answers. */
export interface LoginResponse extends SessionTokens {
  userId: string;
  /** True the first time this person signs in. */
  isNew: boolean;
}

/** POST /api/v1/auth/refresh — the refresh token is used once; a new pair comes back. */
export interface RefreshRequest {
  refreshToken: string;
}

/** POST /api/v1/auth/logout — revokes the session the refresh token belongs to. */
export interface LogoutRequest {
  refreshToken: string;
}

export const SMS_CODE_LENGTH = 6;
export const SMS_CODE_TTL_SECONDS = 300;
export const SMS_CODE_MAX_ATTEMPTS = 5;
