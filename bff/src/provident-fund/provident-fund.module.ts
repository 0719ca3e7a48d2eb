import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityModule } from '../identity/identity.module';
import { ChengduProvidentFundClient } from './clients/chengdu-provident-fund.client';
import { ShanghaiProvidentFundClient } from './clients/shanghai-provident-fund.client';
import { ProvidentFundController } from './provident-fund.controller';
import { ProvidentFundService } from './provident-fund.service';
import { PROVIDENT_FUND_UPSTREAMS, type ProvidentFundUpstream } from './provident-fund.upstream';

@Module({
  imports: [AuthModule, IdentityModule],
  controllers: [ProvidentFundController],
  providers: [
    ShanghaiProvidentFundClient,
    ChengduProvidentFundClient,
    {
      provide: PROVIDENT_FUND_UPSTREAMS,
      useFactory: (...clients: ProvidentFundUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ShanghaiProvidentFundClient, ChengduProvidentFundClient],
    },
    ProvidentFundService,
  ],
})
export class ProvidentFundModule {}
