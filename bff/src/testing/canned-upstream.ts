import type { UpstreamRegistry } from '../upstream/upstream-registry';
import type { UpstreamResponse } from '../upstream/upstream-http.client';

/**
 * For unit tests of one dialect's translation: a registry whose clients answer canned bodies
 * by path (the resilience layer itself is tested against the real mock process).
 */
export function cannedRegistry(bodies: Record<string, Partial<UpstreamResponse> & { body: string }>): UpstreamRegistry & { paths: string[] } {
  const paths: string[] = [];
  const registry = {
    paths,
    client: () => ({
      get: async <T>(path: string, parse: (r: UpstreamResponse) => T): Promise<T> => {
        paths.push(path);
        const canned = bodies[path];
        if (!canned) throw new Error(`no canned body for ${path}`);
        return parse({ status: 200, contentType: 'application/json', ...canned });
      },
    }),
  };
  return registry as unknown as UpstreamRegistry & { paths: string[] };
}
