const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** ISO 8601 in China time, e.g. `2026-03-02T08:15:00+08:00`: what citizens and the contracts read. */
export function chinaIso(at: Date): string {
  return `${new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** `3月9日 09:00`, for plain words. */
export function chinaWords(at: Date): string {
  const iso = chinaIso(at);
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`;
}

/** Whole seconds: what a DATETIME keeps on both engines, so an answer now and a read later agree. */
export function wholeSeconds(at: Date = new Date()): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}
