import { Injectable } from '@nestjs/common';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import { UpstreamRegistry } from '../../upstream/upstream-registry';

/** The SMS gateway (an SMS cloud's API): `{ Code: "OK" }` or its own error codes. Never retried. */
@Injectable()
export class SmsGatewayClient {
  readonly service = 'sms' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {}

  sendLoginCode(phone: string, code: string, requestId?: string): Promise<void> {
    const body = { phoneNumbers: phone, templateCode: 'SMS_LOGIN', templateParam: JSON.stringify({ code }) };
    return this.registry.client(this.service).post(
      '/sms/send',
      body,
      (response) => {
        const answer = this.read.object(this.read.json(response), 'body');
        const status = this.read.string(answer.Code, 'Code');
        if (status === 'OK') return;
        if (status === 'isv.MOBILE_NUMBER_ILLEGAL') throw AppException.field('phone', 'isMobilePhone', 'This mobile number cannot receive text messages.');
        throw this.read.malformed(`Code ${status}`);
      },
      requestId,
    );
  }
}
