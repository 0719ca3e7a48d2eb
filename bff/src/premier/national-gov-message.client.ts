import { Injectable } from '@nestjs/common';
import type { LetterType } from '@portal/shared';
import { DialectReader } from '../upstream/dialect';
import type { UpstreamResponse } from '../upstream/upstream-http.client';
import { UpstreamRegistry } from '../upstream/upstream-registry';

/** Our letter as the national channel takes it. */
export interface PremierMessage {
  /** Our tracking number: their idempotency key (外部编号). */
  trackingNo: string;
  name: string;
  phone: string;
  title: string;
  content: string;
  type: LetterType;
  publishable: boolean;
}

export type PremierStatus = 'received' | 'transferred' | 'answered';

export interface PremierState {
  ref: string;
  /** Their code as they sent it (01, 02, 03), kept for the record. */
  code: string;
  status: PremierStatus;
  transferredTo: string | null;
  answer: { unit: string; text: string; at: Date } | null;
}

const TYPE_CODES: Record<LetterType, string> = { consultation: '01', suggestion: '02', complaint: '03', help: '04', report: '05', praise: '06' };
const STATUSES: Record<string, PremierStatus> = { '01': 'received', '02': 'transferred', '03': 'answered' };

/** `yyyy-MM-dd HH:mm:ss`, Shanghai time → an instant. */
function shanghaiTime(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value);
  return m ? new Date(`${m[1]}T${m[2]}+08:00`) : null;
}

/** A refusal of the message itself (bad field): sending it again would not help. */
export class PremierRejected extends Error {}

/**
 * The national government message channel ("我向总理说句话"): signed JSON, pinyin-initial fields, every
 * business answer HTTP 200 `{ret (number, 0 ok), msg, data}`. Submissions are idempotent by `wbbh`
 * (our tracking number), so a submission whose answer was lost is simply sent again.
 */
@Injectable()
export class NationalGovMessageClient {
  readonly service = 'national-gov-message' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {}

  async submit(message: PremierMessage, requestId?: string): Promise<PremierState> {
    const body = {
      wbbh: message.trackingNo,
      xm: message.name,
      lxdh: message.phone,
      bt: message.title,
      nr: message.content,
      lylx: TYPE_CODES[message.type],
      sfgk: message.publishable ? '1' : '0',
    };
    return this.registry.client(this.service).post('/gov-message/api/messages', body, (response) => {
      const data = this.unwrap(response);
      return this.state({ ...data, lybh: data.lybh, slzt: data.slzt });
    }, requestId);
  }

  async status(ref: string, requestId?: string): Promise<PremierState> {
    return this.registry.client(this.service).get(`/gov-message/api/messages/${encodeURIComponent(ref)}`, (response) => this.state(this.unwrap(response)), requestId);
  }

  private state(data: Record<string, unknown>): PremierState {
    const code = this.read.string(data.slzt, 'slzt');
    const status = STATUSES[code];
    if (!status) throw this.read.malformed(`unknown slzt ${code}`);
    const text = typeof data.hfnr === 'string' ? data.hfnr : null;
    const at = typeof data.bjsj === 'string' ? shanghaiTime(data.bjsj) : null;
    return {
      ref: this.read.string(data.lybh, 'lybh'),
      code,
      status,
      transferredTo: typeof data.zbdw === 'string' ? data.zbdw : null,
      answer: status === 'answered' && text !== null && at ? { unit: typeof data.hfdw === 'string' ? data.hfdw : '', text, at } : null,
    };
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const envelope = this.read.object(this.read.json(response), 'body');
    const ret = this.read.number(envelope.ret, 'ret');
    if (ret === 0) return this.read.object(envelope.data, 'data');
    if (ret >= 1000 && ret < 1100) throw new PremierRejected(`national channel refused the message: ret ${ret} ${String(envelope.msg ?? '')}`);
    throw this.read.malformed(`ret ${ret}`);
  }
}
