/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** Injected by config/index.ts: the BFF origin for weapp ('' in H5, which is served by the BFF). */
declare const PORTAL_API_BASE: string;
/** Injected by config/index.ts: the subscribe-message template ids for letter status changes (TARO_APP_LETTER_TEMPLATE_IDS). */
declare const PORTAL_LETTER_TEMPLATE_IDS: string[];

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony';
    TARO_APP_API_BASE?: string;
    TARO_APP_LETTER_TEMPLATE_IDS?: string;
  }
}
