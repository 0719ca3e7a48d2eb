import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { CITY_IDS, isCityId, type CityId, type Locale } from '@portal/shared';
import { DEFAULT_LOCALE, isLocale } from '../i18n/translate';

/** What the person chose, remembered with Taro storage (wx storage in weapp, localStorage in H5). */
export interface Preferences {
  city: CityId;
  locale: Locale;
  elderly: boolean;
}

const KEYS = { city: 'portal.city', locale: 'portal.locale', elderly: 'portal.elderly' } as const;

function read(key: string): unknown {
  try {
    return Taro.getStorageSync(key);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // Storage full or unavailable: the choice still holds for this session.
  }
}

function load(): Preferences {
  const city = read(KEYS.city);
  const locale = read(KEYS.locale);
  const elderly = read(KEYS.elderly);
  return {
    city: typeof city === 'string' && isCityId(city) ? city : CITY_IDS[0],
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    elderly: elderly === true || elderly === 'true',
  };
}

let state: Preferences | undefined;
const listeners = new Set<() => void>();

function current(): Preferences {
  if (!state) state = load();
  return state;
}

function update(patch: Partial<Preferences>): void {
  state = { ...current(), ...patch };
  if (patch.city !== undefined) write(KEYS.city, patch.city);
  if (patch.locale !== undefined) write(KEYS.locale, patch.locale);
  if (patch.elderly !== undefined) write(KEYS.elderly, patch.elderly);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const setCity = (city: CityId) => update({ city });
export const setLocale = (locale: Locale) => update({ locale });
export const setElderly = (elderly: boolean) => update({ elderly });
export const getPreferences = current;

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, current, current);
}
