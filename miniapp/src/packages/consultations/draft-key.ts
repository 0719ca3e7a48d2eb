import Taro from '@tarojs/taro';
import { newResponseKey } from './answers';

/**
 * One Idempotency-Key per response draft, kept in storage until the receipt arrives: a retry after a
 * lost answer (even after the app was closed) sends the same key and gets the same receipt.
 */
const storageKey = (consultationId: string) => `portal.consultation-key.${consultationId}`;

export function draftKey(consultationId: string): string {
  try {
    const kept = Taro.getStorageSync(storageKey(consultationId));
    if (typeof kept === 'string' && kept) return kept;
  } catch {
    // fall through to a new key
  }
  const key = newResponseKey(consultationId);
  try {
    Taro.setStorageSync(storageKey(consultationId), key);
  } catch {
    // Storage unavailable: the key holds for this page.
  }
  return key;
}

export function forgetDraftKey(consultationId: string): void {
  try {
    Taro.removeStorageSync(storageKey(consultationId));
  } catch {
    // nothing to do
  }
}
