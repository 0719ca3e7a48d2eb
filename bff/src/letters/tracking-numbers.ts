import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CityId } from '@portal/shared';
import { QueryFailedError } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';

const CITY_LETTERS: Record<CityId, string> = { shanghai: 'SH', chengdu: 'CD', yinchuan: 'YC' };

/**
 * Tracking numbers: the city's two letters, the China date and six random digits (`CD20261129000123`).
 * Random, so numbers say nothing about a day's volume; a clash with an earlier number of the same day
 * is refused by the unique index and the letter simply draws again (see `isTrackingNoClash`).
 */
@Injectable()
export class TrackingNumbers {
  next(city: CityId, day: string): string {
    return `${CITY_LETTERS[city]}${day.replaceAll('-', '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  }
}

/** The unique index on the tracking number (not the one on the citizen's Idempotency-Key) refused the row. */
export function isTrackingNoClash(error: unknown): boolean {
  return isUniqueViolation(error) && /tracking_no/i.test((error as QueryFailedError).message);
}
