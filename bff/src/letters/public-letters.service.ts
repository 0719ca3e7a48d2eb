import { Injectable } from '@nestjs/common';
import { findDepartment, type PublicLettersQuery, type PublicLettersResponse, type SimilarLettersResponse } from '@portal/shared';
import { AppException } from '../common/app-exception';
import { requireCity } from '../common/city';
import { LetterStore } from './letter-store';
import { toPublicLetter } from './letter-views';
import { LetterEntity } from './letter.entity';

const DEFAULT_LIMIT = 20;
const SIMILAR_POOL = 200;
const SIMILAR_TOP = 5;

/** Character pairs of a text (letters and digits only, lower-cased): a language-neutral fingerprint for Chinese. */
export function bigrams(text: string): Set<string> {
  const chars = [...text.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** Dice's coefficient of two bigram sets, 0..1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

function encodeCursor(l: LetterEntity): string {
  return Buffer.from(`${l.publishedAt!.toISOString()}|${l.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = at ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw AppException.field('cursor', 'isCursor', 'cursor must be the nextCursor of the page before.');
  }
  return { at: date, id };
}

/** The public answers board: published letters only, newest first, by keyset so any page costs the same. */
@Injectable()
export class PublicLettersService {
  constructor(private readonly store: LetterStore) {}

  async board(cityId: string, query: PublicLettersQuery): Promise<PublicLettersResponse> {
    const city = requireCity(cityId).id;
    if (query.departmentId) this.requireDepartment(city, query.departmentId);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.store.dataSource
      .getRepository(LetterEntity)
      .createQueryBuilder('l')
      .where('l.city = :city', { city })
      .andWhere('l.published_at IS NOT NULL');
    if (query.departmentId) qb.andWhere('l.department_id = :department', { department: query.departmentId });
    if (query.topic) qb.andWhere('l.topic = :topic', { topic: query.topic });
    if (query.q?.trim()) {
      // '!' escapes the LIKE wildcards the same way on SQLite and MySQL (a backslash differs between them).
      const like = `%${query.q.trim().replace(/[!%_]/g, (c) => `!${c}`)}%`;
      qb.andWhere("(l.public_title LIKE :like ESCAPE '!' OR l.public_content LIKE :like ESCAPE '!')", { like });
    }
    if (query.cursor) {
      const { at, id } = decodeCursor(query.cursor);
      qb.andWhere('(l.published_at < :at OR (l.published_at = :at AND l.id < :id))', { at, id });
    }
    const rows = await qb.orderBy('l.published_at', 'DESC').addOrderBy('l.id', 'DESC').take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(toPublicLetter), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null };
  }

  /** Before sending: published letters of the same department and topic whose words overlap the draft, best first. */
  async similar(cityId: string, departmentId: string, topic: string, text: string): Promise<SimilarLettersResponse> {
    const city = requireCity(cityId).id;
    this.requireDepartment(city, departmentId);
    const rows = await this.store.dataSource
      .getRepository(LetterEntity)
      .createQueryBuilder('l')
      .where('l.city = :city AND l.department_id = :departmentId AND l.topic = :topic AND l.published_at IS NOT NULL', { city, departmentId, topic })
      .orderBy('l.published_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .take(SIMILAR_POOL)
      .getMany();
    const draft = bigrams(text);
    const scored = rows
      .map((l) => ({ l, score: overlap(draft, bigrams(`${l.publicTitle ?? ''} ${l.publicContent ?? ''}`)) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score);
    return { items: scored.slice(0, SIMILAR_TOP).map((s) => toPublicLetter(s.l)) };
  }

  private requireDepartment(city: string, departmentId: string): void {
    const d = findDepartment(departmentId);
    if (!d || d.city !== city) throw AppException.field('departmentId', 'isDepartmentOfCity', 'departmentId must be a department of this city.');
  }
}
