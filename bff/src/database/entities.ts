import { UpstreamFailureEntity } from '../upstream-audit/upstream-failure.entity';

export const ENTITIES = [UpstreamFailureEntity];
