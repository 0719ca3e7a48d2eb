import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { runWithRequestId } from './request-context';

/** Makes the request id available to everything the request calls, upstream clients included. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: IncomingMessage & { id?: string }, _res: ServerResponse, next: () => void): void {
    runWithRequestId(String(req.id ?? ''), next);
  }
}
