import { AppException } from '../common/app-exception';
import { UpstreamFailure } from './upstream-failure';

/**
 * A personal answer straight from the city's system: never cached, never served stale (it could be
 * someone else's, or out of date about money). When the system fails, a plain 503.
 */
export async function liveAnswer<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UpstreamFailure) throw AppException.upstreamUnavailable();
    throw error;
  }
}
