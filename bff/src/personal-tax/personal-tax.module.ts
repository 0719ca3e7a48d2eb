import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdentityModule } from '../identity/identity.module';
import { NationalPersonalTaxClient } from './clients/national-personal-tax.client';
import { PersonalTaxController } from './personal-tax.controller';
import { PersonalTaxService } from './personal-tax.service';
import { PERSONAL_TAX_UPSTREAMS, type PersonalTaxUpstream } from './personal-tax.upstream';

@Module({
  imports: [AuthModule, IdentityModule],
  controllers: [PersonalTaxController],
  providers: [
    NationalPersonalTaxClient,
    {
      provide: PERSONAL_TAX_UPSTREAMS,
      useFactory: (...clients: PersonalTaxUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [NationalPersonalTaxClient],
    },
    PersonalTaxService,
  ],
})
export class PersonalTaxModule {}
