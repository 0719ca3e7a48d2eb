import { Injectable } from '@nestjs/common';
import { DialectReader } from '../../upstream/dialect';
import { UpstreamRegistry } from '../../upstream/upstream-registry';

export interface PaidOrder {
  tradeNo: string;
  /** ISO 8601 */
  paidAt: string;
}

/** The payment service (WeChat-Pay-like): orders by out_trade_no, idempotent there, amounts in fen. */
@Injectable()
export class PaymentClient {
  readonly service = 'payment' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {}

  pay(outTradeNo: string, totalFen: number, description: string, payerId: string, requestId?: string): Promise<PaidOrder> {
    return this.registry.client(this.service).post(
      '/pay/v1/orders',
      { out_trade_no: outTradeNo, total_fee: totalFen, body: description, payer_id: payerId },
      (response) => {
        const body = this.read.object(this.read.json(response), 'body');
        if (this.read.string(body.return_code, 'return_code') !== 'SUCCESS') throw this.read.malformed(`err_code ${String(body.err_code)}`);
        if (this.read.string(body.trade_state, 'trade_state') !== 'SUCCESS') throw this.read.malformed(`trade_state ${String(body.trade_state)}`);
        const t = this.read.string(body.time_end, 'time_end');
        return {
          tradeNo: this.read.string(body.trade_no, 'trade_no'),
          paidAt: `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}+08:00`,
        };
      },
      requestId,
    );
  }
}
