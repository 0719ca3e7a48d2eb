import type { UpstreamService } from '@portal/shared';
import { XMLParser } from 'fast-xml-parser';
import { UpstreamFailure } from './upstream-failure';
import type { UpstreamResponse } from './upstream-http.client';

/**
 * Small, strict readers for upstream bodies. Anything that is not the shape we expect is a
 * `malformed` UpstreamFailure (retried, counted by the breaker, served stale), never a 500.
 */
export class DialectReader {
  constructor(readonly service: UpstreamService) {}

  malformed(detail: string): UpstreamFailure {
    return new UpstreamFailure(this.service, 'malformed', detail);
  }

  json(response: UpstreamResponse): unknown {
    try {
      return JSON.parse(response.body);
    } catch {
      throw this.malformed(`body is not JSON (HTTP ${response.status})`);
    }
  }

  /** `arrays` are the dotted paths (e.g. `Response.Routes.Route`) that are lists even when they hold one item. */
  xml(response: UpstreamResponse, arrays: readonly string[] = []): unknown {
    const parser = new XMLParser({
      ignoreAttributes: true,
      parseTagValue: false,
      trimValues: true,
      isArray: (_name, jpath) => arrays.includes(String(jpath)),
    });
    const text = response.body.trim();
    if (!text.startsWith('<') || !text.endsWith('>')) throw this.malformed(`body is not XML (HTTP ${response.status})`);
    try {
      return parser.parse(text, true);
    } catch {
      throw this.malformed(`body is not well-formed XML (HTTP ${response.status})`);
    }
  }

  object(value: unknown, what: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw this.malformed(`${what} is not an object`);
    return value as Record<string, unknown>;
  }

  /** An element that may be empty (`<Routes></Routes>` parses as ''): an empty object then. */
  section(value: unknown, what: string): Record<string, unknown> {
    return value === undefined || value === '' || value === null ? {} : this.object(value, what);
  }

  array(value: unknown, what: string): unknown[] {
    if (value === undefined || value === '' || value === null) return [];
    if (!Array.isArray(value)) throw this.malformed(`${what} is not a list`);
    return value;
  }

  string(value: unknown, what: string): string {
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') throw this.malformed(`${what} is missing`);
    return value;
  }

  number(value: unknown, what: string): number {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw this.malformed(`${what} is not a number`);
    return n;
  }

  optionalNumber(value: unknown, what: string): number | undefined {
    return value === undefined || value === null || value === '' ? undefined : this.number(value, what);
  }
}
