import Taro from '@tarojs/taro';
import type { PublicLetter } from '@portal/shared';

/**
 * There is no endpoint for one published letter: the board (or the similar-letters offer) keeps
 * the letters it showed so the detail page can open one, also after a reload. The last 40 only.
 */
const KEY = 'portal.letters.public';
const KEEP = 40;

function read(): PublicLetter[] {
  try {
    const value = Taro.getStorageSync(KEY);
    return Array.isArray(value) ? (value as PublicLetter[]) : [];
  } catch {
    return [];
  }
}

export function rememberPublicLetters(items: readonly PublicLetter[]): void {
  if (!items.length) return;
  const numbers = new Set(items.map((i) => i.trackingNo));
  const kept = [...items, ...read().filter((i) => !numbers.has(i.trackingNo))].slice(0, KEEP);
  try {
    Taro.setStorageSync(KEY, kept);
  } catch {
    // storage full: the detail page then asks to open it from the list again
  }
}

export function recallPublicLetter(trackingNo: string): PublicLetter | undefined {
  return read().find((i) => i.trackingNo === trackingNo);
}
