import { UpstreamFailure1764440000000 } from './1764440000000-upstream-failure';
import { Citizens1764450000000 } from './1764450000000-citizens';
import { Payments1764460000000 } from './1764460000000-payments';
import { Vaccination1764470000000 } from './1764470000000-vaccination';
import { Ratings1764480000000 } from './1764480000000-ratings';
import { Letters1764490000000 } from './1764490000000-letters';
import { Staff1764495000000 } from './1764495000000-staff';
import { Consultations1764497000000 } from './1764497000000-consultations';

/** Every migration, in order. The schema changes only through these. */
export const MIGRATIONS = [UpstreamFailure1764440000000, Citizens1764450000000, Payments1764460000000, Vaccination1764470000000, Ratings1764480000000, Letters1764490000000, Staff1764495000000, Consultations1764497000000];
