import type { PublicLetter, PublicLettersQuery } from '@portal/shared';

/** The board's filters as the citizen set them (empty = all). */
export interface BoardFilters {
  departmentId?: string;
  topic?: string;
  q?: string;
}

export const BOARD_PAGE_SIZE = 10;

/** The query for one page: empty filters left out, the search trimmed, the cursor for pages after the first. */
export function boardQuery(filters: BoardFilters, cursor?: string | null): PublicLettersQuery {
  const q = filters.q?.trim();
  return {
    ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    ...(filters.topic ? { topic: filters.topic as PublicLettersQuery['topic'] } : {}),
    ...(q ? { q } : {}),
    ...(cursor ? { cursor } : {}),
    limit: BOARD_PAGE_SIZE,
  };
}

/** A next page added under the ones shown; a letter already shown (the board moved meanwhile) is not repeated. */
export function appendPage(shown: readonly PublicLetter[], page: readonly PublicLetter[]): PublicLetter[] {
  const seen = new Set(shown.map((l) => l.trackingNo));
  return [...shown, ...page.filter((l) => !seen.has(l.trackingNo))];
}
