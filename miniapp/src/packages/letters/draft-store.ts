import Taro from '@tarojs/taro';
import type { CityId, LetterChannel } from '@portal/shared';
import { draftHasContent, draftStorageKey, parseDraft, type LetterDraft } from './draft';

/** The draft in Taro storage (wx storage in WeChat, localStorage in H5), one per city and channel. */
export function loadDraft(city: CityId, channel: LetterChannel): LetterDraft | undefined {
  try {
    return parseDraft(Taro.getStorageSync(draftStorageKey(city, channel)), city, channel);
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: LetterDraft): void {
  try {
    if (draftHasContent(draft) || draft.attempted) Taro.setStorageSync(draftStorageKey(draft.city, draft.channel), draft);
  } catch {
    // storage full or unavailable: the draft still lives while the page is open
  }
}

/** Only once the BFF confirmed the letter (or the citizen chose to start again). */
export function dropDraft(city: CityId, channel: LetterChannel): void {
  try {
    Taro.removeStorageSync(draftStorageKey(city, channel));
  } catch {
    // nothing to do
  }
}
