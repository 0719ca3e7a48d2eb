import { UpstreamFailure1764440000000 } from './1764440000000-upstream-failure';

/** Every migration, in order. The schema changes only through these. */
export const MIGRATIONS = [UpstreamFailure1764440000000];
