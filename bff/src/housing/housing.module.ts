import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityModule } from '../identity/identity.module';
import { ChengduHousingClient } from './clients/chengdu-housing.client';
import { HousingController } from './housing.controller';
import { HousingService } from './housing.service';
import { HOUSING_UPSTREAMS, type HousingUpstream } from './housing.upstream';

@Module({
  imports: [AuthModule, IdentityModule],
  controllers: [HousingController],
  providers: [
    ChengduHousingClient,
    {
      provide: HOUSING_UPSTREAMS,
      useFactory: (...clients: HousingUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ChengduHousingClient],
    },
    HousingService,
  ],
})
export class HousingModule {}
