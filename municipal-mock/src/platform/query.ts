/** Reads one query parameter. `undefined` = absent or empty; `null` = given more than once. */
export function queryParam(query: unknown, name: string): string | undefined | null {
  if (typeof query !== 'object' || query === null) return undefined;
  const value = (query as Record<string, unknown>)[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return null;
  return value === '' ? undefined : value;
}
