/**
 * Every answer that comes from a municipal system says how fresh it is.
 * `stale: true` means the upstream failed and this is the last good answer, fetched at `updatedAt`.
 */
export interface Freshness {
  stale: boolean;
  /** ISO 8601 time the upstream produced (or we fetched) this data. */
  updatedAt: string;
}
