/** Text in both languages the product ships: Simplified Chinese (default) and English. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = 'zh' | 'en';
