import { Injectable } from '@nestjs/common';
import { DialectReader } from '../../upstream/dialect';
import { UpstreamRegistry } from '../../upstream/upstream-registry';

export type IdentityCheckResult = 'match' | 'mismatch' | 'unknown';

/** The public-security identity check (公安身份核验): `{ resultCode: "00" | "01" | "02" }`. */
@Injectable()
export class IdentityCheckClient {
  readonly service = 'identity-check' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {}

  verify(name: string, idNumber: string, requestId?: string): Promise<IdentityCheckResult> {
    return this.registry.client(this.service).post(
      '/gongan/id/verify',
      { xm: name, gmsfhm: idNumber },
      (response) => {
        const body = this.read.object(this.read.json(response), 'body');
        const code = this.read.string(body.resultCode, 'resultCode');
        if (code === '00') return 'match';
        if (code === '01') return 'mismatch';
        if (code === '02') return 'unknown';
        throw this.read.malformed(`resultCode ${code}`);
      },
      requestId,
    );
  }
}
