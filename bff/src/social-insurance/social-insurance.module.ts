import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityModule } from '../identity/identity.module';
import { PaymentsModule } from '../payments/payments.module';
import { ResidentMedicalService } from './resident-medical.service';
import { ChengduSocialInsuranceClient } from './clients/chengdu-social-insurance.client';
import { ShanghaiSocialInsuranceClient } from './clients/shanghai-social-insurance.client';
import { SocialInsuranceController } from './social-insurance.controller';
import { SocialInsuranceService } from './social-insurance.service';
import { SOCIAL_INSURANCE_UPSTREAMS, type SocialInsuranceUpstream } from './social-insurance.upstream';

@Module({
  imports: [AuthModule, IdentityModule, PaymentsModule],
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
    ResidentMedicalService,
  ],
})
export class SocialInsuranceModule {}
