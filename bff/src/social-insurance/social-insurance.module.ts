import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityModule } from '../identity/identity.module';
import { ChengduSocialInsuranceClient } from './clients/chengdu-social-insurance.client';
import { ShanghaiSocialInsuranceClient } from './clients/shanghai-social-insurance.client';
import { SocialInsuranceController } from './social-insurance.controller';
import { SocialInsuranceService } from './social-insurance.service';
import { SOCIAL_INSURANCE_UPSTREAMS, type SocialInsuranceUpstream } from './social-insurance.upstream';

@Module({
  imports: [AuthModule, IdentityModule],
  controllers: [SocialInsuranceController],
  providers: [
    ShanghaiSocialInsuranceClient,
    ChengduSocialInsuranceClient,
    {
      provide: SOCIAL_INSURANCE_UPSTREAMS,
      useFactory: (...clients: SocialInsuranceUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ShanghaiSocialInsuranceClient, ChengduSocialInsuranceClient],
    },
    SocialInsuranceService,
  ],
})
export class SocialInsuranceModule {}
